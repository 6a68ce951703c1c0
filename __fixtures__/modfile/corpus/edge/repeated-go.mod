module example.com/u
go 1.20
go 1.21
