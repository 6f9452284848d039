package unknown

import (
	intl "github.com/tencentcloud/tencentcloud-sdk-go-intl-en/tencentcloud/common/errors"
	_ "github.com/tencentcloud/tencentcloud-sdk-go-intl-en/tencentcloud/cvm/v20170312"
)

// The international SDK's error and product packages count alike.
func _(e *intl.TencentCloudSDKError) bool {
	return e.Code == "InvalidInstanceId.NotFond" // want `unknown TencentCloud code "InvalidInstanceId.NotFond": no imported SDK package defines it \(clb, cvm\); did you mean "InvalidInstanceId.NotFound"\?`
}
