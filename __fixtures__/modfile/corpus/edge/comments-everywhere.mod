// leading comment

// Deprecated: use example.com/other instead.
module example.com/c // trailing on module
// between
go 1.21 // go comment
require ( // after paren
	// before line
	github.com/a/b v1.0.0 // indirect
	// trailing in block

) // after close
// file end
