module "example.com/quoted path"

go 1.21

require "example.com/q\u00e9" v1.0.0
replace "example.com/r" v1.0.0 => "../with space"
replace example.com/s => "/abs/dir"
tool "example.com/t\x41"
