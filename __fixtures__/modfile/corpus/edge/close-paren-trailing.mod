module example.com/u
require (
	example.com/x v1.0.0
) extra
