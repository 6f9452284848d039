package platforms

// Two new imports of two packages named api: two names.
func _(a A, b B) bool {
	return a.Code == 28011 || b.Code == 28012 // want `use api.CodeA` `use api2.CodeB`
}
