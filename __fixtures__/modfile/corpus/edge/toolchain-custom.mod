module example.com/u
go 1.21
toolchain go1.22.1-custom
