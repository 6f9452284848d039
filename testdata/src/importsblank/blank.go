// Package importsblank has a blank import of tccode in a block: the new
// import goes before it, where gofmt sorts it.
package importsblank

import (
	"fmt"

	_ "github.com/tccodelint/tccodelint/tccode"
)

type Response struct {
	Code     int
	CodeDesc string
}

func _(r Response) {
	if r.Code == 4100 { // want `use tccode.AuthenticationFailed`
		fmt.Println()
	}
}
