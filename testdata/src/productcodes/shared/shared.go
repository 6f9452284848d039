// Package shared reaches the api envelope through another package, so
// the fix must import api itself.
package shared

import "example.com/tctest/productcodes/api"

func Fetch() api.Response { return api.Response{} }
