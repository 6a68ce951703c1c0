module example.com/retract

go 1.21

// rationale on the block
retract (
	v1.0.0
	[v1.1.0, v1.1.9]

	// own rationale
	v2.0.0-pre
)
retract [v0.1.0, v0.2.0] // single range
retract v0.0.1
