package importscomment

import "fmt"; var _ = fmt.Sprint

func _(r Response) bool {
	return r.Code == 4300 // want `use tccode.AccessDenied`
}
