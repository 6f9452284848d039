// Package sdkcvm imports the SDK's CVM package, whose errors.go names
// the codes: fixes use its constants.
package sdkcvm

import (
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

func _(e *sdkerrors.TencentCloudSDKError) bool {
	switch e.Code {
	case "InternalError": // want `code "InternalError" \(an error occurred inside the server\); use cvm.INTERNALERROR`
		return true
	case "FailedOperation.IllegalTagKey": // want `code "FailedOperation.IllegalTagKey"; use cvm.FAILEDOPERATION_ILLEGALTAGKEY`
		return false
	case "AuthFailure.SignatureExpire": // want `use tccode.V3AuthFailureSignatureExpire`
		return false
	}
	return e.Code == cvm.INVALIDPARAMETER
}
