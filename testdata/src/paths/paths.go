// Package paths has dispatches that 5400 cannot reach: every path to
// them has taken it away already, or their default handles it.
package paths

import (
	"errors"
	"log"

	"github.com/tccodelint/tccodelint/tccode"
)

type Response struct {
	Code     int
	Message  string
	CodeDesc string
}

var errRetry = errors.New("retry")

func retryFailed(*Response) error { return nil }

// 5400 handled before the dispatch, which it then cannot reach.
func _(resp *Response) error {
	if resp.Code == tccode.PartiallyExecuted {
		return retryFailed(resp)
	}
	switch resp.Code {
	case tccode.Success:
		return nil
	case tccode.QuotaExceeded:
		return errRetry
	}
	return errors.New(resp.Message)
}

// ... with != and the dispatch inside.
func _(resp *Response) error {
	if resp.Code != tccode.PartiallyExecuted {
		switch resp.Code {
		case tccode.Success:
			return nil
		case tccode.QuotaExceeded:
			return errRetry
		}
	}
	return nil
}

// ... with || among other codes, a panic, a log.Fatal.
func _(resp *Response) error {
	if resp.Code == tccode.PartiallyExecuted || resp.Code == tccode.ResourceOperationFailed {
		panic("partial")
	}
	if resp.Code == tccode.Success {
		return nil
	} else if resp.Code == tccode.QuotaExceeded {
		return errRetry
	}
	return nil
}

func _(resp *Response) error {
	if resp.Code == tccode.PartiallyExecuted {
		log.Fatal("partial")
	}
	switch resp.Code {
	case tccode.Success, tccode.QuotaExceeded:
	}
	return nil
}

// ... in a switch of its own, through an alias, or in a loop.
func _(resp *Response) error {
	switch resp.Code {
	case tccode.PartiallyExecuted:
		return retryFailed(resp)
	}
	r := resp
	switch r.Code {
	case tccode.Success:
		return nil
	case tccode.InternalServerError:
		return errRetry
	}
	return nil
}

func _(resps []*Response) {
	for _, resp := range resps {
		if resp.Code == tccode.PartiallyExecuted {
			continue
		}
		switch resp.Code {
		case tccode.Success, tccode.QuotaExceeded:
		}
	}
}

// The default clause, or the final else, tests 5400 itself.
func _(resp *Response) error {
	switch resp.Code {
	case tccode.Success:
		return nil
	case tccode.QuotaExceeded:
		return errRetry
	default:
		if resp.Code == tccode.PartiallyExecuted {
			return retryFailed(resp)
		}
		return errors.New(resp.Message)
	}
}

func _(resp *Response) error {
	if resp.Code == tccode.Success {
		return nil
	} else if resp.Code == tccode.QuotaExceeded {
		return errRetry
	} else {
		switch resp.Code {
		case tccode.PartiallyExecuted:
			return retryFailed(resp)
		}
		return errors.New(resp.Message)
	}
}

// Near misses: reported.

// 5400 taken away on one path only.
func _(resp *Response, strict bool) error {
	if strict && resp.Code == tccode.PartiallyExecuted {
		return retryFailed(resp)
	}
	switch resp.Code { // want `switch on TencentCloud code does not handle 5400`
	case tccode.Success, tccode.QuotaExceeded:
	}
	return nil
}

func _(resp *Response, strict bool) error {
	if strict {
		if resp.Code == tccode.PartiallyExecuted {
			return retryFailed(resp)
		}
	}
	switch resp.Code { // want `switch on TencentCloud code does not handle 5400`
	case tccode.Success, tccode.QuotaExceeded:
	}
	return nil
}

// 5400 tested, but the branch goes on to the dispatch.
func _(resp *Response) error {
	if resp.Code == tccode.PartiallyExecuted {
		_ = retryFailed(resp)
	}
	switch resp.Code { // want `switch on TencentCloud code does not handle 5400`
	case tccode.Success, tccode.QuotaExceeded:
	}
	return nil
}

// 5400 tested on another answer.
func _(resp, other *Response) error {
	if other.Code == tccode.PartiallyExecuted {
		return retryFailed(other)
	}
	switch resp.Code { // want `switch on TencentCloud code does not handle 5400`
	case tccode.Success, tccode.QuotaExceeded:
	}
	return nil
}

// The answer is replaced between the test and the dispatch.
func _(resp *Response, next func() *Response) error {
	if resp.Code == tccode.PartiallyExecuted {
		return retryFailed(resp)
	}
	resp = next()
	switch resp.Code { // want `switch on TencentCloud code does not handle 5400`
	case tccode.Success, tccode.QuotaExceeded:
	}
	return nil
}

