module example.com/üñî

require example.com/世界 v1.0.0
