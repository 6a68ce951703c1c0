module example.com/u
replace example.com/x => ../y v1.0.0
