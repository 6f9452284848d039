// The noop command is the baseline of the benchmark: the same driver,
// x/tools version and loading as tccodelint, with an analyzer that
// requires what tccodelint requires and does nothing.
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/analysis/singlechecker"
)

var analyzer = &analysis.Analyzer{
	Name:     "noop",
	Doc:      "noop: does nothing, as a baseline for tccodelint's benchmark",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run:      func(*analysis.Pass) (any, error) { return nil, nil },
}

func main() { singlechecker.Main(analyzer) }
