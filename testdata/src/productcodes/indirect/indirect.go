package indirect

import "example.com/tctest/productcodes/shared"

func _() bool {
	return shared.Fetch().Code == 28004 // want `use api.ErrVPCQuotaExceeded`
}
