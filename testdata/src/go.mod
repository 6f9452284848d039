module example.com/tctest

go 1.26.0

require (
	github.com/tccodelint/tccodelint v0.0.0
	golang.org/x/tools v0.52.0
)

replace github.com/tccodelint/tccodelint => ../..

require (
	github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common v1.3.211
	github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm v1.0.900
)
