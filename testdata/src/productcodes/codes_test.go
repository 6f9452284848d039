package productcodes

import "testing"

// Only compiled with the tests: product.go may not use it.
const codeTestOnly = 29006

func TestCodes(t *testing.T) {
	var l Local
	if l.Code == 29006 { // want `code 29006, .*; use codeTestOnly`
		t.Fatal("unreachable")
	}
	if l.Code == 29009 { // want `code 29009, .*; use codeTestUsed`
		t.Fatal("unreachable")
	}
	if l.Code == 29010 { // want `code 29010, .*; use codeOtherTest`
		t.Fatal("unreachable")
	}
	// The tests use these constants as codes: in the tests, they are
	// the fixes.
	if l.Code == codeTestOnly || l.Code == codeTestUsed {
		t.Fatal("unreachable")
	}
}
