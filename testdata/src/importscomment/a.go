package importscomment /* a comment
over two lines */

type Response struct {
	Code     int
	CodeDesc string
}

func _(r Response) bool {
	return r.Code == 4100 // want `use tccode.AuthenticationFailed`
}
