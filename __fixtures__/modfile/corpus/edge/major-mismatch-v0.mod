module example.com/u
require example.com/x v2.0.0
