module golang.org/x/mod

go 1.26.0

require golang.org/x/tools v0.51.0 // tagx:ignore
