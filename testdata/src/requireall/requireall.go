// Package requireall is analyzed with -require=all and then with
// -require=PartiallyExecuted,tccode.InternalServerError,product:28004.
package requireall

import (
	"github.com/tccodelint/tccodelint/tccode"
)

type Response struct {
	Code     int
	CodeDesc string
}

const codeBusy = 28004

func _(r *Response) {
	switch r.Code { // want `switch on TencentCloud code does not handle 13 required codes: 4000, 4100, 4200, 4300, 4500, 4600, 5000, 5100, 5200, 5300, 5500, 6100, 6200 \(tccode names the common ones\)$`
	case tccode.QuotaExceeded, tccode.PartiallyExecuted, tccode.InternalServerError:
	}
	switch r.Code { // every common code
	case 4000, 4100, 4200, 4300, 4400, 4500, 4600, 5000, 5100, 5200, 5300, 5400, 5500, 6000, 6100, 6200: // want `4000` `4100` `4200` `4300` `4400` `4500` `4600` `5000` `5100` `5200` `5300` `5400` `5500` `6000` `6100` `6200`
	}
}
