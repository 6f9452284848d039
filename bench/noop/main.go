// The noop command is the baseline of the benchmark: the same driver,
// x/tools version and loading as tccodelint, with an analyzer that
// requires nothing and does nothing. Loading and type-checking are the
// floor; everything above it is tccodelint's.
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/singlechecker"
)

var analyzer = &analysis.Analyzer{
	Name: "noop",
	Doc:  "noop: does nothing, as a baseline for tccodelint's benchmark",
	Run:  func(*analysis.Pass) (any, error) { return nil, nil },
}

func main() { singlechecker.Main(analyzer) }
