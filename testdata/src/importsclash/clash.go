// Package importsclash declares tccode at package level, so no file of
// it can import a package under that name.
package importsclash

type Response struct {
	Code     int
	CodeDesc string
}

var tccode = "taken"

func _(r Response) bool {
	return r.Code == 4000 && tccode != "" // want `use tccode2.InvalidParameter`
}
