// Package predicate has tests of codes that are predicates, not
// dispatches: a single if splits the codes in two, whatever its
// condition.
package predicate

import (
	"github.com/tccodelint/tccodelint/tccode"
)

type Response struct {
	Code     int
	Message  string
	CodeDesc string
}

func _(r *Response) bool {
	if r.Code == tccode.ResourceOperationFailed || r.Code == tccode.UnsupportedVersion {
		return true
	}
	return false
}

func _(r *Response) bool {
	if r.Code == tccode.QuotaExceeded || r.Code == tccode.InternalServerError || r.Code == tccode.APIUnavailable {
		return true
	} else {
		return false
	}
}

func _(r *Response) bool {
	return r.Code == tccode.QuotaExceeded || r.Code == tccode.InternalServerError
}

// A predicate's magic codes are still magic.
func _(r *Response) bool {
	if r.Code == 5100 || r.Code == 6100 { // want `magic TencentCloud code 5100` `magic TencentCloud code 6100`
		return true
	}
	return false
}

// Two branches that test the code make a dispatch.
func _(r *Response) error {
	if r.Code == tccode.QuotaExceeded || r.Code == tccode.InternalServerError { // want `if-else chain on TencentCloud code does not handle 5400`
		return nil
	} else if r.Code == tccode.AuthenticationFailed {
		return nil
	}
	return nil
}

// An else if on something else is no second branch on the code.
func _(r *Response, n int) error {
	if r.Code == tccode.QuotaExceeded || r.Code == tccode.InternalServerError {
		return nil
	} else if n > 3 {
		return nil
	}
	return nil
}
