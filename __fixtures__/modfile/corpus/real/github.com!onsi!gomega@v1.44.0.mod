module github.com/onsi/gomega

go 1.25.0

require (
	github.com/google/go-cmp v0.7.0
	go.yaml.in/yaml/v3 v3.0.5
	golang.org/x/net v0.56.0
	google.golang.org/protobuf v1.36.7
)

require golang.org/x/text v0.38.0 // indirect
