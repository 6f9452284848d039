// Package unknownnone imports no SDK product package: its errors may be
// any product's, and no code is reported unknown.
package unknownnone

import (
	"errors"

	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common"
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/profile"
)

func _(credential *common.Credential) bool {
	client := common.NewCommonClient(credential, "ap-guangzhou", profile.NewClientProfile())
	err := client.Send(nil, nil)
	var e *sdkerrors.TencentCloudSDKError
	return errors.As(err, &e) && e.Code == "Completely.Invented.Thing" // want `magic TencentCloud code "Completely.Invented.Thing"; name it with a constant`
}
