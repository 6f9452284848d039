// Package user gets the same fix however api was loaded: only what a
// fix could refer to, api's exported constants, counts.
package user

import "example.com/tctest/loading/api"

func _(r api.Response) bool {
	return r.Code == 28004 // want `use api.CodeBusy`
}

// IsBusy names the code: the package uses api.CodeBusy as a code, so
// it is the fix above.
func IsBusy(r api.Response) bool { return r.Code == api.CodeBusy }

// codeOf returns r's code: only -follow-functions knows its result for
// a code.
func codeOf(r api.Response) int { return r.Code }

// Only a call of codeOf is compared with api.CodeOther: no use as a code
// with -follow-functions either, so that the fix is the same either way.
func _(r api.Response) bool { return codeOf(r) == api.CodeOther }

func _(r api.Response) bool {
	return r.Code == 28007 // want `name it with a constant \(api.CodeOther has this value, but nothing here uses it as a code\)`
}
