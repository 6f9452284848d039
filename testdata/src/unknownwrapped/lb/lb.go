// Package lb wraps clb's client for the package unknownwrapped, which
// does not import clb: the codes of clb's errors reach it unseen.
package lb

import clb "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/clb/v20180317"

var client *clb.Client

// Delete deletes a load balancer.
func Delete(id string) error {
	_, err := client.DeleteLoadBalancer(clb.NewDeleteLoadBalancerRequest())
	return err
}

// Client returns the client; its package shows in the result's type.
func Client() *clb.Client { return client }

// Request returns a request for Client's DescribeLoadBalancers.
func Request() *clb.DescribeLoadBalancersRequest { return clb.NewDescribeLoadBalancersRequest() }
