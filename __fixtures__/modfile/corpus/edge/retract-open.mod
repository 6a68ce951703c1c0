module example.com/u
retract (
	[v1.0.0,
)
