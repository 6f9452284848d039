// Package unhandled has dispatches on result codes, with the default
// -require=5400.
package unhandled

import (
	"errors"

	"github.com/tccodelint/tccodelint/tccode"
)

type Response struct {
	Code     int
	Message  string
	CodeDesc string
}

var errRetry = errors.New("retry")

const partial = 5400

func _(r *Response) error {
	switch r.Code { // want `switch on TencentCloud code does not handle 5400 \(partially executed\): a batch call partly succeeded; inspect the per-resource results`
	case tccode.Success:
		return nil
	case tccode.QuotaExceeded, tccode.InternalServerError:
		return errRetry
	default: // a default does not handle 5400: it is the generic failure path
		return errors.New(r.Message)
	}
}

func _(r *Response) error {
	switch r.Code { // want `switch on TencentCloud code does not handle 5400`
	case 4100: // want `magic TencentCloud code 4100`
		return errors.New("credentials")
	}
	return nil
}

func _(r *Response) error {
	switch { // want `switch on TencentCloud code does not handle 5400`
	case r.Code == tccode.Success:
		return nil
	case r.Code == tccode.QuotaExceeded || r.Code == tccode.APIUnavailable:
		return errRetry
	}
	return errors.New(r.Message)
}

func _(r *Response) error {
	code := r.Code
	if code == tccode.Success { // want `if-else chain on TencentCloud code does not handle 5400`
		return nil
	} else if code == tccode.QuotaExceeded {
		return errRetry
	} else {
		return errors.New(r.Message)
	}
}

func _(r *Response) error {
	if r.Code == tccode.AuthenticationFailed { // want `if-else chain on TencentCloud code does not handle 5400`
		return errors.New("credentials")
	} else if r.Code == tccode.RequestExpired {
		return errRetry
	}
	return nil
}

// Dispatches that handle 5400.

func _(r *Response) error {
	switch r.Code {
	case tccode.Success:
		return nil
	case tccode.PartiallyExecuted:
		return errRetry
	default:
		return errors.New(r.Message)
	}
}

func _(r *Response) error {
	switch r.Code {
	case tccode.QuotaExceeded, partial: // any constant of the value
		return errRetry
	}
	switch code := int64(r.Code); code {
	case 5400, 6000: // want `code 5400` `code 6000`
		return errRetry
	}
	switch {
	case r.Code == tccode.QuotaExceeded:
		return errRetry
	case tccode.PartiallyExecuted == r.Code || r.Code == tccode.ResourceOperationFailed:
		return errRetry
	}
	if r.Code == tccode.Success {
		return nil
	} else if r.Code == tccode.PartiallyExecuted {
		return errRetry
	}
	return nil
}

// Not dispatches.

func _(r *Response, n int) error {
	switch r.Code { // tells success from failure
	case tccode.Success:
	default:
		n++
	}
	if r.Code != 0 { // a lone test of success
		return errors.New(r.Message)
	}
	if r.Code == tccode.QuotaExceeded { // one code, no chain
		return errRetry
	} else if n > 3 {
		return nil
	}
	if r.Code == tccode.QuotaExceeded && n < 3 { // && narrows: not a dispatch on the code alone
		return errRetry
	} else if r.Code == tccode.InternalServerError && n < 3 {
		return errRetry
	}
	if r.Code >= 4000 && r.Code < 5000 { // a category
		return nil
	} else if r.Code >= 6000 {
		return errRetry
	}
	switch n { // not a code
	case 4000, 4100:
	}
	if r.Code != tccode.Success { // != decides for every other code alike
	} else if r.Code != tccode.QuotaExceeded {
	}
	switch r.Message {
	case "x":
	}
	return nil
}

// Batch is a batch answer: one result per resource in Detail.
type Batch struct {
	Code     int
	Message  string
	CodeDesc string
	Detail   map[string]Response
}

// Wrapper has a Detail but is no envelope.
type Wrapper struct {
	Detail []Response
}

func _(b *Batch, w Wrapper) {
	// The outer code of a batch answer must handle 5400.
	switch b.Code { // want `switch on TencentCloud code does not handle 5400`
	case tccode.Success:
	case tccode.ResourceOperationFailed:
	}
	// One resource's result cannot be partly executed.
	for _, r := range b.Detail {
		switch r.Code {
		case tccode.Success:
		case tccode.ResourceNotFound:
		}
	}
	switch b.Detail["ins-1"].Code {
	case tccode.Success:
	case tccode.ResourceNotFound:
	}
	code := b.Detail["ins-1"].Code
	if code == tccode.Success {
	} else if code == tccode.ResourceNotFound {
	}
	// A Detail outside an envelope is not a batch answer's.
	for _, r := range w.Detail {
		switch r.Code { // want `switch on TencentCloud code does not handle 5400`
		case tccode.Success:
		case tccode.ResourceNotFound:
		}
	}
}
