// Package api declares an envelope and a product code, exported, and
// an unexported constant of the same value, which other packages see
// only when loaded from source (under -follow-functions).
package api

type Response struct {
	Code     int
	CodeDesc string
}

// CodeBusy is a product's code.
const CodeBusy = 28004

const busyInternal = 28004

// Busy reports whether r is busy.
func Busy(r Response) bool { return r.Code == busyInternal }

// CodeOther is a product's code that package user compares only with
// what a function returns.
const CodeOther = 28007
