module github.com/rs/zerolog

go 1.23

require (
	github.com/coreos/go-systemd/v22 v22.7.0
	github.com/mattn/go-colorable v0.1.14
	github.com/pkg/errors v0.9.1
	github.com/rs/xid v1.6.0
)

require (
	github.com/mattn/go-isatty v0.0.20 // indirect
	golang.org/x/sys v0.29.0 // indirect
)
