module github.com/fatih/color

go 1.25.0

require (
	github.com/mattn/go-colorable v0.1.14
	github.com/mattn/go-isatty v0.0.20
	golang.org/x/sys v0.42.0
)
