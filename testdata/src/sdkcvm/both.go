package sdkcvm

import (
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"

	"github.com/tccodelint/tccodelint/tccode"
)

// The file imports tccode and cvm, both of which name InternalError:
// the first in order of import path wins, tccode.
func _(e *sdkerrors.TencentCloudSDKError) bool {
	return e.Code == "InternalError" || e.Code == cvm.INVALIDPARAMETER || e.Code == tccode.V3LimitExceeded // want `use tccode.V3InternalError`
}
