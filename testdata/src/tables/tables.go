// Package tables keeps codes in tables: map literals whose keys a
// lookup compares with a code, and lists searched for one. Their keys
// and elements are codes.
package tables

import "slices"

type Response struct {
	Code     int
	CodeDesc string
}

// transient is consulted with codes only.
var transient = map[int]bool{5100: true, 6200: true} // want `code 5100` `code 6200`

var messages = map[int]string{
	4100: "check the key", // want `code 4100`
	4300: "not allowed",   // want `code 4300`
}

func _(resp Response) (bool, string) {
	if transient[resp.Code] {
		return true, ""
	}
	msg, ok := messages[resp.Code]
	return ok, msg
}

func _(resp Response) bool {
	retry := map[int]bool{4400: true}                  // want `code 4400`
	if slices.Contains([]int{4200, 4500}, resp.Code) { // want `code 4200` `code 4500`
		return false
	}
	expired := []int{4200} // want `code 4200`
	if slices.Index(expired, resp.Code) >= 0 {
		return false
	}
	for _, c := range []int{5000, 5300} { // want `code 5000` `code 5300`
		if c == resp.Code {
			return false
		}
	}
	busy := [...]int{5100} // want `code 5100`
	for _, c := range busy {
		if resp.Code != c {
			continue
		}
		return true
	}
	return retry[resp.Code] || map[int]bool{6000: true}[resp.Code] // want `code 6000`
}

// Near misses: none of these is reported.

// sizes is indexed with lengths, not codes.
var sizes = map[int]bool{4000: true, 5000: true}

// mixed is consulted with a code and with a count: not only codes.
var mixed = map[int]bool{4100: true}

// reassigned is given another map later.
var reassigned = map[int]bool{4100: true}

// passed leaves the package's sight.
var passed = map[int]bool{4100: true}

func _(resp Response, n int, keep func(map[int]bool)) bool {
	reassigned = map[int]bool{}
	keep(passed)
	_ = slices.Contains([]int{4000, 5000}, n)
	for _, c := range []int{4100, 4200} {
		if c == n || c == resp.Code {
			return true
		}
	}
	counts := []int{4000}
	_ = len(counts)
	_ = slices.Contains(counts, resp.Code)
	return sizes[n] || mixed[resp.Code] || mixed[n] || reassigned[resp.Code] || passed[resp.Code]
}

// onlyTests is consulted by the tests alone: not a table here.
var onlyTests = map[int]bool{4600: true}

// codeBusy names a product's code, and the package uses it as one.
const codeBusy = 28001

// catalogue lists a product's codes and what they mean: it names them
// itself, so the keys that have no other name are not reported; the
// one that has a name is.
var catalogue = map[int]string{
	28001: "busy", // want `code 28001, .*; use codeBusy`
	28002: "gone",
	28003: "full",
}

func _(resp Response) string {
	if resp.Code == codeBusy {
		return ""
	}
	return catalogue[resp.Code]
}
