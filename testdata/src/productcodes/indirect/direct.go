package indirect

import "example.com/tctest/productcodes/api"

// Another file of the package imports api, so its constants count.
var _ = api.Response{}

// The package uses api.ErrVPCQuotaExceeded as a code.
var _ = api.Response{Code: api.ErrVPCQuotaExceeded}
