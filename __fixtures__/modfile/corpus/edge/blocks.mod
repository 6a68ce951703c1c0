module example.com/blocks

go 1.22.1

toolchain go1.23.4

godebug (
	default=go1.21
	panicnil=1
)

require (
	github.com/a/b v1.2.3
	github.com/c/d v0.0.0-20230101000000-abcdefabcdef // indirect
	gopkg.in/yaml.v3 v3.0.1
	example.com/m/v2 v2.1.0
	example.com/inc v3.0.0+incompatible
)

require example.com/single v1.0.0 // indirect; used by tests

exclude (
	github.com/a/b v1.2.2
	github.com/a/b v1.2.2
	github.com/a/b v1.10.0
)

replace (
	github.com/a/b => ../b
	github.com/c/d v0.1.0 => github.com/fork/d v0.1.1
	github.com/a/b => ./b2
)

retract (
	v1.0.0 // published by accident
	[v1.1.0, v1.2.0] // bad range
)

tool (
	example.com/tool/cmd/x
	example.com/tool/cmd/x
)

ignore ./node_modules
ignore (
	./third_party
	static
)
