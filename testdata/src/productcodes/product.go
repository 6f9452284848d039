package productcodes

import (
	"example.com/tctest/productcodes/api"
)

func _(r api.Response, l Local, t Typed) {
	if r.Code == 28004 { // want `code 28004, a product-specific code outside the common table; use api.ErrVPCQuotaExceeded`
	}
	if r.Code == 28005 { // want `code 28005, a product-specific code outside the common table; name it with a constant`
	}
	if r.Code == 7001 { // want `code 7001, a product-specific code outside the common table; name it with a constant`
	}
	if r.Code == 7002 { // want `code 7002, .*; name it with a constant`
	}
	if l.Code == 29001 { // want `code 29001, .*; use codeBandwidthLimit`
	}
	if l.Code == 29002 { // want `code 29002, .*; name it with a constant`
	}
	if t.Code == 29003 { // want `code 29003, .*; use kindCapacity`
	}
	if t.Code == 29004 { // want `code 29004, .*; use untypedCapacity`
	}
	if r.Code == 29003 { // want `code 29003, .*; name it with a constant`
	}
	if r.Code == 29000 { // want `code 29000, .*; name it with a constant`
	}
	if l.Code == 29005 { // want `code 29005, .*; name it with a constant`
	}
	if l.Code == 29006 { // want `code 29006, .*; name it with a constant`
	}
	if l.Code == 29008 { // want `code 29008, .*; name it with a constant \(defaultPort has this value, but nothing here uses it as a code\)`
	}
	if l.Code == 29009 { // want `code 29009, .*; name it with a constant \(codeTestUsed has this value, but nothing here uses it as a code\)`
	}
	codeBandwidthLimit := "shadowed"
	if l.Code == 29001 && codeBandwidthLimit != "" { // want `code 29001, .*; name it with a constant`
	}
}

// The package uses these constants as codes: they are the fixes above.
// A constant of a code's value that nothing uses as a code (defaultPort)
// is not a fix; nor, outside the tests, is one that only the tests use
// as a code (codeTestUsed).
func _(r *api.Response, l *Local, t *Typed) {
	r.Code = api.ErrVPCQuotaExceeded
	*l = Local{Code: codeBandwidthLimit}
	_ = t.Code == untypedCapacity
	_ = defaultPort
}
