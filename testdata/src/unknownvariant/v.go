// Package unknownvariant imports clb in its tests only: the tests know
// clb's codes, its other files do not, in the package and in its test
// variant alike.
package unknownvariant

import (
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

func gone(c *cvm.Client) bool {
	_, err := c.DescribeInstances(nil)
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "InvalidParameter.LBIdNotFound" // want `unknown TencentCloud code "InvalidParameter.LBIdNotFound": no imported SDK package defines it \(cvm\)`
}
