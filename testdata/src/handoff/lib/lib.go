// Package lib has functions that take a batch answer: some handle its
// partial success, which other packages learn under -follow-functions
// from the handlesPartial fact.
package lib

import (
	"errors"

	"github.com/tccodelint/tccodelint/tccode"
)

// Batch is a batch answer.
type Batch struct {
	Code     int
	Message  string
	CodeDesc string
	Detail   map[string]Result
}

// Result is one resource's result.
type Result struct {
	Code    int
	Message string
}

// RetryFailed tests 5400 itself.
func RetryFailed(b *Batch) error {
	if b.Code == tccode.PartiallyExecuted {
		return nil
	}
	return errors.New(b.Message)
}

// Failed reads the per-resource results, given the answer's Detail.
func Failed(results map[string]Result) []string {
	var ids []string
	for id, r := range results {
		if r.Code != tccode.Success {
			ids = append(ids, id)
		}
	}
	return ids
}

// Handle hands the answer on to RetryFailed.
func (h Handler) Handle(b *Batch) error { return RetryFailed(b) }

// A Handler handles answers.
type Handler struct{}

// Describe looks at neither.
func Describe(b *Batch) error { return errors.New(b.Message) }
