// Package errors is a stand-in for the international SDK's package of
// the same path: the error that carries a version 3 code.
package errors

import "fmt"

// TencentCloudSDKError is the error of a failed call.
type TencentCloudSDKError struct {
	Code      string
	Message   string
	RequestId string
}

func (e *TencentCloudSDKError) Error() string {
	return fmt.Sprintf("[TencentCloudSDKError] Code=%s, Message=%s, RequestId=%s", e.Code, e.Message, e.RequestId)
}

// GetCode returns the error's code.
func (e *TencentCloudSDKError) GetCode() string { return e.Code }

// GetMessage returns the error's message.
func (e *TencentCloudSDKError) GetMessage() string { return e.Message }
