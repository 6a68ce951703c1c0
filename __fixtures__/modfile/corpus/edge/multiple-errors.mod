module example.com/u
foo
require example.com/x bad
	bar baz
require (
    indented v1
)
