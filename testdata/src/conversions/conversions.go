// Package conversions compares codes with literals under a conversion:
// the literal is magic all the same, and the fix keeps the conversion.
package conversions

type Reply struct {
	Code     int32
	CodeDesc string
}

// ErrCode is a code type of its own.
type ErrCode int

type Typed struct {
	Code     ErrCode
	CodeDesc string
}

func _(a Reply, t Typed) {
	_ = a.Code == int32(4300)        // want `code 4300 \(access denied\); use tccode.AccessDenied`
	_ = int32(4100) != a.Code        // want `code 4100`
	_ = t.Code == ErrCode(5300)      // want `code 5300`
	_ = t.Code == (ErrCode)((5200))  // want `code 5200`
	_ = a.Code == int32(int64(4600)) // want `code 4600`
	_ = Typed{Code: ErrCode(4400)}   // want `code 4400`
	_ = Reply{Code: int32(6000)}     // want `code 6000`
	switch t.Code {                  // want `does not handle 5400`
	case ErrCode(4000): // want `code 4000`
	case ErrCode(4200): // want `code 4200`
	}
}

// Near misses: none of these is reported.
func _(a Reply, t Typed, n int) {
	const limit = 4300
	_ = a.Code == int32(limit) // a named constant
	_ = a.Code == int32(n)     // not a constant
	_ = a.Code == int32(0)     // 0, without -zero
	_ = int32(4300) == int32(n)
	_ = float64(4300) == float64(n)
}
