// The quiet command is tccodelint with its findings dropped before they
// reach the driver: the benchmark runs it beside tccodelint and the
// no-op analyzer to tell what the analysis costs from what reporting
// its findings costs the driver (keeping, sorting and printing them).
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/tccodelint/tccodelint/analyzer"
)

func main() {
	a := *analyzer.Analyzer
	a.Name = "quiet"
	run := a.Run
	a.Run = func(pass *analysis.Pass) (any, error) {
		quiet := *pass
		quiet.Report = func(analysis.Diagnostic) {}
		return run(&quiet)
	}
	singlechecker.Main(&a)
}
