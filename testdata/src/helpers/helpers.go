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
