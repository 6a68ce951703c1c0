// Deprecated: aws-sdk-go is deprecated. Use aws-sdk-go-v2.
// See https://aws.amazon.com/blogs/developer/announcing-end-of-support-for-aws-sdk-for-go-v1-on-july-31-2025/.
module github.com/aws/aws-sdk-go

go 1.19

require github.com/jmespath/go-jmespath v0.4.0
