// Package sdkintl compares the codes of the international SDK's error,
// and imports the same product from both SDKs: a fix takes the constant
// of the SDK whose error holds the code.
package sdkintl

import (
	"errors"

	intl "github.com/tencentcloud/tencentcloud-sdk-go-intl-en/tencentcloud/common/errors"
	cvmintl "github.com/tencentcloud/tencentcloud-sdk-go-intl-en/tencentcloud/cvm/v20170312"
	official "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

func _(err error) bool {
	if e, ok := errors.AsType[*intl.TencentCloudSDKError](err); ok {
		return e.GetCode() == "InternalError" || e.Code == "LimitExceeded" // want `use cvmintl.INTERNALERROR` `use cvmintl.LIMITEXCEEDED`
	}
	if e, ok := errors.AsType[*official.TencentCloudSDKError](err); ok {
		return e.GetCode() == "InternalError" // want `use cvm.INTERNALERROR`
	}
	return false
}

// Near misses: another error type's code, a message.
type otherError struct{ Code string }

func _(e *otherError, i *intl.TencentCloudSDKError) bool {
	return e.Code == "InternalError" || i.Message == "InternalError"
}

var _, _ = cvmintl.INVALIDINSTANCEID_NOTFOUND, cvm.INVALIDPARAMETER
