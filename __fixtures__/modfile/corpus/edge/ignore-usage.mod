module example.com/u
ignore
