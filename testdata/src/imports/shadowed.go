package imports

import "github.com/tccodelint/tccodelint/tccode"

func _(r Response) bool {
	if r.Code == 5200 { // want `use tccode.ResourcePurchaseFailed`
		return r.Code != tccode.Success
	}
	tccode := r.Message                   // shadows the import: no fix, which would import tccode twice
	return tccode == "" && r.Code == 5300 // want `use tccode.InsufficientBalance`
}
