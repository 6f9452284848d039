// Package codefields is analyzed with
// -code-fields=example.com/tctest/codefields/api.Result.RetCode,example.com/tctest/codefields/api.Status.Code
package codefields

import "example.com/tctest/codefields/api"

func _(r api.Result, w *api.Wrapped, o api.Other, s api.Status) {
	if r.RetCode == 4000 { // want `code 4000 \(invalid request parameter\)`
	}
	if w.RetCode == 4100 { // want `code 4100 \(authentication failed\)`
	}
	if w.Result.RetCode == 4200 { // want `code 4200 \(request expired\)`
	}
	if s.Code == 4300 { // want `code 4300 \(access denied\)`
	}
	if o.RetCode == 4000 { // not named
	}
	_ = api.Result{RetCode: 5400} // want `code 5400 \(partially executed\)`
}
