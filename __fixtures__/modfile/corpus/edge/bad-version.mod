module example.com/u
require example.com/x 1.0.0
