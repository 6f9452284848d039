package defaulthandles

import (
	"errors"

	"github.com/tccodelint/tccodelint/tccode"
)

type Batch struct {
	Code     int
	CodeDesc string
	Detail   map[string]Response
}

// The dispatch's default handles every code, but 5400 never reaches it:
// the test against 0 before it takes 5400 down the failure path.
func _(b *Batch) error {
	if b.Code != 0 { // want `batch answer's code is only tested against 0`
		return errors.New("failed")
	}
	switch b.Code {
	case tccode.QuotaExceeded:
		return errors.New("quota")
	default:
		return nil
	}
}
