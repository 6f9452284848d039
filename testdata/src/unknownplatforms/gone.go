// Package unknownplatforms has a function and helper callers that
// differ by platform: on linux, cleanup calls cvm; elsewhere, lb (a
// wrapper of clb). A clb code is known nowhere, but may arrive on some
// platforms, so it is reported unknown on none.
package unknownplatforms

import (
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

func _() bool {
	e, ok := cleanup().(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "InvalidParameter.LBIdNotFound" // want `magic TencentCloud code "InvalidParameter.LBIdNotFound"; name it with a constant`
}

// isGone's callers in this file give it cvm's errors; the files for
// other platforms may give it others.
func isGone(err error) bool {
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "InvalidParameter.LBIdNotFound" // want `magic TencentCloud code "InvalidParameter.LBIdNotFound"; name it with a constant`
}

func _(c *cvm.Client) bool {
	_, err := c.DescribeInstances(nil)
	return isGone(err)
}
