package tables

import "testing"

// The tests consult transient with something else, and onlyTests with a
// code: neither changes what tables.go's tables are, in the package
// or in its test variant.
func TestTables(t *testing.T) {
	if transient[3] || onlyTests[Response{}.Code] {
		t.Fatal("unreachable")
	}
}
