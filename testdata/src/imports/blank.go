package imports

import _ "github.com/tccodelint/tccodelint/tccode"

func _(r Response) bool {
	return r.Code == 6200 // want `use tccode.APIUnavailable`
}
