package indirect

import "example.com/tctest/productcodes/api"

// Another file of the package imports api, so its constants count.
var _ = api.Response{}
