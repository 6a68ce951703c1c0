module github.com/uber/jaeger-client-go
