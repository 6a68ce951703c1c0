module github.com/docker/go-connections

go 1.23

require (
	github.com/Microsoft/go-winio v0.6.2
	golang.org/x/sys v0.10.0
)
