module example.com/u
tool a b
