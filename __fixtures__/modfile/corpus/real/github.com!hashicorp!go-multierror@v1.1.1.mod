module github.com/hashicorp/go-multierror

go 1.13

require github.com/hashicorp/errwrap v1.0.0
