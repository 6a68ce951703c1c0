module example.com/u

go v1.21
