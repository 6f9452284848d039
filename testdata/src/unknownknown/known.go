// Package unknownknown is analyzed with -known-codes=FailedOperation.Undocumented:
// a real code that no SDK package defines is known.
package unknownknown

import (
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

func _(c *cvm.Client) bool {
	_, err := c.DescribeInstances(nil)
	e := err.(*sdkerrors.TencentCloudSDKError)
	return e.Code == "FailedOperation.Undocumented" || // want `magic TencentCloud code "FailedOperation.Undocumented"; name it with a constant`
		e.Code == "FailedOperation.Undocumentd" || //tccodelint:ignore a code the API returns that no one documents
		e.Code == "FailedOperation.Undocumentd2" // want `unknown TencentCloud code "FailedOperation.Undocumentd2"`
}
