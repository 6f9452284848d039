// Package generics reads codes through type parameters: a generic
// envelope whose code is a type parameter that can only be an integer,
// and code getters called on type parameters that are envelopes.
package generics

import "cmp"

// Resp is a generic envelope.
type Resp[C ~int | ~int32] struct {
	Code     C
	CodeDesc string
}

func failed[C ~int | ~int32](r Resp[C]) bool {
	return r.Code != 0 && r.Code != 5400 // want `code 5400`
}

type Reply struct {
	Code     int
	CodeDesc string
}

func (r *Reply) GetCode() int { return r.Code }

// pinned's constraint allows *Reply only.
func pinned[T interface {
	*Reply
	GetCode() int
}](r T) bool {
	return r.GetCode() == 5000 // want `code 5000`
}

// coded asks for a code getter, and is only ever given envelopes.
func coded[T interface{ GetCode() int }](r T) bool {
	return r.GetCode() == 5100 // want `code 5100`
}

func _(r *Reply) bool {
	return coded(r) && coded[*Reply](r) && pinned(r) && failed(Resp[int]{}) && failed(Resp[int32]{})
}

// An instantiated generic envelope is an envelope.
func _(r Resp[int32]) bool { return r.Code == 4100 } // want `code 4100`

// Near misses: none of these is reported.

// Status is a gRPC-like status: a getter of the same shape, no envelope.
type Status struct{ code int32 }

func (s *Status) GetCode() int { return int(s.code) }

// statusIs is given statuses: its getter reads no TencentCloud code.
func statusIs[T interface{ GetCode() int }](s T) bool { return s.GetCode() == 5000 }

// neverCalled has no instance to say what T is.
func neverCalled[T interface{ GetCode() int }](s T) bool { return s.GetCode() == 5000 }

// Ordered's code may be a string or a float.
type Ordered[C cmp.Ordered] struct {
	Code     C
	CodeDesc string
}

func ordered[C cmp.Ordered](r Ordered[C]) bool {
	var zero C
	return r.Code == zero
}

func _(s *Status, r *Reply) bool {
	return statusIs(s) && ordered(Ordered[string]{})
}

// Signed, Unsigned and Integer have the shape of constraints.Integer,
// with types wide enough for every code.
type Signed interface {
	~int | ~int32 | ~int64
}

type Unsigned interface {
	~uint | ~uint32 | ~uint64
}

type Integer interface{ Signed | Unsigned }

type Wide[C Integer] struct {
	Code     C
	CodeDesc string
}

func wide[C Integer](r Wide[C]) bool { return r.Code == 4300 } // want `code 4300`

func _() bool { return wide(Wide[uint32]{}) }
