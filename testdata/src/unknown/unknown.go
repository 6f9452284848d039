// Package unknown compares version 3 codes with values that the SDK
// product packages it imports (cvm, clb) do not define: such a branch
// never runs.
package unknown

import (
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

// gone is a code of VPC, which the package does not import.
const gone = "InvalidVpcId.NotFound"

func _(e *sdkerrors.TencentCloudSDKError) bool {
	if e.Code == "InvalidInstanceId.NotFund" { // want `^unknown TencentCloud code "InvalidInstanceId.NotFund": no imported SDK package defines it \(clb, cvm\); did you mean "InvalidInstanceId.NotFound"\?$`
		return true
	}
	if e.GetCode() == "InvalidParameterValue.LBIdNotFound" { // want `unknown TencentCloud code "InvalidParameterValue.LBIdNotFound": .*; did you mean "InvalidParameter.LBIdNotFound"\?`
		return true
	}
	if e.Code == gone { // want `^unknown TencentCloud code "InvalidVpcId.NotFound": no imported SDK package defines it \(clb, cvm\)$`
		return true
	}
	switch e.Code {
	case "Completely.Invented.Thing": // want `^unknown TencentCloud code "Completely.Invented.Thing": no imported SDK package defines it \(clb, cvm\)$`
		return true
	case "FailedOperation.ResourceInOperating": // want `magic TencentCloud code "FailedOperation.ResourceInOperating"; name it with a constant`
		return true
	case "InternalError": // want `magic TencentCloud code "InternalError" .*; use cvm.INTERNALERROR`
		return true
	case cvm.INVALIDINSTANCEID_NOTFOUND, "ClientError.NetworkError": // want `magic TencentCloud code "ClientError.NetworkError"`
		return false
	}
	return false
}

// A table of codes with a typo in it.
var retryable = map[string]bool{
	"RequestLimitExceeded": true, // want `magic TencentCloud code "RequestLimitExceeded"`
	"InternalEror":         true, // want `unknown TencentCloud code "InternalEror": .*; did you mean "InternalError"\?`
}

func _(e *sdkerrors.TencentCloudSDKError) bool {
	switch e.Code {
	case "MyApp.NotFound": // want `^unknown TencentCloud code "MyApp.NotFound": no imported SDK package defines it \(clb, cvm\)$`
	case "ResourceNotFound.Nothing": // want `^unknown TencentCloud code "ResourceNotFound.Nothing": no imported SDK package defines it \(clb, cvm\)$`
	case "internalerror": // want `did you mean "InternalError"\?`
	}
	return retryable[e.Code]
}

// Near misses: none of these is reported.
func _(e *sdkerrors.TencentCloudSDKError, s string) bool {
	return e.Message == "Invented.Code" || s == "Invented.Code" || e.Code < "Invented" || e.Code == ""
}

// The SDK's own codes are known: magic, not unknown.
func _(e *sdkerrors.TencentCloudSDKError) bool {
	return e.Code == "ClientError" || e.Code == "ClientError.BuildRequestError" // want `magic TencentCloud code "ClientError";` `magic TencentCloud code "ClientError.BuildRequestError";`
}
