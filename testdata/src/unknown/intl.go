package unknown

import (
	intl "github.com/tencentcloud/tencentcloud-sdk-go-intl-en/tencentcloud/common/errors"
	intlcvm "github.com/tencentcloud/tencentcloud-sdk-go-intl-en/tencentcloud/cvm/v20170312"
)

// The international SDK's error and product packages count alike.
func _(c *intlcvm.Client) bool {
	_, err := c.DescribeInstances(nil)
	e, ok := err.(*intl.TencentCloudSDKError)
	return ok && e.Code == "InvalidInstanceId.NotFond" // want `unknown TencentCloud code "InvalidInstanceId.NotFond": no imported SDK package defines it \(clb, cvm\); did you mean "InvalidInstanceId.NotFound"\?`
}
