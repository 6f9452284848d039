package unknownvariant

import (
	"testing"

	clb "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/clb/v20180317"
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
)

func TestCodes(t *testing.T) {
	var e sdkerrors.TencentCloudSDKError
	if e.Code == "InvalidParameter.LBIdNotFound" { // want `magic TencentCloud code "InvalidParameter.LBIdNotFound"; use clb.INVALIDPARAMETER_LBIDNOTFOUND`
		t.Fatal(clb.INTERNALERROR)
	}
}
