package productcodes_test

import (
	"testing"

	"example.com/tctest/productcodes/api"
)

// An external test package: its own imports bring the envelope's
// package in, and its own uses make a constant a code.
func TestExternal(t *testing.T) {
	var r api.Response
	if r.Code == 28004 { // want `code 28004, .*; use api.ErrVPCQuotaExceeded`
		t.Fatal("unreachable")
	}
	if r.Code == api.ErrVPCQuotaExceeded {
		t.Fatal("unreachable")
	}
}
