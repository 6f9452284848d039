// Package defaulthandles is analyzed with -default-handles.
package defaulthandles

import (
	"errors"

	"github.com/tccodelint/tccodelint/tccode"
)

type Response struct {
	Code     int
	Message  string
	CodeDesc string
}

func _(r *Response) error {
	switch r.Code { // a default clause handles the rest
	case tccode.Success:
		return nil
	case tccode.QuotaExceeded:
		return errors.New("retry")
	default:
		return errors.New(r.Message)
	}
}

func _(r *Response) error {
	if r.Code == tccode.Success { // so does a final else
		return nil
	} else if r.Code == tccode.QuotaExceeded {
		return errors.New("retry")
	} else {
		return errors.New(r.Message)
	}
}

func _(r *Response) error {
	switch r.Code { // want `switch on TencentCloud code does not handle 5400`
	case tccode.QuotaExceeded:
		return errors.New("retry")
	}
	if r.Code == tccode.Success { // want `if-else chain on TencentCloud code does not handle 5400`
		return nil
	} else if r.Code == tccode.QuotaExceeded {
		return errors.New("retry")
	}
	return nil
}
