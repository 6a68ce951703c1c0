module go.uber.org/dig

go 1.20

require github.com/stretchr/testify v1.7.1

require (
	github.com/davecgh/go-spew v1.1.1 // indirect
	github.com/pmezard/go-difflib v1.0.0 // indirect
	gopkg.in/yaml.v3 v3.0.1 // indirect
)

retract v1.16.0 // bad release
