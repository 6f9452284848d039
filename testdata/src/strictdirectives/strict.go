// Package strictdirectives is analyzed with -strict-directives.
package strictdirectives

type Response struct {
	Code     int
	CodeDesc string
}

func _(r *Response) bool {
	//tccodelint:ignore nothing to silence below // want `//tccodelint:ignore directive silences nothing; remove it`
	ok := r.Code == 0
	return ok || r.Code == 4100 //tccodelint:ignore used
}
