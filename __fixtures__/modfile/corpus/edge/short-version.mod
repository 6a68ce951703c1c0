module example.com/u
require example.com/x v1.2
require example.com/y v1
require example.com/z v1.2.3+meta
