module github.com/miekg/dns

go 1.25.0

require (
	golang.org/x/net v0.57.0
	golang.org/x/sync v0.22.0
	golang.org/x/sys v0.47.0
)

// used for go:generate
tool golang.org/x/tools/go/packages

require (
	golang.org/x/mod v0.38.0 // indirect
	golang.org/x/tools v0.48.0 // indirect
)
