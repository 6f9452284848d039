package user

import (
	"errors"

	"example.com/tctest/flow/codes"
	"github.com/tccodelint/tccodelint/tccode"
)

func _(err error, r *codes.Response) error {
	if codes.CodeOf(err) == 4100 { // want `magic TencentCloud code 4100`
		return errors.New("credentials")
	}
	switch codes.Outer(err) { // want `switch on TencentCloud code does not handle 5400`
	case tccode.Success:
	case tccode.QuotaExceeded:
	}
	code := codes.CodeOf(err)
	if code == tccode.Success { // want `if-else chain on TencentCloud code does not handle 5400`
	} else if code == 6000 { // want `magic TencentCloud code 6000`
	}

	// Not codes.
	if codes.Count(r) == 4000 || codes.Mixed(r) == 4000 || codes.Constant() == 4000 || codes.Closure(r) == 4000 {
	}
	return nil
}

func _(r *codes.Response) bool {
	return codes.State(0) == 7 || codes.Ping(3) == 4000 || codes.Deep(r, 2) == 4300 // want `magic TencentCloud code 4300`
}
