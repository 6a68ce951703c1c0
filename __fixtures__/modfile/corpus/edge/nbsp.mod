module example.com/u
