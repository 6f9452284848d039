// Package helpers passes codes to its own functions: a parameter that
// receives a code at every call in the package is a code inside.
package helpers

type Response struct {
	Code     int
	CodeDesc string
}

func transient(code int) bool {
	return code == 5100 || code == 6200 // want `code 5100` `code 6200`
}

func (r Response) describe(code int) string {
	if code == 4100 { // want `code 4100`
		return "auth"
	}
	return ""
}

// Retryable is exported, and called here with codes only: its
// parameter is a code here, whoever else calls it.
func Retryable(code int) bool {
	return code == 4400 // want `code 4400`
}

// chain receives a code from another helper's parameter.
func chain(code int) bool { return inner(code) }

func inner(c int) bool { return c == 5300 } // want `code 5300`

func _(resp Response) bool {
	return transient(resp.Code) || resp.describe(resp.Code) != "" || Retryable(resp.Code) || chain(resp.Code)
}

// Near misses: none of these is reported.

// atLimit is called with a code and with a count.
func atLimit(n int) bool { return n == 4000 }

// unused is never called.
func unused(code int) bool { return code == 4000 }

// asValue is called with a code, but also used as a value.
func asValue(code int) bool { return code == 4000 }

// reassigns changes its parameter.
func reassigns(code int) bool {
	code = code / 100
	return code == 4000
}

// recursive calls itself with a code-derived count.
func recursive(code int) bool {
	if code > 0 {
		return recursive(code - 1)
	}
	return code == 4000
}

func variadic(codes ...int) bool { return len(codes) == 4000 }

func _(resp Response, n int) bool {
	f := asValue
	return atLimit(resp.Code) || atLimit(n) || f(resp.Code) || asValue(resp.Code) ||
		reassigns(resp.Code) || recursive(resp.Code) || variadic(resp.Code)
}

// checker is an interface the package's type implements: its method
// may be called through it with anything.
type checker interface{ check(code int) bool }

type strict struct{}

func (strict) check(code int) bool { return code == 4000 }

// Retry is exported: another package's interface may name it.
func (strict) Retry(code int) bool { return code == 4100 }

func _(resp Response, n int) bool {
	var s strict
	var c checker = s
	return s.check(resp.Code) || c.check(n) || s.Retry(resp.Code)
}

// classify dispatches on its code parameter: whether 5400 can reach it
// is for its callers to say, so its switch is not checked for 5400.
func classify(code int) string {
	switch code {
	case 4100: // want `code 4100`
		return "auth"
	case 6000: // want `code 6000`
		return "retry"
	}
	return ""
}

func _(resp Response) string {
	if resp.Code == 5400 { // want `code 5400`
		return ""
	}
	return classify(resp.Code)
}

// settle's parameter also receives, through a local, something else:
// however the locals are worked out, it is no code.
func settle(resp Response, n int, code int, depth int) bool {
	a := code
	l := resp.Code
	l = n
	if depth > 0 {
		return settle(resp, n, l, depth-1)
	}
	return a == 4000
}

func _(resp Response, n int) bool { return settle(resp, n, resp.Code, 3) }
