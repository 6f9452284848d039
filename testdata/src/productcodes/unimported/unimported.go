// Package unimported reaches the api envelope only through package
// shared: it does not import api, whose constants are then not known
// in full, so there is no fix.
package unimported

import "example.com/tctest/productcodes/shared"

func _() bool {
	return shared.Fetch().Code == 28004 // want `code 28004, .*; name it with a constant`
}
