module github.com/alecthomas/kingpin/v2

require (
	github.com/alecthomas/units v0.0.0-20211218093645-b94a6e3cc137
	github.com/stretchr/testify v1.8.2
	github.com/xhit/go-str2duration/v2 v2.1.0
)

require (
	github.com/davecgh/go-spew v1.1.1 // indirect
	github.com/pmezard/go-difflib v1.0.0 // indirect
	gopkg.in/yaml.v3 v3.0.1 // indirect
)

go 1.17
