// Package unknown compares version 3 codes with values that the SDK
// product packages it imports (cvm, clb) do not define, on errors that
// can only come from those packages' calls: such a branch never runs.
package unknown

import (
	"errors"
	"fmt"

	clb "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/clb/v20180317"
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

// gone is a code of VPC, which the package does not import.
const gone = "InvalidVpcId.NotFound"

// An error asserted from a call of cvm's client.
func describe(c *cvm.Client) bool {
	_, err := c.DescribeInstances(cvm.NewDescribeInstancesRequest())
	if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok {
		if e.Code == "InvalidInstanceId.NotFund" { // want `^unknown TencentCloud code "InvalidInstanceId.NotFund": no imported SDK package defines it \(clb, cvm\); did you mean "InvalidInstanceId.NotFound"\?$`
			return true
		}
		if e.Code == gone { // want `^unknown TencentCloud code "InvalidVpcId.NotFound": no imported SDK package defines it \(clb, cvm\)$`
			return true
		}
	}
	return false
}

// errors.As, a getter, and a code with another prefix.
func balancers(c *clb.Client) bool {
	resp, err := c.DescribeLoadBalancers(clb.NewDescribeLoadBalancersRequest())
	var e *sdkerrors.TencentCloudSDKError
	if errors.As(err, &e) && e.GetCode() == "InvalidParameterValue.LBIdNotFound" { // want `unknown TencentCloud code "InvalidParameterValue.LBIdNotFound": .*; did you mean "InvalidParameter.LBIdNotFound"\?`
		return true
	}
	return resp != nil
}

// A type switch on an error that either product's call returns, and
// wrapped on the way.
func either(c *cvm.Client, l *clb.Client, first bool) bool {
	var err error
	if first {
		_, err = c.DescribeInstances(cvm.NewDescribeInstancesRequest())
	} else {
		_, err = l.DescribeLoadBalancers(clb.NewDescribeLoadBalancersRequest())
	}
	err = fmt.Errorf("listing: %w", err)
	switch e := errors.Unwrap(err).(type) {
	case *sdkerrors.TencentCloudSDKError:
		switch e.Code {
		case "Completely.Invented.Thing": // want `^unknown TencentCloud code "Completely.Invented.Thing": no imported SDK package defines it \(clb, cvm\)$`
			return true
		case "FailedOperation.ResourceInOperating": // want `magic TencentCloud code "FailedOperation.ResourceInOperating"; use clb.FAILEDOPERATION_RESOURCEINOPERATING`
			return true
		case "InternalError": // want `magic TencentCloud code "InternalError" .*; use clb.INTERNALERROR`
			return true
		case cvm.INVALIDINSTANCEID_NOTFOUND, "ClientError.NetworkError": // want `magic TencentCloud code "ClientError.NetworkError"`
			return false
		case "ClientError": // want `magic TencentCloud code "ClientError";`
		case "ClientError.BuildRequestError": // want `magic TencentCloud code "ClientError.BuildRequestError";`
		}
	}
	return false
}

// A table of codes with a typo in it.
var retryable = map[string]bool{
	"RequestLimitExceeded": true, // want `magic TencentCloud code "RequestLimitExceeded"`
	"InternalEror":         true, // want `unknown TencentCloud code "InternalEror": .*; did you mean "InternalError"\?`
}

// A helper that only the package calls, with cvm's errors: they are its
// errors' sources.
func isGone(err error) bool {
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	if !ok {
		return false
	}
	switch e.Code {
	case "MyApp.NotFound": // want `^unknown TencentCloud code "MyApp.NotFound": no imported SDK package defines it \(clb, cvm\)$`
	case "ResourceNotFound.Nothing": // want `^unknown TencentCloud code "ResourceNotFound.Nothing": no imported SDK package defines it \(clb, cvm\)$`
	case "internalerror": // want `did you mean "InternalError"\?`
	}
	return retryable[e.Code]
}

// instances returns cvm's errors, and nil, and errors of its own.
func instances(c *cvm.Client, ids []string) error {
	if len(ids) == 0 {
		return errors.New("no instances")
	}
	if _, err := c.DescribeInstances(cvm.NewDescribeInstancesRequest()); err != nil {
		return err
	}
	return nil
}

func _(c *cvm.Client) {
	if err := instances(c, nil); isGone(err) {
		return
	}
	_ = isGone(instances(c, []string{"ins-1"}))
}

// An interface of the package's own, with cvm's types in its method:
// cvm's client, or a fake of it, returns cvm's errors.
type instanceAPI interface {
	DescribeInstances(*cvm.DescribeInstancesRequest) (*cvm.DescribeInstancesResponse, error)
}

func _(api instanceAPI) bool {
	_, err := api.DescribeInstances(cvm.NewDescribeInstancesRequest())
	var e *sdkerrors.TencentCloudSDKError
	return errors.As(err, &e) && e.Code == "InvalidInstanceId.Malformd" // want `did you mean "InvalidInstanceId.Malformed"\?`
}

// A method value, called later.
func _(c *cvm.Client) bool {
	describe := c.DescribeInstances
	_, err := describe(nil)
	return err.(*sdkerrors.TencentCloudSDKError).Code == "InvalidInstanceId.NotFond" // want `did you mean "InvalidInstanceId.NotFound"\?`
}

// A named result is given what every return statement gives it.
func named(c *cvm.Client) (resp *cvm.DescribeInstancesResponse, err error) {
	if resp, err = c.DescribeInstances(nil); err != nil {
		return
	}
	return resp, nil
}

func _(c *cvm.Client) bool {
	_, err := named(c)
	var e *sdkerrors.TencentCloudSDKError
	return errors.As(err, &e) && e.Code == "InvalidInstanceId.NotFoud" // want `unknown TencentCloud code "InvalidInstanceId.NotFoud": .*; did you mean "InvalidInstanceId.NotFound"\?`
}

// errors.AsType, Go 1.26's generic errors.As.
func _(c *cvm.Client) bool {
	_, err := c.DescribeInstances(nil)
	e, ok := errors.AsType[*sdkerrors.TencentCloudSDKError](err)
	return ok && e.Code == "InvalidInstanceId.NotFoud" // want `unknown TencentCloud code "InvalidInstanceId.NotFoud"`
}

// A fake of the SDK's error without a code, and an error that wraps
// nothing, come from no product.
type plain struct{}

func (plain) Error() string { return "plain" }

func _(c *cvm.Client, fake bool) bool {
	var err error
	switch {
	case fake:
		err = &sdkerrors.TencentCloudSDKError{Message: "fake"}
	case c == nil:
		err = plain{}
	default:
		_, err = c.DescribeInstances(nil)
	}
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "InvalidInstanceId.NotFoud" // want `unknown TencentCloud code "InvalidInstanceId.NotFoud"`
}

// The gateway's and CAM's sub-codes, which the products' errors.go do
// not all list, are reported as typos only.
func _(c *cvm.Client) bool {
	_, err := c.DescribeInstances(nil)
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && (e.Code == "UnauthorizedOperation.CamNoAuth" || // want `magic TencentCloud code "UnauthorizedOperation.CamNoAuth"; name it with a constant`
		e.Code == "AuthFailure.SignatureExpird" || // want `unknown TencentCloud code "AuthFailure.SignatureExpird": .*; did you mean "AuthFailure.SignatureExpire"\?`
		e.Code == "UnauthorizedOperation.MFANotFond") // want `did you mean "UnauthorizedOperation.MFANotFound"\?`
}

// Near misses: none of these is reported unknown.
func _(c *cvm.Client, s string) bool {
	_, err := c.DescribeInstances(nil)
	e := err.(*sdkerrors.TencentCloudSDKError)
	return e.Message == "Invented.Code" || s == "Invented.Code" || e.Code < "Invented" || e.Code == ""
}
