// Package api declares an envelope with a code getter, used from
// another package.
package api

type Response struct {
	Code     int
	Message  string
	CodeDesc string
}

// GetCode is a code getter: a method of an envelope returning an integer.
func (r *Response) GetCode() int { return r.Code }

// RetryCount ends in neither Code nor returns a code: not a getter.
func (r *Response) RetryCount() int { return 3 }

// AppError is no envelope: its ErrCode is not a code getter.
type AppError struct {
	Code    int
	Message string
}

func (e AppError) ErrCode() int { return e.Code }

// Result has another shape; -code-fields is not set in this test, so
// its getter is not a code getter.
type Result struct {
	RetCode int
}

func (r Result) ResultCode() int { return r.RetCode }

// Partial is a batch answer that partly succeeded.
const Partial = 5400

// StatusCode is the HTTP status the answer came with: not a code getter,
// although it ends in Code.
func (r *Response) StatusCode() int { return 200 }

// GetRetCode reads as a code getter.
func (r *Response) GetRetCode() int { return r.Code }
