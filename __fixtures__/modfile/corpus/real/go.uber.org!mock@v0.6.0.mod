module go.uber.org/mock

go 1.23.0

require (
	github.com/stretchr/testify v1.9.0
	golang.org/x/mod v0.27.0
	golang.org/x/tools v0.36.0
)

require (
	github.com/davecgh/go-spew v1.1.1 // indirect
	github.com/pmezard/go-difflib v1.0.0 // indirect
	github.com/yuin/goldmark v1.4.13 // indirect
	golang.org/x/sync v0.16.0 // indirect
	gopkg.in/yaml.v3 v3.0.1 // indirect
)
