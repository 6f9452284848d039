// Package identity has answers known by what they are, not how they are
// spelt: two locals of one name in different scopes are two answers;
// one answer read through an alias, a copy, a dereference or its getter
// is one.
package identity

import (
	"errors"

	"github.com/tccodelint/tccodelint/tccode"
)

type Response struct {
	Code     int
	Message  string
	CodeDesc string
}

func (r *Response) GetCode() int { return r.Code }

// Batch is a batch answer.
type Batch struct {
	Code     int
	Message  string
	CodeDesc string
	Detail   map[string]Response
}

func fetch() *Batch { return nil }

func retryFailed(b *Batch) error {
	if b.Code == tccode.PartiallyExecuted {
		return nil
	}
	return errors.New(b.Message)
}

// One if-else chain that spells the answer's code as a field in one arm
// and its getter in another: one dispatch.
func _(r *Response) error {
	if r.Code == tccode.Success { // want `if-else chain on TencentCloud code does not handle 5400`
		return nil
	} else if r.GetCode() == tccode.QuotaExceeded {
		return errors.New("retry")
	}
	return nil
}

// ... through a dereference, a copy and a pointer to it.
func _(r *Response) error {
	v := *r
	p := &v
	if (*r).Code == tccode.Success { // want `if-else chain on TencentCloud code does not handle 5400`
		return nil
	} else if v.Code == tccode.QuotaExceeded {
		return errors.New("retry")
	} else if p.Code == tccode.InternalServerError {
		return errors.New("retry")
	}
	return nil
}

// Two answers in one chain are two predicates, not a dispatch.
func _(a, b *Response) error {
	if a.Code == tccode.Success {
		return nil
	} else if b.Code == tccode.QuotaExceeded {
		return errors.New("retry")
	}
	return nil
}

// Two locals named resp in different scopes: the 5400 test of the
// first does not handle the second.
func _() error {
	{
		resp := fetch()
		if resp.Code == tccode.PartiallyExecuted {
			return retryFailed(resp)
		}
	}
	{
		resp := fetch()
		if resp.Code != 0 { // want `batch answer's code is only tested against 0`
			return errors.New(resp.Message)
		}
	}
	return nil
}

func _() error {
	resp := fetch()
	if resp.Code == tccode.PartiallyExecuted {
		return retryFailed(resp)
	}
	for range 3 {
		resp := fetch()
		switch resp.Code { // want `switch on TencentCloud code does not handle 5400`
		case tccode.Success, tccode.QuotaExceeded:
		}
	}
	return nil
}

// The same answer through an alias: its 5400 test handles it, for the
// batch check and for the dispatch after it.
func _() error {
	resp := fetch()
	b := resp
	if b.Code == tccode.PartiallyExecuted {
		return retryFailed(b)
	}
	if resp.Code != 0 {
		return errors.New(resp.Message)
	}
	switch (*resp).Code {
	case tccode.Success, tccode.QuotaExceeded:
	}
	return nil
}

// A code kept in a local is its answer's code.
func _() error {
	resp := fetch()
	code := resp.Code
	if code == tccode.PartiallyExecuted {
		return retryFailed(resp)
	}
	if resp.Code != 0 {
		return errors.New(resp.Message)
	}
	return nil
}

// A local assigned two answers stands for neither.
func _(first bool) error {
	a, b := fetch(), fetch()
	r := a
	if !first {
		r = b
	}
	if a.Code == tccode.PartiallyExecuted {
		return retryFailed(a)
	}
	if r.Code != 0 { // want `batch answer's code is only tested against 0`
		return errors.New(r.Message)
	}
	return nil
}

// A tagless switch on two answers that both miss 5400 says so once.
func _(a, b *Response) {
	switch { // want `switch on TencentCloud code does not handle 5400`
	case a.Code == tccode.QuotaExceeded, b.Code == tccode.QuotaExceeded:
	case a.Code == tccode.InternalServerError || b.Code == tccode.InternalServerError:
	}
}

// The same element by the same index expression, and the same
// assertion: one answer.
func _(resps []*Response, i int) error {
	if resps[i+1].Code == tccode.Success { // want `if-else chain on TencentCloud code does not handle 5400`
		return nil
	} else if resps[i+1].Code == tccode.QuotaExceeded {
		return errors.New("retry")
	}
	return nil
}

func _(a any) error {
	if a.(*Response).Code == tccode.Success { // want `if-else chain on TencentCloud code does not handle 5400`
		return nil
	} else if a.(*Response).Code == tccode.QuotaExceeded {
		return errors.New("retry")
	}
	return nil
}

func _(a any) error {
	if a.(*Batch).Code != 0 {
		return retryFailed(a.(*Batch))
	}
	return nil
}

// !(code != c) is code == c: a dispatch that handles 5400.
func _(resp *Response) error {
	if !(resp.Code != tccode.PartiallyExecuted) {
		return nil
	} else if resp.Code == tccode.Success {
		return nil
	} else if resp.Code == tccode.QuotaExceeded {
		return errors.New("retry")
	}
	return nil
}
