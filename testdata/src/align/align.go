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
