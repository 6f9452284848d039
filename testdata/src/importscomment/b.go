package importscomment

import "strings" /* a comment
over two lines */

func _(r Response) bool {
	return r.Code == 4200 && strings.ToUpper(r.CodeDesc) != "" // want `use tccode.RequestExpired`
}
