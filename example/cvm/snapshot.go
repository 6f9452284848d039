package cvm

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"time"
)

// CodeSnapshotBusy is the code of a snapshot that cannot be deleted
// yet because it is still being created.
const CodeSnapshotBusy = 28004

const maxAttempts = 3

// A Snapshot is a snapshot of a cloud disk.
type Snapshot struct {
	ID    string `json:"snapshotId"`
	State string `json:"snapshotState"`
}

// DescribeSnapshotsResponse is the answer of DescribeSnapshots.
type DescribeSnapshotsResponse struct {
	Envelope
	Snapshots []Snapshot `json:"snapshotSet"`
}

// DeleteSnapshotsResponse is the answer of DeleteSnapshots. Its fields
// need no tags: encoding/json matches keys without regard to case.
type DeleteSnapshotsResponse struct {
	Code     int
	Message  string
	CodeDesc string
	Detail   map[string]Envelope // the result for each snapshot ID
}

// DescribeSnapshots returns the snapshots with the given IDs, trying
// again while the API is over its quota or failing inside.
func (c *Client) DescribeSnapshots(ctx context.Context, ids []string) ([]Snapshot, error) {
	params := snapshotIDs(ids)
	for attempt := 1; ; attempt++ {
		var resp DescribeSnapshotsResponse
		if err := c.do(ctx, "DescribeSnapshots", params, &resp); err != nil {
			return nil, err
		}
		if resp.Code == 0 {
			return resp.Snapshots, nil
		}
		if resp.Code == 4100 {
			return nil, fmt.Errorf("cvm: check SecretId and SecretKey: %w", &APIError{"DescribeSnapshots", resp.Envelope})
		}
		wait, retry := retryDelay(resp.Envelope, attempt)
		if !retry || attempt == maxAttempts {
			return nil, &APIError{"DescribeSnapshots", resp.Envelope}
		}
		select {
		case <-time.After(wait):
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
}

// retryDelay reports whether a call that answered e is worth another
// attempt, and how long to wait before it.
func retryDelay(e Envelope, attempt int) (time.Duration, bool) {
	switch e.Code {
	case 4400: // over the quota: back off
		return time.Second << attempt, true
	case 6000, 6200: // failed inside, or under maintenance: try again soon
		return 200 * time.Millisecond, true
	}
	return 0, false
}

// DeleteSnapshots deletes the snapshots with the given IDs. It returns
// the IDs of those still being created, to delete later.
func (c *Client) DeleteSnapshots(ctx context.Context, ids []string) (later []string, err error) {
	if len(ids) == 0 {
		return nil, &UsageError{Code: 4000, Message: "DeleteSnapshots needs a snapshot ID"}
	}
	var resp DeleteSnapshotsResponse
	if err := c.do(ctx, "DeleteSnapshots", snapshotIDs(ids), &resp); err != nil {
		return nil, err
	}
	code := resp.Code
	if code != 5400 {
		if code == 0 {
			return nil, nil
		}
		apiErr := &APIError{"DeleteSnapshots", Envelope{resp.Code, resp.Message, resp.CodeDesc}}
		if code >= 4000 && code < 5000 {
			return nil, fmt.Errorf("cvm: request rejected, do not retry: %w", apiErr)
		}
		return nil, apiErr
	}

	// Part of the batch failed: look at each snapshot.
	var errs []error
	for id, r := range resp.Detail {
		switch {
		case r.Code == 0:
		case r.Code == 28004:
			later = append(later, id)
		case r.Code == 28009: // used by a custom image
			errs = append(errs, fmt.Errorf("cvm: snapshot %s backs an image: %s", id, r.Message))
		default:
			errs = append(errs, &APIError{"DeleteSnapshots " + id, r})
		}
	}
	return later, errors.Join(errs...)
}

// IsPartial reports whether err is the answer of a batch call that
// only partly succeeded.
func IsPartial(err error) bool {
	const partial = 5400
	var e *APIError
	return errors.As(err, &e) && e.Code == partial
}

// IsBadInput reports whether err is a call refused for bad arguments.
func IsBadInput(err error) bool {
	var e *UsageError
	return errors.As(err, &e) && e.Code == 4000
}

func snapshotIDs(ids []string) url.Values {
	params := url.Values{}
	for i, id := range ids {
		params.Set(fmt.Sprintf("SnapshotIds.%d", i), id)
	}
	return params
}

// IsSnapshotBusy reports whether err is the answer for a snapshot that
// is still being created.
func IsSnapshotBusy(err error) bool {
	var e *APIError
	return errors.As(err, &e) && e.Code == CodeSnapshotBusy
}
