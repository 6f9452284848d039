// Package sdkfields is analyzed with
// -code-fields=example.com/tctest/sdkfields.Fault.ErrCode: a string
// code of another shape.
package sdkfields

type Fault struct {
	ErrCode string
	Msg     string
}

func _(f Fault) bool {
	return f.ErrCode == "InternalError" || f.Msg == "InternalError" // want `use tccode.V3InternalError`
}

// ErrorCode is a method of a type named by -code-fields: a code getter.
func (f Fault) ErrorCode() string { return f.ErrCode }

func _(f Fault) bool {
	return f.ErrorCode() == "ResourceInUse" // want `use tccode.V3ResourceInUse`
}
