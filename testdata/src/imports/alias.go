package imports

import tc "github.com/tccodelint/tccodelint/tccode"

func _(r Response) bool {
	if r.Code == 4100 { // want `use tc.AuthenticationFailed`
		return false
	}
	return r.Code == tc.Success
}