// 5400 tested after the dispatch, or in a closure that may never run.
func _(resp *Response) error {
	switch resp.Code { // want `switch on TencentCloud code does not handle 5400`
	case tccode.Success, tccode.QuotaExceeded:
	}
	if resp.Code == tccode.PartiallyExecuted {
		return retryFailed(resp)
	}
	return nil
}

func _(resp *Response) func() bool {
	check := func() bool { return resp.Code == tccode.PartiallyExecuted }
	switch resp.Code { // want `switch on TencentCloud code does not handle 5400`
	case tccode.Success, tccode.QuotaExceeded:
	}
	return check
}

// The default tests 5400 on another answer, or tests another code.
func _(resp, other *Response) error {
	switch resp.Code { // want `switch on TencentCloud code does not handle 5400`
	case tccode.Success:
		return nil
	case tccode.QuotaExceeded:
		return errRetry
	default:
		if other.Code == tccode.PartiallyExecuted {
			return nil
		}
		if resp.Code == tccode.InternalServerError {
			return errRetry
		}
		return errors.New(resp.Message)
	}
}

// The answer may change behind the test's back: the test no longer
// holds where the dispatch starts.

func fetch() *Response { return nil }

func decode([]byte, any) error { return nil }

func (r *Response) Reload() {}

func _(resp *Response) error {
	refresh := func() { resp = fetch() }
	if resp.Code == tccode.PartiallyExecuted {
		return retryFailed(resp)
	}
	refresh()
	switch resp.Code { // want `switch on TencentCloud code does not handle 5400`
	case tccode.Success, tccode.QuotaExceeded:
	}
	return nil
}

func _(resp *Response, body []byte) error {
	if resp.Code == tccode.PartiallyExecuted {
		return retryFailed(resp)
	}
	_ = decode(body, resp)
	switch resp.Code { // want `switch on TencentCloud code does not handle 5400`
	case tccode.Success, tccode.QuotaExceeded:
	}
	return nil
}

func _(resp *Response) error {
	if resp.Code == tccode.PartiallyExecuted {
		return retryFailed(resp)
	}
	resp.Reload()
	switch resp.Code { // want `switch on TencentCloud code does not handle 5400`
	case tccode.Success, tccode.QuotaExceeded:
	}
	return nil
}

func _(resp Response) error {
	p := &resp
	if resp.Code == tccode.PartiallyExecuted {
		return nil
	}
	*p = *fetch()
	switch resp.Code { // want `switch on TencentCloud code does not handle 5400`
	case tccode.Success, tccode.QuotaExceeded:
	}
	return nil
}

func _(resps []*Response) error {
	i := 0
	if resps[i].Code == tccode.PartiallyExecuted {
		return nil
	}
	i++
	switch resps[i].Code { // want `switch on TencentCloud code does not handle 5400`
	case tccode.Success, tccode.QuotaExceeded:
	}
	return nil
}

var last *Response

func _() error {
	if last.Code == tccode.PartiallyExecuted {
		return nil
	}
	switch last.Code { // want `switch on TencentCloud code does not handle 5400`
	case tccode.Success, tccode.QuotaExceeded:
	}
	return nil
}

func _(resp *Response) error {
	code := resp.Code
	resp = fetch()
	if code == tccode.PartiallyExecuted {
		return nil
	}
	switch resp.Code { // want `switch on TencentCloud code does not handle 5400`
	case tccode.Success, tccode.QuotaExceeded:
	}
	return nil
}

// A switch on something else than the code says nothing of it.
func _(resp *Response) error {
	switch false {
	case resp.Code == tccode.PartiallyExecuted:
		return nil
	}
	switch resp.Code { // want `switch on TencentCloud code does not handle 5400`
	case tccode.Success, tccode.QuotaExceeded:
	}
	return nil
}

// A decode before the test does not matter; a log that reads the
// answer after it, through its code getter, neither.
func (r *Response) GetCode() int { return r.Code }

func _(body []byte) error {
	var resp Response
	if err := decode(body, &resp); err != nil {
		return err
	}
	if resp.Code == tccode.PartiallyExecuted {
		return retryFailed(&resp)
	}
	log.Printf("code %d", resp.GetCode())
	switch resp.Code {
	case tccode.Success, tccode.QuotaExceeded:
	}
	return nil
}

