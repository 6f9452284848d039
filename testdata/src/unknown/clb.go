package unknown

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	clb "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/clb/v20180317"
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

// A code of clb, which another file imports, is known in this one too.
func _(c *cvm.Client) bool {
	_, err := c.DescribeInstances(nil)
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "InvalidParameter.LBIdNotFound" // want `magic TencentCloud code "InvalidParameter.LBIdNotFound"; use clb.INVALIDPARAMETER_LBIDNOTFOUND`
}

// Where the error may come from elsewhere, another product's codes may
// arrive: nothing is reported unknown.

// An exported helper: any package may call it, with any error.
func IsGone(err error) bool {
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "InvalidVpcId.Gone" // want `magic TencentCloud code "InvalidVpcId.Gone"; name it with a constant`
}

// A parameter of a function that nothing in the package calls.
func _(e *sdkerrors.TencentCloudSDKError) bool {
	return e.Code == "InvalidVpcId.Gone" // want `magic TencentCloud code "InvalidVpcId.Gone"; name it with a constant`
}

// A fake built in place stands for no product's error.
var fake = &sdkerrors.TencentCloudSDKError{Code: "Made.Up"} // want `magic TencentCloud code "Made.Up"; name it with a constant`

func _() bool {
	e := &sdkerrors.TencentCloudSDKError{}
	e.Code = "Made.Up"                  // want `magic TencentCloud code "Made.Up"; name it with a constant`
	return fake.Code == "Made.Up.Again" // want `magic TencentCloud code "Made.Up.Again"; name it with a constant`
}

// A closure's parameter, and a call through a variable of another
// signature.
func _(c *cvm.Client, call func() error) {
	check := func(err error) bool {
		e, ok := err.(*sdkerrors.TencentCloudSDKError)
		return ok && e.Code == "InvalidVpcId.Gone" // want `magic TencentCloud code "InvalidVpcId.Gone"; name it with a constant`
	}
	_, err := c.DescribeInstances(nil)
	_ = check(err)
	e, ok := call().(*sdkerrors.TencentCloudSDKError)
	_ = ok && e.Code == "InvalidVpcId.Gone" // want `magic TencentCloud code "InvalidVpcId.Gone"; name it with a constant`
}

// An error that either cvm's call or a reader of any kind gives.
func _(c *cvm.Client, r io.Reader) bool {
	_, err := c.DescribeInstances(nil)
	if err == nil {
		_, err = r.Read(nil)
	}
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "InvalidVpcId.Gone" // want `magic TencentCloud code "InvalidVpcId.Gone"; name it with a constant`
}

// The standard library's functions may hand back errors stored
// anywhere: a reader's, a context's cause, a sync.Map's.
func _(c *cvm.Client, ctx context.Context, m *sync.Map) bool {
	_, err := c.DescribeInstances(nil)
	switch {
	case err == nil:
		_, err = strings.NewReader("").ReadByte()
	case ctx != nil:
		err = context.Cause(ctx)
	default:
		v, _ := m.Load("last")
		err, _ = v.(error)
	}
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "InvalidVpcId.Gone" // want `magic TencentCloud code "InvalidVpcId.Gone"; name it with a constant`
}

// A deferred function may give a named result another error.
func terminate(c *cvm.Client, other func() error) (err error) {
	defer func() {
		if err == nil {
			err = other()
		}
	}()
	_, err = c.DescribeInstances(nil)
	return err
}

