module github.com/google/wire

go 1.19

require (
	github.com/google/go-cmp v0.6.0
	github.com/google/subcommands v1.2.0
	github.com/pmezard/go-difflib v1.0.0
	golang.org/x/tools v0.24.1
)

require (
	golang.org/x/mod v0.20.0 // indirect
	golang.org/x/sync v0.8.0 // indirect
)
