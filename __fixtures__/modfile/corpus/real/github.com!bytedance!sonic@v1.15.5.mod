module github.com/bytedance/sonic

go 1.18

// replace github.com/bytedance/sonic/loader => ./loader

require (
	github.com/bytedance/gopkg v0.1.3
	github.com/bytedance/sonic/loader v0.5.3
	github.com/cloudwego/base64x v0.1.6
	github.com/davecgh/go-spew v1.1.1
	github.com/klauspost/cpuid/v2 v2.2.9
	github.com/stretchr/testify v1.10.0
	github.com/twitchyliquid64/golang-asm v0.15.1
	golang.org/x/arch v0.0.0-20210923205945-b76863e36670
)

require (
	github.com/pmezard/go-difflib v1.0.0 // indirect
	golang.org/x/sys v0.22.0 // indirect
	gopkg.in/yaml.v3 v3.0.1 // indirect
)
