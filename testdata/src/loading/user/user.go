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
