package v20170312

// Client is the stand-in's CVM client: one call, which fails as the
// real one would.
type Client struct{}

// DescribeInstancesRequest is the request of DescribeInstances.
type DescribeInstancesRequest struct {
	InstanceIds []*string
}

// DescribeInstancesResponse is the answer of DescribeInstances.
type DescribeInstancesResponse struct {
	TotalCount *int64
}

// DescribeInstances lists instances.
func (c *Client) DescribeInstances(request *DescribeInstancesRequest) (*DescribeInstancesResponse, error) {
	return nil, nil
}
