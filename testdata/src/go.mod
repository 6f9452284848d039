module example.com/tctest

go 1.26.0

require (
	github.com/tccodelint/tccodelint v0.0.0
	golang.org/x/tools v0.52.0
)

replace github.com/tccodelint/tccodelint => ../..

// The international SDK, which the module proxy does not serve here: a
// stand-in of the parts the tests need.
replace github.com/tencentcloud/tencentcloud-sdk-go-intl-en => ../sdkintl

require (
	github.com/tencentcloud/tencentcloud-sdk-go-intl-en v0.0.0
	github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/clb v1.0.900
	github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common v1.3.211
	github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm v1.0.900
)
