module example.com/u
require example.com/a{b} v1.0.0
