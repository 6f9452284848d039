package productcodes

import "example.com/tctest/productcodes/api"

// The fix for a constant of the envelope's package reuses its import...
func _(r *api.Response) bool {
	return r.Code != 28004 // want `use api.ErrVPCQuotaExceeded`
}
