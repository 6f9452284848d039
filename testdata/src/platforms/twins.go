package platforms

import (
	apia "example.com/tctest/platforms/twina/api"
	apib "example.com/tctest/platforms/twinb/api"
)

// A and B are the envelopes of two packages both named api.
type (
	A = apia.Response
	B = apib.Response
)

// The package uses both constants as codes: they are the fixes of
// twinsuse.go.
func _(a A, b B) bool { return a.Code == apia.CodeA || b.Code == apib.CodeB }
