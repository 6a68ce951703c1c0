module github.com/google/go-github/v60

require (
	github.com/google/go-cmp v0.6.0
	github.com/google/go-querystring v1.1.0
)

go 1.21
