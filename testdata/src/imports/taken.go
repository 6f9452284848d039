package imports

import (
	"fmt"

	tccode "example.com/tctest/other"
)

func _(r Response) {
	if r.Code == 5400 { // want `use tccode2.PartiallyExecuted`
		fmt.Println(tccode.Limit)
	}
}
