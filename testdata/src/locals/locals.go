package locals

import (
	"fmt"
	"strconv"
)

type Response struct {
	Code     int    `json:"code"`
	Message  string `json:"message"`
	CodeDesc string `json:"codeDesc"`
}

func _(r *Response) {
	code := r.Code
	if code == 4100 { // want `code 4100 \(authentication failed\)`
	}
	again := code
	switch again { // a chain of locals
	case 4200: // want `code 4200 \(request expired\)`
	}
	if c := r.Code; c != 4300 { // want `code 4300 \(access denied\)`
	}
	switch c := int64(r.Code); c {
	case 4400: // want `code 4400 \(quota exceeded\)`
	}
	var late int // assigned later, from a code only
	if r != nil {
		late = r.Code
	}
	if late == 4500 { // want `code 4500 \(replay attack\)`
	}
	p := &r.Code
	if *p == 4600 { // want `code 4600 \(unsupported protocol\)`
	}
	var typed int32 = int32(r.Code)
	if typed == 5000 { // want `code 5000 \(resource does not exist\)`
	}
}

func _(rs []Response, byID map[string]*Response) {
	for _, r := range rs {
		if r.Code == 5100 { // want `code 5100 \(resource operation failed\)`
		}
	}
	for id := range byID {
		if byID[id].Code == 5200 { // want `code 5200 \(resource purchase failed\)`
		}
	}
	if rs[0].Code == 5300 { // want `code 5300 \(insufficient balance\)`
	}
}

// Near misses: variables that do not hold only codes.

func _(r *Response, code int, s string) {
	if code == 4000 { // a parameter: its value comes from the caller
	}
	code = r.Code
	if code == 4000 {
	}

	n := r.Code
	n++
	if n == 4000 {
	}

	m := r.Code
	m += 100
	if m == 4100 {
	}

	mixed := r.Code
	if len(s) > 3 {
		mixed = len(s)
	}
	if mixed == 4000 {
	}

	scanned := r.Code
	fmt.Sscan(s, &scanned)
	if scanned == 4000 {
	}

	parsed, _ := strconv.Atoi(s)
	if parsed == 4000 {
	}

	total := 0
	for range 3 {
		total = r.Code
	}
	if total > 4000 {
	}

	var closure int
	func() { closure = len(s) }()
	closure = r.Code
	if closure == 4000 {
	}
}
