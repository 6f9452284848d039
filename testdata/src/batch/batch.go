// Package batch has batch answers: envelopes with per-resource results
// in Detail, whose partial success (5400) a test against 0 alone loses.
package batch

import (
	"errors"
	"fmt"
	"slices"

	"github.com/tccodelint/tccodelint/tccode"
)

// The shape a public Terraform provider decodes DeleteSnapshot into.
func deleteSnapshot(body []byte, snapshotID string) error {
	var jsonresp struct {
		Code     int
		Message  string
		CodeDesc string
		Detail   map[string]struct {
			Msg  string
			Code int
		}
	}
	_ = body
	if jsonresp.Code != 0 { // want `batch answer's code is only tested against 0: 5400 \(partially executed\) takes the failure path without a look at the per-resource results in Detail; handle tccode.PartiallyExecuted`
		return fmt.Errorf("DeleteSnapshot error, code:%v", jsonresp.Code)
	}
	code := jsonresp.Detail[snapshotID].Code
	if code != 0 {
		return errors.New(jsonresp.Detail[snapshotID].Msg)
	}
	return nil
}

// SliceAnswer has its results in a slice.
type SliceAnswer struct {
	Code     int    `json:"code"`
	Message  string `json:"message"`
	CodeDesc string `json:"codeDesc"`
	Detail   []struct {
		ID   string
		Code int
	} `json:"detail"`
}

// LooseAnswer has them in an interface.
type LooseAnswer struct {
	Code     int
	CodeDesc string
	Detail   interface{}
}

// Results is embedded by EmbeddedAnswer.
type Results struct {
	Detail map[string]any
}

type EmbeddedAnswer struct {
	Results
	Code     int
	CodeDesc string
}

// Single is a single-resource answer: no Detail.
type Single struct {
	Code     int
	Message  string
	CodeDesc string
}

func _(s *SliceAnswer, l LooseAnswer, e *EmbeddedAnswer) error {
	if s.Code == 0 { // want `batch answer's code is only tested against 0`
		return nil
	}
	if l.Code != tccode.Success { // want `batch answer's code is only tested against 0`
		return errors.New("failed")
	}
	code := e.Code
	if code != 0 { // want `batch answer's code is only tested against 0`
		return errors.New("failed")
	}
	switch s.Code { // not a dispatch: it tells success from failure
	case 0: // want `batch answer's code is only tested against 0`
	default:
	}
	return nil
}

// Near misses.

// The function handles 5400, in a switch.
func _(s *SliceAnswer) error {
	if s.Code == tccode.Success {
		return nil
	}
	switch s.Code {
	case tccode.PartiallyExecuted:
		return retryFailed(s)
	}
	return errors.New(s.Message)
}

// ... or in a comparison, through a local, before the test against 0.
func _(s *SliceAnswer) error {
	code := s.Code
	if code == tccode.PartiallyExecuted {
		return retryFailed(s)
	}
	if s.Code != 0 {
		return errors.New(s.Message)
	}
	return nil
}

// ... or with != 5400 in a closure: closures belong to their function.
func _(l *LooseAnswer) error {
	check := func() bool { return l.Code != 5400 } // want `magic TencentCloud code 5400`
	if l.Code != 0 && check() {
		return errors.New("failed")
	}
	return nil
}

// A single-resource answer tested against 0 is fine.
func _(r *Single) error {
	if r.Code != 0 {
		return errors.New(r.Message)
	}
	return nil
}

// A Detail on a struct that is not an envelope.
type Report struct {
	Code   int
	Detail string
}

func _(r Report) bool { return r.Code != 0 }

// A dispatch is judged as a dispatch, not twice.
func _(s *SliceAnswer) error {
	if s.Code == 0 { // want `if-else chain on TencentCloud code does not handle 5400`
		return nil
	} else if s.Code == tccode.QuotaExceeded {
		return errors.New("retry")
	}
	return nil
}

// Outer embeds a batch answer: resp.SliceAnswer.Code is resp.Code.
type Outer struct {
	SliceAnswer
}

func _(resp *Outer) error {
	if resp.SliceAnswer.Code == tccode.PartiallyExecuted {
		return retryFailed(&resp.SliceAnswer)
	}
	if resp.Code != tccode.Success {
		return errors.New(resp.Message)
	}
	return nil
}

