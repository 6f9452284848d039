package importsclash

import "strings"

func _(r Response) bool {
	tccode2 := strings.ToUpper(r.CodeDesc)
	return r.Code == 4100 && tccode2 != "" // want `use tccode3.AuthenticationFailed`
}
