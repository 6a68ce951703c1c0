module example.com/u
go 1.21
toolchain default