// The failure path hands the answer to a function of the package that
// handles 5400 itself, or its results to one that reads them.
func _(s *SliceAnswer) error {
	if s.Code != 0 {
		return retryFailed(s)
	}
	return nil
}

func _(s *SliceAnswer) error {
	if s.Code == 0 {
		return nil
	} else {
		return retryDetail(s.Detail)
	}
}

// ... or through a function that hands it on to one that does.
func _(s *SliceAnswer) error {
	if s.Code != 0 {
		return logAndRetry(s)
	}
	return nil
}

// The early-return form is judged as the else form.
func _(s *SliceAnswer) error {
	if s.Code == 0 {
		return nil
	}
	return retryFailed(s)
}

func _(s *SliceAnswer) error {
	if s.Code == tccode.Success { // want `batch answer's code is only tested against 0`
		return nil
	}
	return errors.New(s.Message)
}

// A failure path that reads the results itself.
func _(s *SliceAnswer) error {
	if s.Code != 0 {
		var failed []string
		for _, r := range s.Detail {
			if r.Code != 0 {
				failed = append(failed, r.ID)
			}
		}
		return fmt.Errorf("failed: %v", failed)
	}
	return nil
}

func _(s *SliceAnswer) error {
	results := s.Detail
	if s.Code == 0 {
		return nil
	}
	return fmt.Errorf("first: %v", results[0].ID)
}

// A function of the package that looks at neither does not handle it.
func _(s *SliceAnswer) error {
	if s.Code != 0 { // want `batch answer's code is only tested against 0`
		return describeFailure(s)
	}
	return nil
}

// What follows an if that does not leave runs on failure too.
func _(s *SliceAnswer) error {
	if s.Code == 0 {
		fmt.Println("ok")
	}
	return retryFailed(s)
}

func _(s *SliceAnswer) error {
	if s.Code == 0 { // want `batch answer's code is only tested against 0`
		fmt.Println("ok")
	}
	return errors.New(s.Message)
}

// Printing it, wrapping it in an error, taking its length, or handing
// it on outside the failure path does not count.
func _(s *SliceAnswer) error {
	if err := fill(s); err != nil {
		return err
	}
	if s.Code != 0 { // want `batch answer's code is only tested against 0`
		return fmt.Errorf("%v: %d results, %s", s, len(s.Detail), errors.New(s.Message))
	}
	return retryFailed(s)
}

// retryFailed retries the resources that failed, if only some did.
func retryFailed(s *SliceAnswer) error {
	if s.Code != tccode.PartiallyExecuted {
		return errors.New(s.Message)
	}
	return retryDetail(s.Detail)
}

func retryDetail(results []struct {
	ID   string
	Code int
}) error {
	for _, r := range results {
		_ = r.ID
	}
	return nil
}

func logAndRetry(s *SliceAnswer) error {
	fmt.Println(s.Message)
	return retryFailed(s)
}

func describeFailure(s *SliceAnswer) error {
	return fmt.Errorf("%s: %d results", s.Message, len(s.Detail))
}

func fill(*SliceAnswer) error { return nil }

// Helpers that call each other: the same verdict in any order.
func _(s *SliceAnswer) error {
	if s.Code != 0 {
		return odd(s, 3)
	}
	return nil
}

func _(s *SliceAnswer) error {
	if s.Code != 0 {
		return even(s, 3)
	}
	return nil
}

func even(s *SliceAnswer, n int) error {
	if n == 0 {
		return retryFailed(s)
	}
	return odd(s, n-1)
}

func odd(s *SliceAnswer, n int) error {
	if n == 0 {
		return errors.New(s.Message)
	}
	return even(s, n-1)
}

// A variadic helper, and a method value.
func _(a, b *SliceAnswer) error {
	if b.Code != 0 {
		return retryAll(a, b)
	}
	return nil
}

func retryAll(answers ...*SliceAnswer) error {
	for _, s := range answers {
		if err := retryFailed(s); err != nil {
			return err
		}
	}
	return nil
}

func (s *SliceAnswer) RetryFailed() error { return retryFailed(s) }

func do(f func() error) error { return f() }

func _(s *SliceAnswer) error {
	if s.Code != 0 {
		return do(s.RetryFailed)
	}
	return nil
}

// Other shapes of the test: negated, joined, a case.
func _(s *SliceAnswer) error {
	if !(s.Code == 0) {
		return retryFailed(s)
	}
	return nil
}

