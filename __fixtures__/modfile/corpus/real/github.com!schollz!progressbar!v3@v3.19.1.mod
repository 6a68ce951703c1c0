module github.com/schollz/progressbar/v3

require (
	github.com/chengxilo/virtualterm v1.0.4
	github.com/k0kubun/go-ansi v0.0.0-20180517002512-3bf9e2903213
	github.com/mitchellh/colorstring v0.0.0-20190213212951-d06e56a500db
	github.com/rivo/uniseg v0.4.7
	github.com/stretchr/testify v1.9.0
	golang.org/x/term v0.44.0
)

require (
	github.com/davecgh/go-spew v1.1.1 // indirect
	github.com/mattn/go-isatty v0.0.22 // indirect
	github.com/mattn/go-runewidth v0.0.16 // indirect
	github.com/pmezard/go-difflib v1.0.0 // indirect
	golang.org/x/sys v0.46.0 // indirect
	gopkg.in/yaml.v3 v3.0.1 // indirect
)

go 1.25.0
