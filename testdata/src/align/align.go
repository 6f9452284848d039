// Package align has literals on lines with trailing comments, which
// gofmt aligns in runs: the fixes must realign them.
package align

type Response struct {
	Code     int
	CodeDesc string
}

// Each fix realigns alone: its line does not become the longest.
func _(r Response) (bool, bool) {
	aVeryLongNameForTheResult := r.CodeDesc != "" // the longest line
	a := r.Code == 4000                           // want `code 4000`
	return aVeryLongNameForTheResult, a
}

// One fix makes its line the longest: every comment of the run moves.
func _(r Response) bool {
	ok := r.Code == 4100 // want `code 4100`
	done := false        // a neighbour
	return ok && done
}

// The fixes share a run: they carry one realignment for all of them.
var table = []Response{
	{Code: 4200}, // want `code 4200`
	{Code: 0},    // success
	{Code: 4300}, // want `code 4300`
	{Code: 4400}, // want `code 4400`
}

// A crowded table: its fixes share one realignment, made once.
var crowded = []Response{
	{Code: 4000}, // want `code 4000`
	{Code: 4100}, // want `code 4100`
	{Code: 4200}, // want `code 4200`
	{Code: 4300}, // want `code 4300`
	{Code: 4400}, // want `code 4400`
	{Code: 4500}, // want `code 4500`
	{Code: 4600}, // want `code 4600`
	{Code: 5000}, // want `code 5000`
	{Code: 5100}, // want `code 5100`
	{Code: 5200}, // want `code 5200`
	{Code: 0},    // success
}

// Cases with comments, each run broken by the lines between: a crowd
// of fixes in one function, but each fix realigns its own run.
func _(r Response) string {
	switch r.Code { // want `does not handle 5400`
	case 4000: // want `code 4000`
		return "bad request"
	case 4100: // want `code 4100`
		return "auth"
	case 4200: // want `code 4200`
		return "no action"
	case 4300: // want `code 4300`
		return "denied"
	case 4400: // want `code 4400`
		return "busy"
	case 4500: // want `code 4500`
		return "replay"
	case 4600: // want `code 4600`
		return "protocol"
	case 5000: // want `code 5000`
		return "no resource"
	case 5100: // want `code 5100`
		return "failed"
	}
	return ""
}

// Two runs of aligned cases, apart: each fix carries its own run.
func _(r Response) bool {
	switch r.Code { // want `does not handle 5400`
	case 4000, // want `code 4000`
		4100: // want `code 4100`
		return false
	case 4300, // want `code 4300`
		4400: // want `code 4400`
		return true
	}
	return false
}

// A long table: its first fix replaces every code of the run, and the
// others say so.
var long = []Response{
	{Code: 4000}, // want `code 4000.*tccode.InvalidParameter$`
	{Code: 4100}, // want `code 4100.*\(fixed by the fix at line 89, which covers this one\)`
	{Code: 4200}, // want `code 4200.*line 89`
	{Code: 4300}, // want `code 4300.*line 89`
	{Code: 4400}, // want `code 4400.*line 89`
	{Code: 4500}, // want `code 4500.*line 89`
	{Code: 4600}, // want `code 4600.*line 89`
	{Code: 5000}, // want `code 5000.*line 89`
	{Code: 5100}, // want `code 5100.*line 89`
	{Code: 5200}, // want `code 5200.*line 89`
	{Code: 5300}, // want `code 5300.*line 89`
	{Code: 6000}, // want `code 6000.*line 89`
	{Code: 6100}, // want `code 6100.*line 89`
	{Code: 4000}, // want `code 4000.*line 89`
	{Code: 4100}, // want `code 4100.*line 89`
	{Code: 4200}, // want `code 4200.*line 89`
	{Code: 4300}, // want `code 4300.*line 89`
}

// Two longest lines that both shrink: each fix alone moves no other
// comment, but together they move the column, so they form a group.
const busy = 28004

func _(r Response) bool { return r.Code == busy }

var shrink = []Response{
	{Code: 28004}, // want `code 28004`
	{Code: 28004}, // want `code 28004`
	{},            // c
}

// A comment that runs past the end of the declaration: the realignment
// formats the whole file rather than cut it in two.
var across = []Response{
	{Code: 4000},                 // want `code 4000`
	{Code: 4200, CodeDesc: "xx"}, // want `code 4200`
} /* x
y */

// Keys of a map literal: a longer key moves the values and the
// comments of its lines, two gaps on one line.
var known = map[Response]bool{
	{Code: 28004}: resp.Code == 4100, // want `code 28004` `code 4100`
	{Code: 4100}:  true,              // want `code 4100`
}

var resp Response
