package unknown

import (
	"io"
	"strings"

	clb "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/clb/v20180317"
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

// A code of clb, which another file imports, is known in this one too.
func _(c *cvm.Client) bool {
	_, err := c.DescribeInstances(nil)
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "InvalidParameter.LBIdNotFound" // want `magic TencentCloud code "InvalidParameter.LBIdNotFound"; use clb.INVALIDPARAMETER_LBIDNOTFOUND`
}

// Where the error may come from elsewhere, another product's codes may
// arrive: nothing is reported unknown.

// An exported helper: any package may call it, with any error.
func IsGone(err error) bool {
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "InvalidVpcId.Gone" // want `magic TencentCloud code "InvalidVpcId.Gone"; name it with a constant`
}

// A parameter of a function that nothing in the package calls.
func _(e *sdkerrors.TencentCloudSDKError) bool {
	return e.Code == "InvalidVpcId.Gone" // want `magic TencentCloud code "InvalidVpcId.Gone"; name it with a constant`
}

// A fake built in place stands for no product's error.
var fake = &sdkerrors.TencentCloudSDKError{Code: "Made.Up"} // want `magic TencentCloud code "Made.Up"; name it with a constant`

func _() bool {
	e := &sdkerrors.TencentCloudSDKError{}
	e.Code = "Made.Up"                  // want `magic TencentCloud code "Made.Up"; name it with a constant`
	return fake.Code == "Made.Up.Again" // want `magic TencentCloud code "Made.Up.Again"; name it with a constant`
}

// A closure's parameter, and a call through a variable of another
// signature.
func _(c *cvm.Client, call func() error) {
	check := func(err error) bool {
		e, ok := err.(*sdkerrors.TencentCloudSDKError)
		return ok && e.Code == "InvalidVpcId.Gone" // want `magic TencentCloud code "InvalidVpcId.Gone"; name it with a constant`
	}
	_, err := c.DescribeInstances(nil)
	_ = check(err)
	e, ok := call().(*sdkerrors.TencentCloudSDKError)
	_ = ok && e.Code == "InvalidVpcId.Gone" // want `magic TencentCloud code "InvalidVpcId.Gone"; name it with a constant`
}

// An error that either cvm's call or a reader of any kind gives.
func _(c *cvm.Client, r io.Reader) bool {
	_, err := c.DescribeInstances(nil)
	if err == nil {
		_, err = r.Read(nil)
	}
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "InvalidVpcId.Gone" // want `magic TencentCloud code "InvalidVpcId.Gone"; name it with a constant`
}

// A prefix test says nothing of whole codes.
func _(c *clb.Client) bool {
	_, err := c.DescribeLoadBalancers(nil)
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && strings.HasPrefix(e.Code, "InvalidVpcId.")
}
