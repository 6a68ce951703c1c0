module honnef.co/go/tools

go 1.26.0

require (
	github.com/BurntSushi/toml v1.4.1-0.20240526193622-a339e1f7089c
	github.com/google/go-cmp v0.7.0
	golang.org/x/exp v0.0.0-20231110203233-9a3e6036ecaa
	golang.org/x/exp/typeparams v0.0.0-20231108232855-2478ac86f678
	golang.org/x/mod v0.41.0
	golang.org/x/sync v0.23.0
	golang.org/x/tools v0.51.0
	golang.org/x/tools/go/expect v0.1.1-deprecated
)
