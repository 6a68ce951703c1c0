module example.com/bom

go 1.22
