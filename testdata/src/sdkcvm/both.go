package sdkcvm

import (
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"

	"github.com/tccodelint/tccodelint/tccode"
)

// The file imports tccode and cvm, both of which name InternalError:
// cvm wins, a product package of the SDK whose error holds the code.
func _(e *sdkerrors.TencentCloudSDKError) bool {
	return e.Code == "InternalError" || e.Code == cvm.INVALIDPARAMETER || e.Code == tccode.V3LimitExceeded // want `use cvm.INTERNALERROR`
}