// A method value of the code getter, called later, only reads it; one
// of another pointer method may change it.
func _(resp *Response) error {
	get := resp.GetCode
	if get() == tccode.PartiallyExecuted {
		return retryFailed(resp)
	}
	switch resp.Code {
	case tccode.Success, tccode.QuotaExceeded:
	}
	return nil
}

func _(resp *Response) error {
	if resp.Code == tccode.PartiallyExecuted {
		return retryFailed(resp)
	}
	reload := resp.Reload
	reload()
	switch resp.Code { // want `switch on TencentCloud code does not handle 5400`
	case tccode.Success, tccode.QuotaExceeded:
	}
	return nil
}

// The default tests 5400 after replacing the answer, or only logs it.
func _(resp *Response) error {
	switch resp.Code { // want `switch on TencentCloud code does not handle 5400`
	case tccode.Success:
		return nil
	case tccode.QuotaExceeded:
		return errRetry
	default:
		resp = fetch()
		if resp.Code == tccode.PartiallyExecuted {
			return nil
		}
		return errors.New(resp.Message)
	}
}

func _(resp *Response) error {
	switch resp.Code { // want `switch on TencentCloud code does not handle 5400`
	case tccode.Success:
		return nil
	case tccode.QuotaExceeded:
		return errRetry
	default:
		log.Printf("partial=%v", resp.Code == tccode.PartiallyExecuted)
		return errors.New(resp.Message)
	}
}

// Reading the answer after the test changes nothing: a method with a
// value receiver, a deferred call, printing it.
func (r Response) Valid() bool { return r.CodeDesc != "" }

func _(resp *Response) error {
	if resp.Code == tccode.PartiallyExecuted {
		return retryFailed(resp)
	}
	defer log.Println(resp)
	_ = resp.Valid()
	log.Printf("%+v", resp)
	switch resp.Code {
	case tccode.Success, tccode.QuotaExceeded:
	}
	return nil
}

// An element taken into a local, in a loop over the answers.
func _(resps []Response) {
	for i := range resps {
		r := &resps[i]
		if r.Code == tccode.PartiallyExecuted {
			continue
		}
		switch r.Code {
		case tccode.Success, tccode.QuotaExceeded:
		}
	}
}

// A dispatch on a code local, tested before.
func _(resp *Response) error {
	code := resp.Code
	if code == tccode.PartiallyExecuted {
		return retryFailed(resp)
	}
	switch code {
	case tccode.Success, tccode.QuotaExceeded:
	}
	return nil
}

// The default branches on 5400 in a tagless switch, or in a block.
func _(resp *Response) error {
	switch resp.Code {
	case tccode.Success:
		return nil
	case tccode.QuotaExceeded:
		return errRetry
	default:
		switch {
		case resp.Code == tccode.PartiallyExecuted:
			return retryFailed(resp)
		}
		return errors.New(resp.Message)
	}
}

func _(resp *Response) error {
	switch resp.Code {
	case tccode.Success:
		return nil
	case tccode.QuotaExceeded:
		return errRetry
	default:
		{
			if resp.Code == tccode.PartiallyExecuted {
				return retryFailed(resp)
			}
		}
		return errors.New(resp.Message)
	}
}

// Near misses: the answer changed through a method value, a copy of
// the pointer, a slice that holds it; a code local read before a
// change, tested after it.
func _(resp *Response) error {
	reload := resp.Reload
	if resp.Code == tccode.PartiallyExecuted {
		return retryFailed(resp)
	}
	reload()
	switch resp.Code { // want `switch on TencentCloud code does not handle 5400`
	case tccode.Success, tccode.QuotaExceeded:
	}
	return nil
}

func _(resp *Response) error {
	q := resp
	if resp.Code == tccode.PartiallyExecuted {
		return retryFailed(resp)
	}
	q.Code = tccode.PartiallyExecuted
	switch resp.Code { // want `switch on TencentCloud code does not handle 5400`
	case tccode.Success, tccode.QuotaExceeded:
	}
	return nil
}

func _(resp *Response) error {
	all := []*Response{resp}
	if resp.Code == tccode.PartiallyExecuted {
		return retryFailed(resp)
	}
	all[0].Code = tccode.PartiallyExecuted
	switch resp.Code { // want `switch on TencentCloud code does not handle 5400`
	case tccode.Success, tccode.QuotaExceeded:
	}
	return nil
}

func _(resp *Response) error {
	code := resp.Code
	resp.Reload()
	if code == tccode.PartiallyExecuted {
		return nil
	}
	switch resp.Code { // want `switch on TencentCloud code does not handle 5400`
	case tccode.Success, tccode.QuotaExceeded:
	}
	return nil
}
