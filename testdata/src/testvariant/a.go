// Package testvariant is analyzed with and without its test file, which
// declares tccode and a second constant of a product code: the fixes of
// a.go must be the same either way, and build either way.
package testvariant

type Response struct {
	Code     int
	CodeDesc string
}

const vpcLimit = 28004

// The package uses vpcLimit as a code.
func _(r *Response) { r.Code = vpcLimit }

func _(r Response) bool {
	return r.Code == 5400 || r.Code == 28004 // want `use tccode2.PartiallyExecuted` `use vpcLimit`
}
