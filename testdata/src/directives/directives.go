// Package directives silences findings with //tccodelint:ignore.
package directives

import (
	"errors"

	"github.com/tccodelint/tccodelint/tccode"
)

type Response struct {
	Code     int
	CodeDesc string
}

func _(r *Response) error {
	if r.Code == 4100 { //tccodelint:ignore the auth service documents 4100 itself
		return errors.New("credentials")
	}
	//tccodelint:ignore this call is never batched
	switch r.Code {
	case tccode.Success:
		return nil
	case tccode.QuotaExceeded:
		return errors.New("retry")
	}
	if r.Code == 4200 { // want `magic TencentCloud code 4200`
		return errors.New("expired")
	}
	//tccodelint:ignore
	if r.Code == tccode.AuthenticationFailed {
		return nil
	} else if r.Code == 4300 { // want `magic TencentCloud code 4300`
		return nil
	}
	if r.Code == 4400 { // tccodelint:ignore is not a directive with a space after the slashes // want `magic TencentCloud code 4400`
	}
	if r.Code == 4500 { //tccodelint:ignored is another word // want `magic TencentCloud code 4500`
	}
	x := 1          //tccodelint:ignore on a line with code: silences only this line
	switch r.Code { // want `switch on TencentCloud code does not handle 5400`
	case tccode.QuotaExceeded:
	}
	_ = x
	return nil
}
