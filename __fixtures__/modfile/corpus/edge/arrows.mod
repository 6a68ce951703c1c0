module example.com/arrows

go 1.21

replace example.com/a => ../a
replace example.com/b v1.0.0 => ../b
replace example.com/c => example.com/c2 v1.2.3
replace example.com/d v1.0.0 => example.com/d2 v1.2
replace example.com/e => C:\\dir
