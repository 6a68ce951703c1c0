module example.com/eb

require ()
replace (
)
