module example.com/crlf

go 1.22

require (
	example.com/x v1.0.0 // indirect
)
// end
