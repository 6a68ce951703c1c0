module sigs.k8s.io/yaml

go 1.22

require (
	github.com/google/go-cmp v0.5.9
	go.yaml.in/yaml/v2 v2.4.2
	go.yaml.in/yaml/v3 v3.0.3
	sigs.k8s.io/randfill v1.0.0
)
