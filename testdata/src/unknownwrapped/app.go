// Package unknownwrapped imports cvm, but handles errors of clb's calls
// too, which a package of its own makes for it: clb's codes are not
// reported unknown here, though cvm does not define them.
package unknownwrapped

import (
	"errors"

	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"

	"example.com/tctest/unknownwrapped/lb"
)

// An error from another package's function may be any product's.
func deleted(id string) bool {
	err := lb.Delete(id)
	var e *sdkerrors.TencentCloudSDKError
	return errors.As(err, &e) && e.Code == "InvalidParameter.LBIdNotFound" // want `magic TencentCloud code "InvalidParameter.LBIdNotFound"; name it with a constant`
}

// clb's client, reached through lb: the package does not import clb,
// and what lb's export data holds of clb is not all of it.
func described() bool {
	_, err := lb.Client().DescribeLoadBalancers(lb.Request())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "InvalidParameter.LBIdNotFound" // want `magic TencentCloud code "InvalidParameter.LBIdNotFound"; name it with a constant`
}

// A helper that the package calls with both: silent, since one source
// is unknown.
func gone(err error) bool {
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "InvalidParameter.LBIdNotFound" // want `magic TencentCloud code "InvalidParameter.LBIdNotFound"; name it with a constant`
}

func _(c *cvm.Client) bool {
	_, err := c.DescribeInstances(nil)
	return gone(err) || gone(lb.Delete("lb-1"))
}

// cvm's own call is judged.
func _(c *cvm.Client) bool {
	_, err := c.DescribeInstances(nil)
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "InvalidParameter.LBIdNotFound" // want `unknown TencentCloud code "InvalidParameter.LBIdNotFound": no imported SDK package defines it \(cvm\)`
}

// A decorator of cvm's client that lb's errors may come from, which a
// client-shaped interface may hold.
type instanceAPI interface {
	DescribeInstances(*cvm.DescribeInstancesRequest) (*cvm.DescribeInstancesResponse, error)
}

type guarded struct{ *cvm.Client }

func (g guarded) DescribeInstances(r *cvm.DescribeInstancesRequest) (*cvm.DescribeInstancesResponse, error) {
	if err := lb.Delete("lb-1"); err != nil {
		return nil, err
	}
	return g.Client.DescribeInstances(r)
}

func _(api instanceAPI) bool {
	_, err := api.DescribeInstances(nil)
	var e *sdkerrors.TencentCloudSDKError
	return errors.As(err, &e) && e.Code == "InvalidParameter.LBIdNotFound" // want `magic TencentCloud code "InvalidParameter.LBIdNotFound"; name it with a constant`
}
