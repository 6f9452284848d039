// Package user hands batch answers to package lib's functions: under
// -follow-functions their facts say which handle partial success;
// without it, a function of another package does not count, and these
// tests are reported (TestHandoffWithoutFacts).
package user

import (
	"fmt"

	"example.com/tctest/handoff/lib"
)

func _(b *lib.Batch) error {
	if b.Code != 0 {
		return lib.RetryFailed(b)
	}
	return nil
}

func _(b *lib.Batch) error {
	if b.Code == 0 {
		return nil
	}
	return fmt.Errorf("failed: %v", lib.Failed(b.Detail))
}

func _(b *lib.Batch, h lib.Handler) error {
	if b.Code != 0 {
		return h.Handle(b)
	}
	return nil
}

func _(b *lib.Batch) error {
	if b.Code != 0 { // want `batch answer's code is only tested against 0`
		return lib.Describe(b)
	}
	return nil
}
