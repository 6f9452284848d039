// Package requirelist is analyzed with
// -require=PartiallyExecuted,tccode.InternalServerError,product:28004.
package requirelist

import (
	"github.com/tccodelint/tccodelint/tccode"
)

type Response struct {
	Code     int
	CodeDesc string
}

const codeBusy = 28004

func _(r *Response) {
	switch r.Code { // want `switch on TencentCloud code does not handle 2 required codes: 6000, 28004 \(tccode names the common ones\)$`
	case tccode.QuotaExceeded, tccode.PartiallyExecuted:
	}
	switch r.Code {
	case tccode.PartiallyExecuted, tccode.InternalServerError, codeBusy:
	}
}
