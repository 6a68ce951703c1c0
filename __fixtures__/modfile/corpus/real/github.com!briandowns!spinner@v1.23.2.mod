module github.com/briandowns/spinner

go 1.17

require (
	github.com/fatih/color v1.7.0
	golang.org/x/term v0.1.0
)

require (
	github.com/mattn/go-colorable v0.1.2 // indirect
	github.com/mattn/go-isatty v0.0.8 // indirect
	golang.org/x/sys v0.0.0-20220412211240-33da011f77ad // indirect
)
