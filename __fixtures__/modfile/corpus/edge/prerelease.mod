module example.com/u
require example.com/a v1.0.0-rc.1
require example.com/b v1.0.0-01
