module github.com/docker/cli
