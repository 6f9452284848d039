package batch

import (
	"errors"

	"github.com/tccodelint/tccodelint/tccode"
)

var errFailed = errors.New("failed")

// A helper that reads the results through a local of its own.
func failedIDs(results []struct {
	ID   string
	Code int
}) []string {
	var ids []string
	rs := results
	for _, r := range rs {
		ids = append(ids, r.ID)
	}
	return ids
}

func _(s *SliceAnswer) error {
	if s.Code != 0 {
		_ = failedIDs(s.Detail)
		return errFailed
	}
	return nil
}

// Two tests of one answer in one condition are one finding.
func _(s *SliceAnswer) error {
	if s.Code != 0 && s.GetCode() != tccode.Success { // want `batch answer's code is only tested against 0`
		return errFailed
	}
	return nil
}

// A dispatch on the answer is the unhandled check's to judge: the test
// against 0 before it is not a second finding.
func _(s *SliceAnswer) error {
	if s.Code == 0 {
		return nil
	}
	switch s.Code { // want `switch on TencentCloud code does not handle 5400`
	case tccode.QuotaExceeded:
		return errFailed
	}
	return errFailed
}

// An alias declared, then given the answer, is the answer.
func _(s *SliceAnswer) error {
	var a *SliceAnswer
	a = s
	if a.Code == tccode.PartiallyExecuted {
		return retryFailed(s)
	}
	if s.Code != 0 {
		return errFailed
	}
	return nil
}

// Near miss: a test of another answer.
func _(s, t *SliceAnswer) error {
	var a *SliceAnswer
	a = t
	if a.Code == tccode.PartiallyExecuted {
		return retryFailed(t)
	}
	if s.Code != 0 { // want `batch answer's code is only tested against 0`
		return errFailed
	}
	return nil
}

// A failure path that jumps to a handler that hands the answer on.
func _(s *SliceAnswer) error {
	if s.Code != 0 {
		goto fail
	}
	return nil
fail:
	return retryFailed(s)
}

// Near miss: a handler that does not.
func _(s *SliceAnswer) error {
	if s.Code != 0 { // want `batch answer's code is only tested against 0`
		goto fail
	}
	return nil
fail:
	return errFailed
}

// A goto back runs the whole call again: what follows the label is the
// success path too.
func _(fetch func() *SliceAnswer) error {
	tries := 0
again:
	s := fetch()
	if s.Code != 0 { // want `batch answer's code is only tested against 0`
		tries++
		goto again
	}
	for _, d := range s.Detail {
		_ = d
	}
	return nil
}

// A batch answer taken from a map in the comma-ok form.
func _(m map[string]*SliceAnswer, k string) error {
	var s, ok = m[k]
	if !ok {
		return nil
	}
	if s.Code != 0 { // want `batch answer's code is only tested against 0`
		return errFailed
	}
	return nil
}

func _(m map[string]*SliceAnswer, k string) error {
	s, ok := m[k]
	if !ok {
		return nil
	}
	if s.Code != 0 { // want `batch answer's code is only tested against 0`
		return errFailed
	}
	return nil
}

// A local declared without a value whose zero value is read first, or
// that is given the answer on some paths only, stands for no answer.
func _(resp *SliceAnswer) error {
	var a SliceAnswer
	if a.Code == tccode.PartiallyExecuted {
		return nil
	}
	a = *resp
	if resp.Code != 0 { // want `batch answer's code is only tested against 0`
		return errFailed
	}
	return nil
}

func _(resp *SliceAnswer, fast bool) error {
	var a *SliceAnswer
	if fast {
		a = resp
	}
	if a != nil && a.Code == tccode.PartiallyExecuted {
		return retryFailed(resp)
	}
	if resp.Code != 0 { // want `batch answer's code is only tested against 0`
		return errFailed
	}
	return nil
}
