module mvdan.cc/gofumpt

go 1.26.0

require (
	github.com/go-quicktest/qt v1.102.0
	github.com/rogpeppe/go-internal v1.16.0
	golang.org/x/mod v0.40.0
	golang.org/x/sync v0.22.0
	golang.org/x/sys v0.47.0
	golang.org/x/tools v0.49.0
)

require (
	github.com/google/go-cmp v0.7.0 // indirect
	github.com/kr/pretty v0.3.1 // indirect
	github.com/kr/text v0.2.0 // indirect
)
