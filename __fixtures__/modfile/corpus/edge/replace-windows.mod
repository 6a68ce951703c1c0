module example.com/u
replace example.com/x => .\\y
