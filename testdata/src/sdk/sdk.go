// Package sdk compares the official SDK's version 3 string codes.
package sdk

import (
	"errors"
	"strings"

	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
)

// errBusy names a code in this package: fixes use it first.
const errBusy = "ResourceInUse"

func _(err error) bool {
	var e *sdkerrors.TencentCloudSDKError
	if !errors.As(err, &e) {
		return false
	}
	if e.Code == "InternalError" { // want `magic TencentCloud code "InternalError" \(an error occurred inside the server\); use tccode.V3InternalError`
		return true
	}
	if e.GetCode() == "AuthFailure.SignatureExpire" { // want `code "AuthFailure.SignatureExpire" \(the signature expired: .*\); use tccode.V3AuthFailureSignatureExpire`
		return false
	}
	switch e.GetCode() {
	case "RequestLimitExceeded", "ClientError.NetworkError": // want `code "RequestLimitExceeded" \(the request rate is over the limit\); use tccode.V3RequestLimitExceeded` `use tccode.V3ClientErrorNetworkError`
		return true
	case "ResourceInUse": // want `code "ResourceInUse" \(the resource is in use\); use errBusy`
		return true
	case "FailedOperation.SnapshotBusy": // want `code "FailedOperation.SnapshotBusy"; name it with a constant \(snapshotBusyLabel has this value, but nothing here uses it as a code\)$`
		return true
	}
	code := e.GetCode()
	if "LimitExceeded" != code { // want `use tccode.V3LimitExceeded`
		return false
	}
	if se, ok := errors.AsType[*sdkerrors.TencentCloudSDKError](err); ok && se.Code != "ResourceNotFound" { // want `use tccode.V3ResourceNotFound`
		return false
	}
	return e.Code == errBusy
}

// Near misses: none of these is reported.

// AppError has a string Code of its own: not the SDK's.
type AppError struct {
	Code    string
	Message string
}

func _(e *sdkerrors.TencentCloudSDKError, a AppError) bool {
	return e.Message == "InternalError" || e.RequestId == "InternalError" ||
		strings.HasPrefix(e.Code, "AuthFailure") || strings.HasPrefix(e.GetCode(), "RequestLimitExceeded.") ||
		e.Code < "B" || e.Code == "" ||
		a.Code == "InternalError" ||
		e.Error() == "InternalError" ||
		string(e.Code[0]) == "I"
}

// Constants of a code's value that nothing uses as a code: not
// reported, and no fix uses them.
const (
	fallback          = "InternalError"
	snapshotBusyLabel = "FailedOperation.SnapshotBusy"
)
