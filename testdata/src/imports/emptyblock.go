package imports

import ()

// An empty import block: the fix adds a declaration after it.
func _(r Response) bool {
	return r.Code == 5100 // want `use tccode.ResourceOperationFailed`
}
