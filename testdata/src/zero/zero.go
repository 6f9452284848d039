// Package zero is analyzed with -zero: comparisons with 0 are reported.
package zero

import "github.com/tccodelint/tccodelint/tccode"

type Response struct {
	Code     int
	CodeDesc string
}

func _(r Response) error {
	if r.Code != 0 { // want `magic TencentCloud code 0 \(success\); use tccode.Success`
		return nil
	}
	switch r.Code {
	case 0x0: // want `code 0 \(success\)`
	case tccode.PartiallyExecuted:
	}
	if r.Code > 0 || len(r.CodeDesc) == 0 { // ordered, and not a code
	}
	return nil
}
