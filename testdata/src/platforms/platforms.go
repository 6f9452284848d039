// Package platforms has fixes that must build on every platform: a
// file for windows declares the name tccode, and a product constant of
// the envelope's package is declared for linux only.
package platforms

import "example.com/tctest/platforms/api"

func _(r api.Response) bool {
	return r.Code == 4100 // want `use tccode2.AuthenticationFailed`
}

func _(r api.Response) bool {
	return r.Code == 28004 // want `magic TencentCloud code 28004, a product-specific code outside the common table; name it with a constant`
}

func _(r api.Response) bool {
	return r.Code == 28001 // want `use api.CodeQuota`
}

func _(r api.Response) bool {
	return r.Code == 28006 // want `code 28006, a product-specific code outside the common table; name it with a constant`
}

// The package uses api.CodeQuota as a code: it is the fix of 28001.
func _(r api.Response) bool { return r.Code == api.CodeQuota }

// codeLimit's value is worked out from a constant of another value on
// other platforms: naming it in place of 29001 would mean 31001 there.
// codeSpare's is the same everywhere.
const (
	spareBase = 29100
	codeLimit = quotaBase + 1
	codeSpare = spareBase + 2
)

func _(r api.Response) bool {
	return r.Code == codeLimit || r.Code == codeSpare
}

func _(r api.Response) bool {
	return r.Code == 29001 // want `magic TencentCloud code 29001, a product-specific code outside the common table; name it with a constant$`
}

func _(r api.Response) bool {
	return r.Code == 29102 // want `use codeSpare`
}

// Another package's constant worked out from others, and one of this
// package worked out from it: neither is a fix.
const codeOver = api.CodeLimit + 1

func _(r api.Response) bool {
	return r.Code == api.CodeLimit || r.Code == codeOver
}

func _(r api.Response) bool {
	return r.Code == 27001 // want `magic TencentCloud code 27001, a product-specific code outside the common table; name it with a constant$`
}

func _(r api.Response) bool {
	return r.Code == 27002 // want `magic TencentCloud code 27002, a product-specific code outside the common table; name it with a constant$`
}

// Conversions and iota keep a value the same everywhere.
type Kind int

const (
	kindA = Kind(iota + 29700)
	kindB
	kindC = int(29600 + 2)
)

func _(r api.Response) bool {
	return r.Code == int(kindB) || r.Code == kindC
}

func _(r api.Response) bool {
	return r.Code == 29602 // want `use kindC`
}
