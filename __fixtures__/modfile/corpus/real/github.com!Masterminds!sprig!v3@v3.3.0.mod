module github.com/Masterminds/sprig/v3

go 1.21

require (
	dario.cat/mergo v1.0.1
	github.com/Masterminds/goutils v1.1.1
	github.com/Masterminds/semver/v3 v3.3.0
	github.com/google/uuid v1.6.0
	github.com/huandu/xstrings v1.5.0
	github.com/mitchellh/copystructure v1.2.0
	github.com/shopspring/decimal v1.4.0
	github.com/spf13/cast v1.7.0
	github.com/stretchr/testify v1.5.1
	golang.org/x/crypto v0.26.0
)

require (
	github.com/davecgh/go-spew v1.1.1 // indirect
	github.com/google/go-cmp v0.6.0 // indirect
	github.com/mitchellh/reflectwalk v1.0.2 // indirect
	github.com/pmezard/go-difflib v1.0.0 // indirect
	gopkg.in/yaml.v2 v2.3.0 // indirect
)
