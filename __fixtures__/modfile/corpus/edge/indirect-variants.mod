module example.com/u
require (
	example.com/a v1.0.0 //indirect
	example.com/b v1.0.0 // indirect; because
	example.com/c v1.0.0 // indirectly
	example.com/d v1.0.0 // not indirect
	example.com/e v1.0.0 // indirect // twice
)
