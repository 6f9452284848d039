// Package perresource has the per-resource results of batch answers,
// reached through locals: one resource cannot be partly executed, so
// they need not handle 5400.
package perresource

import (
	"github.com/tccodelint/tccodelint/tccode"
)

type Result struct {
	Code    int
	Message string
}

type Batch struct {
	Code     int
	Message  string
	CodeDesc string
	Detail   map[string]Result
}

type SliceBatch struct {
	Code     int
	CodeDesc string
	Detail   []Result
}

func _(resp *Batch, id string) {
	d := resp.Detail[id]
	switch d.Code {
	case tccode.Success, tccode.ResourceNotFound:
	}

	all := resp.Detail
	for _, r := range all {
		switch r.Code {
		case tccode.Success, tccode.ResourceNotFound:
		}
	}

	if r, ok := resp.Detail[id]; ok {
		switch r.Code {
		case tccode.Success, tccode.ResourceNotFound:
		}
	}

	code := resp.Detail[id].Code
	if code == tccode.Success {
	} else if code == tccode.ResourceNotFound {
	}
}

func _(resp SliceBatch) {
	results := resp.Detail
	for i := range results {
		switch results[i].Code {
		case tccode.Success, tccode.ResourceNotFound:
		}
	}
	first := &results[0]
	switch first.Code {
	case tccode.Success, tccode.ResourceNotFound:
	}
}

// Near misses: the batch answer itself, and results that are not a
// Detail's.

func _(resp *Batch) {
	r := resp
	switch r.Code { // want `switch on TencentCloud code does not handle 5400`
	case tccode.Success, tccode.ResourceOperationFailed:
	}
}

type Envelope struct {
	Code     int
	CodeDesc string
}

func _(answers []Envelope) {
	for _, a := range answers {
		switch a.Code { // want `switch on TencentCloud code does not handle 5400`
		case tccode.Success, tccode.ResourceNotFound:
		}
	}
}

// A local once a Detail's result, then another answer.
func _(resp *Batch, other Envelope, id string) {
	var r Envelope
	r = Envelope{Code: resp.Detail[id].Code}
	r = other
	switch r.Code { // want `switch on TencentCloud code does not handle 5400`
	case tccode.Success, tccode.ResourceNotFound:
	}
}
