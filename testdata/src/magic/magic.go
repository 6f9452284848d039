package magic

import (
	"net/http"
	"time"
)

// Response is the envelope of a version 2 answer.
type Response struct {
	Code     int    `json:"code"`
	Message  string `json:"message"`
	CodeDesc string `json:"codeDesc"`
}

// AppError has a Code and a Message but no CodeDesc: an application's
// own error shape, not a TencentCloud answer.
type AppError struct {
	Code    int
	Message string
}

func _(r Response) {
	if r.Code == 4100 { // want `magic TencentCloud code 4100 \(authentication failed\); use tccode.AuthenticationFailed`
	}
	if 4200 != r.Code { // want `magic TencentCloud code 4200 \(request expired\); use tccode.RequestExpired`
	}
	if r.Code == (4300) { // want `code 4300 \(access denied\)`
	}
	if r.Code == 0x1130 { // want `code 4400 \(quota exceeded\); use tccode.QuotaExceeded`
	}
	if r.Code == 4_500 { // want `code 4500 \(replay attack\)`
	}
	if r.Code == 0o10770 { // want `code 4600 \(unsupported protocol\)`
	}
	if r.Code == 5e3 { // want `code 5000 \(resource does not exist\)`
	}
	ok := r.Code != 5100 && r.Message != "" // want `code 5100 \(resource operation failed\)`
	_ = ok
}

func _(r *Response) {
	switch r.Code {
	case 0:
	case 5200, 5300: // want `code 5200 \(resource purchase failed\)` `code 5300 \(insufficient balance\)`
	case 5400: // want `code 5400 \(partially executed\); use tccode.PartiallyExecuted`
	case 28004: // want `magic TencentCloud code 28004, a product-specific code outside the common table; name it with a constant`
	}

	switch {
	case r.Code == 5500: // want `code 5500 \(user qualification review failed\)`
	case r.Code >= 6000 && r.Code < 7000:
	}

	r.Code = 6100 // want `code 6100 \(unsupported by current version\)`
}

func _() []Response {
	byName := map[string][]*Response{
		"a": {{Code: 6200, CodeDesc: "x"}}, // want `code 6200 \(API temporarily inaccessible\)`
	}
	_ = byName
	return []Response{
		{Code: 4000, Message: "bad"}, // want `code 4000 \(invalid request parameter\)`
		{Code: 0},
	}
}

// Near misses: none of these is reported.

const partial = 5400 // a constant declaration is already a name

func _(r Response, hr *http.Response, e AppError, d time.Duration, n int) {
	if r.Code == partial {
	}
	if r.Code == 0 || r.Code != 0 { // 0 reads well as it is
	}
	if r.Code >= 4000 && r.Code < 5000 { // an ordered comparison tests a category
	}
	if hr.StatusCode == 404 || hr.StatusCode == 5000 {
	}
	if e.Code == 4000 { // no CodeDesc: not a TencentCloud answer
	}
	switch e.Code {
	case 5400:
	}
	if d == 5000 || n == 4100 {
	}
	if len(r.Message) == 4000 {
	}
	if r.Code+1 == 4001 { // arithmetic on a code is not a code
	}
	if r.Code == 4000.5-0.5+0 { // not a literal
	}
	_ = AppError{Code: 4000}
	_ = Response{5400, "", ""} // positional fields are not matched
}
