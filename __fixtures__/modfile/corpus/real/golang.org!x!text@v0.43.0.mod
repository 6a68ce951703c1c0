module golang.org/x/text

go 1.26.0

require golang.org/x/tools v0.51.0 // tagx:ignore

require (
	golang.org/x/mod v0.41.0 // indirect; tagx:ignore
	golang.org/x/sync v0.24.0 // indirect
)
