module github.com/docker/docker
