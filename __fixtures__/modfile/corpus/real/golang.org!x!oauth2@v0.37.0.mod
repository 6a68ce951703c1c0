module golang.org/x/oauth2

go 1.26.0

require cloud.google.com/go/compute/metadata v0.3.0
