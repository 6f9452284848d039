// Package linedirective has //line directives, which rename lines: the
// fixes must still edit the file's own lines (a regression: they once
// panicked, and put an import inside a function).
package linedirective

import "errors"

type Response struct {
	Code     int
	CodeDesc string
}

//line gen.tmpl:100
func f(r Response) error {
	//tccodelint:ignore known
	if r.Code == 5400 {
		return errors.New("partial")
	}
	switch r.Code {
	case 4000: // a
	case 4100: // bb
	}
	return nil
}

//line gen.tmpl:1
func g(r Response) bool {
	return r.Code == 4200 // c
}