func _(c *cvm.Client) bool {
	e, ok := terminate(c, nil).(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "InvalidVpcId.Gone" // want `magic TencentCloud code "InvalidVpcId.Gone"; name it with a constant`
}

// An error built around another, and the SDK's error given another's
// code.
type wrapped struct{ cause error }

func (r *wrapped) Error() string { return r.cause.Error() }
func (r *wrapped) Unwrap() error { return r.cause }

func _(c *cvm.Client, cause error, src *sdkerrors.TencentCloudSDKError) bool {
	_, err := c.DescribeInstances(nil)
	if err == nil {
		err = &wrapped{cause: cause}
	} else if src != nil {
		err = &sdkerrors.TencentCloudSDKError{Code: src.Code}
	}
	var e *sdkerrors.TencentCloudSDKError
	return errors.As(err, &e) && e.Code == "InvalidVpcId.Gone" // want `magic TencentCloud code "InvalidVpcId.Gone"; name it with a constant`
}

// Function values of a field or a package-level variable, and an
// interface method that is not shaped like a client's, may be anything.
type service struct {
	onDelete func(*cvm.Instance) error
}

var hook func(*cvm.DescribeInstancesRequest) (*cvm.DescribeInstancesResponse, error)

type cloud interface {
	InstanceByID(id string) (*cvm.Instance, error)
}

func _(s service, cl cloud) bool {
	err := s.onDelete(nil)
	if err == nil {
		_, err = hook(nil)
	}
	if err == nil {
		_, err = cl.InstanceByID("ins-1")
	}
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "InvalidVpcId.Gone" // want `magic TencentCloud code "InvalidVpcId.Gone"; name it with a constant`
}

// A function literal that returns another package's error.
func _(c *cvm.Client, other func() error) bool {
	describe := func() error {
		if c == nil {
			return other()
		}
		_, err := c.DescribeInstances(nil)
		return err
	}
	e, ok := describe().(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "InvalidVpcId.Gone" // want `magic TencentCloud code "InvalidVpcId.Gone"; name it with a constant`
}

// An exported function's callers may be other packages, with any
// error, however the package calls it.
func IsLBGone(err error) bool {
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "InvalidVpcId.Gone" // want `magic TencentCloud code "InvalidVpcId.Gone"; name it with a constant`
}

func _(c *cvm.Client) bool {
	_, err := c.DescribeInstances(nil)
	return IsLBGone(err)
}

// Errors wrapped unseen: a spread slice, an any.
func _(c *cvm.Client, errs []error, cause any) bool {
	_, err := c.DescribeInstances(nil)
	all := fmt.Errorf("describe: %w; others: %w", err, errors.Join(errs...))
	if cause != nil {
		all = fmt.Errorf("%w %w", err, cause)
	}
	var e *sdkerrors.TencentCloudSDKError
	return errors.As(all, &e) && e.Code == "InvalidVpcId.Gone" // want `magic TencentCloud code "InvalidVpcId.Gone"; name it with a constant`
}

// A function literal's named result, which a deferred call may change.
func _(c *cvm.Client, other func() error) bool {
	f := func() (err error) {
		defer func() {
			if err != nil {
				err = other()
			}
		}()
		_, err2 := c.DescribeInstances(nil)
		return err2
	}
	var e *sdkerrors.TencentCloudSDKError
	return errors.As(f(), &e) && e.Code == "InvalidVpcId.Gone" // want `magic TencentCloud code "InvalidVpcId.Gone"; name it with a constant`
}

// A function parameter, whatever it is given here: the callers give it
// their own.
func retry(c *cvm.Client, op func() error, dry bool) bool {
	if dry {
		op = func() error {
			_, err := c.DescribeInstances(nil)
			return err
		}
	}
	var e *sdkerrors.TencentCloudSDKError
	return errors.As(op(), &e) && e.Code == "InvalidVpcId.Gone" // want `magic TencentCloud code "InvalidVpcId.Gone"; name it with a constant`
}

var _ = retry(nil, func() error { return nil }, false)

// The SDK's error given a code of the package's own, or changed in
// place after it was made or found.
func _(c *cvm.Client, own bool, src *sdkerrors.TencentCloudSDKError) bool {
	var err error
	if own {
		err = &sdkerrors.TencentCloudSDKError{Code: "MyApp.Throttled"} // want `magic TencentCloud code "MyApp.Throttled"; name it with a constant`
	} else {
		_, err = c.DescribeInstances(nil)
	}
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "MyApp.Throttled" // want `magic TencentCloud code "MyApp.Throttled"; name it with a constant`
}

func _(c *cvm.Client, src *sdkerrors.TencentCloudSDKError) bool {
	e := &sdkerrors.TencentCloudSDKError{}
	if src != nil {
		e.Code = src.Code
	}
	var err error = e
	if src == nil {
		_, err = c.DescribeInstances(nil)
	}
	var found *sdkerrors.TencentCloudSDKError
	if errors.As(err, &found) {
		found.Code = strings.ToUpper(found.Code)
	}
	return found.Code == "INVALIDVPCID.GONE" // want `magic TencentCloud code "INVALIDVPCID.GONE"; name it with a constant`
}

// A prefix test says nothing of whole codes.
func _(c *clb.Client) bool {
	_, err := c.DescribeLoadBalancers(nil)
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && strings.HasPrefix(e.Code, "InvalidVpcId.")
}
