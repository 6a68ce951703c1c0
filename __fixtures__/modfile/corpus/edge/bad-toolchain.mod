module example.com/u
go 1.21
toolchain 1.21.3
