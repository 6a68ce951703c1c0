// Paragraph one.
//
// Deprecated: this module
// moved away.
//
// Another paragraph.
module example.com/dep

go 1.20
