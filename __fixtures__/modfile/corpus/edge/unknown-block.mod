module example.com/u

foo (
	bar
)
require x (
	y v1.0.0
)
