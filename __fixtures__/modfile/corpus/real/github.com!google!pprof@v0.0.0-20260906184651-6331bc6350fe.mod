module github.com/google/pprof

go 1.25.0

require (
	github.com/chzyer/readline v1.5.1
	github.com/ianlancetaylor/demangle v0.0.0-20250417193237-f615e6bd150b
)

require golang.org/x/sys v0.32.0 // indirect
