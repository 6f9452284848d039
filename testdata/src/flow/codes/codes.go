// Package codes has plain functions that return result codes, followed
// under -follow-functions by facts into other packages.
package codes

import "errors"

type Response struct {
	Code     int
	Message  string
	CodeDesc string
}

// An APIError carries an answer's envelope.
type APIError struct {
	Response
}

func (e *APIError) Error() string { return e.Message }

// CodeOf returns the code behind err: a code, or a constant.
func CodeOf(err error) int {
	if err == nil {
		return 0
	}
	if e, ok := errors.AsType[*APIError](err); ok {
		return e.Code
	}
	return -1
}

// Outer returns what CodeOf returns: a code too.
func Outer(err error) int { return CodeOf(err) }

// codeOfResponse is unexported, and a code too.
func codeOfResponse(r *Response) int64 {
	code := int64(r.Code)
	return code
}

// Count returns a count, not a code.
func Count(r *Response) int { return len(r.Message) }

// Mixed returns a code on one path and a count on another: not a code.
func Mixed(r *Response) int {
	if r.Code != 0 {
		return r.Code
	}
	return len(r.Message)
}

// Constant returns only constants: not a code.
func Constant() int { return 5400 }

// Closure returns a code from the literal, not from Closure: not a code.
func Closure(r *Response) int {
	f := func() int { return r.Code }
	return f() + 1
}

func _(r *Response) bool {
	return codeOfResponse(r) == 5000 // want `code 5000`
}

// State only ever returns a constant, through its own recursion: not a
// code.
func State(n int) int {
	if n > 3 {
		return 7
	}
	return State(n + 1)
}

// Ping and Pong return each other's results, from no code: not codes.
func Ping(n int) int {
	if n == 0 {
		return 1
	}
	return Pong(n - 1)
}

func Pong(n int) int { return Ping(n) }

// Deep returns a code through its own recursion: a code.
func Deep(r *Response, n int) int {
	if n == 0 {
		return r.Code
	}
	return Deep(r, n-1)
}

// Chain0 to Chain3 return a code, each through a local from the next,
// declared before it: codes, in a single round of the fixed points.
func Chain0(r *Response) int {
	c := Chain1(r)
	return c
}

func Chain1(r *Response) int {
	c := Chain2(r)
	return c
}

func Chain2(r *Response) int {
	c := Chain3(r)
	return c
}

func Chain3(r *Response) int { return r.Code }

// Tally0 returns, through a local, what Tally1 returns: a count, not a
// code.
func Tally0(r *Response) int {
	c := Tally1(r)
	return c
}

func Tally1(r *Response) int { return len(r.Message) }

func _(r *Response) bool {
	return Chain0(r) == 4100 || Tally0(r) == 4400 // want `code 4100`
}
