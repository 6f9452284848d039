package imports

import (
	"fmt"

	"example.com/tctest/envelope"
	"golang.org/x/tools/go/ast/inspector" // a comment stays on its line
)

func _(r Response, u envelope.Untagged, in *inspector.Inspector) error {
	if r.Code == 5000 || u.Code == 5100 { // want `use tccode.ResourceNotFound` `use tccode.ResourceOperationFailed`
		return fmt.Errorf("%v", in)
	}
	return nil
}
