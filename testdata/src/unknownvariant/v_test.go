package unknownvariant

import (
	"testing"

	clb "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/clb/v20180317"
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

func TestCodes(t *testing.T) {
	var c cvm.Client
	_, err := c.DescribeInstances(nil)
	if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok && e.Code == "InvalidParameter.LBIdNotFound" { // want `magic TencentCloud code "InvalidParameter.LBIdNotFound"; use clb.INVALIDPARAMETER_LBIDNOTFOUND`
		t.Fatal(clb.INTERNALERROR)
	}
	if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok && e.Code == "InvalidParameter.LBIdNotFund" { // want `unknown TencentCloud code "InvalidParameter.LBIdNotFund": no imported SDK package defines it \(clb, cvm\); did you mean "InvalidParameter.LBIdNotFound"\?`
		t.Fatal(gone(&c))
	}
}