func _(s *SliceAnswer, err error) error {
	if err == nil && s.Code != 0 {
		return retryFailed(s)
	}
	return err
}

func _(s *SliceAnswer) error {
	switch {
	case s.Code != 0:
		return retryFailed(s)
	}
	return nil
}

func _(s *SliceAnswer) error {
	switch s.Code {
	case 0:
		return nil
	default:
		return retryFailed(s)
	}
}

func _(s *SliceAnswer) error {
check:
	if s.Code == 0 {
		return nil
	}
	if s.Message == "" {
		goto check
	}
	return retryFailed(s)
}

// ... and the same shapes reported, where the failure path does nothing
// with the results.
func _(s *SliceAnswer, err error) error {
	if err == nil && s.Code != 0 { // want `batch answer's code is only tested against 0`
		return errors.New(s.Message)
	}
	if s.Code == 0 || err != nil { // want `batch answer's code is only tested against 0`
		return err
	}
	return errors.New(s.Message)
}

// The test joined by || or &&: the branch a code not 0 can take is the
// failure path.
func _(s *SliceAnswer, err error) error {
	if err != nil || s.Code != 0 {
		return retryFailed(s)
	}
	return nil
}

func _(s *SliceAnswer, err error) error {
	if err == nil && s.Code == 0 {
		return nil
	}
	for _, r := range s.Detail {
		_ = r.ID
	}
	return err
}

// What follows a switch, or an if nested in another, is the failure
// path too.
func _(s *SliceAnswer) error {
	switch s.Code {
	case 0:
		return nil
	}
	return retryFailed(s)
}

func _(s *SliceAnswer, err error) error {
	if err == nil {
		if s.Code == 0 {
			return nil
		}
	}
	return retryFailed(s)
}

// A test that is a value, not a branch, leaves the decision to the
// code that uses it.
func (s *SliceAnswer) Succeeded() bool { return s.Code == tccode.Success }

func _(s *SliceAnswer) bool {
	ok := s.Code == 0
	return ok
}

// A method expression, and a slice of answers spread into a variadic
// helper.
func _(s *SliceAnswer) error {
	if s.Code != 0 {
		return (*SliceAnswer).RetryFailed(s)
	}
	return nil
}

func _(s *SliceAnswer) error {
	if s.Code != 0 {
		return retryAll([]*SliceAnswer{s}...)
	}
	return nil
}

// GetDetail returns the per-resource results.
func (s *SliceAnswer) GetDetail() []struct {
	ID   string
	Code int
} {
	return s.Detail
}

// Failure paths that read the results through a getter, a slice of
// them, or an iterator over them: silent.
func _(s *SliceAnswer) error {
	if s.Code != 0 {
		for _, r := range s.GetDetail() {
			if r.Code != 0 {
				return errors.New(r.ID)
			}
		}
	}
	return nil
}

func _(s *SliceAnswer) error {
	if s.Code != 0 {
		for _, r := range s.Detail[1:] {
			return errors.New(r.ID)
		}
	}
	return nil
}

func _(s *SliceAnswer) error {
	if s.Code != 0 {
		for r := range slices.Values(s.Detail) {
			return errors.New(r.ID)
		}
	}
	return nil
}

// Pair holds two answers whose field names share a prefix: one's
// results are not the other's.
type Pair struct {
	R, R2 SliceAnswer
}

func _(p *Pair) error {
	if p.R.Code != 0 { // want `batch answer's code is only tested against 0`
		for _, r := range p.R2.Detail {
			return errors.New(r.ID)
		}
	}
	return nil
}

// Pending returns results of the type of Detail, but is no Detail
// getter.
func (s *SliceAnswer) Pending() []struct {
	ID   string
	Code int
} {
	return nil
}

func _(s *SliceAnswer) error {
	if s.Code != 0 { // want `batch answer's code is only tested against 0`
		for _, r := range s.Pending() {
			return errors.New(r.ID)
		}
	}
	return nil
}

// GetCode reads the code through a pointer receiver: a local copy of
// the answer is still the answer.
func (s *SliceAnswer) GetCode() int { return s.Code }

func _(resp *SliceAnswer) error {
	r := *resp
	if r.GetCode() != 0 {
		for _, d := range resp.Detail {
			return errors.New(d.ID)
		}
	}
	return nil
}
