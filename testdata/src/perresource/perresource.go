// Package perresource has the per-resource results of batch answers,
// reached through locals: one resource cannot be partly executed, so
// they need not handle 5400.
package perresource

import (
	"github.com/tccodelint/tccodelint/tccode"
)

// Result has an envelope's shape: its code is a code, and only where
// it is reached from a Detail is it one resource's.
type Result struct {
	Code     int
	Message  string
	CodeDesc string
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

	var one Result
	one = resp.Detail[id]
	switch one.Code {
	case tccode.Success, tccode.ResourceNotFound:
	}

	var two, found = resp.Detail[id]
	if found {
		switch two.Code {
		case tccode.Success, tccode.ResourceNotFound:
		}
	}
}

// The same shapes, on results that are not a Detail's: reported.
func _(resp *Batch, single Result) {
	d := single
	switch d.Code { // want `switch on TencentCloud code does not handle 5400`
	case tccode.Success, tccode.ResourceNotFound:
	}

	var one Result
	one = single
	switch one.Code { // want `switch on TencentCloud code does not handle 5400`
	case tccode.Success, tccode.ResourceNotFound:
	}

	singles := map[string]Result{"a": single}
	var two, found = singles["a"]
	if found {
		switch two.Code { // want `switch on TencentCloud code does not handle 5400`
		case tccode.Success, tccode.ResourceNotFound:
		}
	}
	for _, r := range singles {
		switch r.Code { // want `switch on TencentCloud code does not handle 5400`
		case tccode.Success, tccode.ResourceNotFound:
		}
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
