package analyzer_test

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/tccodelint/tccodelint/analyzer"
)

// Benchmarks of the analyzer's run alone, on a package already parsed,
// type-checked and inspected, as a driver hands it over:
//
//	go test -run='^$' -bench=. -benchmem ./analyzer
//
// BenchmarkDense is the worst case, a file where every function holds
// findings; BenchmarkNoCodes is the common case, a package with no
// TencentCloud code, where the fast path returns at once.

func BenchmarkDense(b *testing.B)   { benchmarkRun(b, denseSource(50)) }
func BenchmarkNoCodes(b *testing.B) { benchmarkRun(b, noCodesSource(50)) }

func benchmarkRun(b *testing.B, src string) {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "bench.go", src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		b.Fatal(err)
	}
	info := &types.Info{
		Types:      make(map[ast.Expr]types.TypeAndValue),
		Defs:       make(map[*ast.Ident]types.Object),
		Uses:       make(map[*ast.Ident]types.Object),
		Selections: make(map[*ast.SelectorExpr]*types.Selection),
		Scopes:     make(map[ast.Node]*types.Scope),
	}
	pkg, err := (&types.Config{Importer: fuzzImporter()}).Check("example.com/bench", fset, []*ast.File{file}, info)
	if err != nil {
		b.Fatal(err)
	}
	a := analyzer.New(analyzer.DefaultConfig())
	insp := inspector.New([]*ast.File{file})
	diags := 0
	b.ReportAllocs()
	text := []byte(src)
	for b.Loop() {
		if err := runOn(a, fset, file, pkg, info, insp, text, func(analysis.Diagnostic) { diags++ }); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(diags)/float64(b.N), "diagnostics/op")
}

// denseSource returns a file of n units of version 2 client code full of
// magic codes, dispatches and batch answers.
func denseSource(n int) string {
	var b strings.Builder
	b.WriteString("package bench\n\nimport \"errors\"\n")
	for i := range n {
		fmt.Fprintf(&b, `
type Response%[1]d struct {
	Code     int
	Message  string
	CodeDesc string
	Detail   map[string]struct{ Code int }
}

func check%[1]d(r *Response%[1]d) error {
	if r.Code == 4100 {
		return errors.New("credentials")
	}
	switch r.Code {
	case 0:
		return nil
	case 4400, 6000:
		return errors.New("retry")
	}
	code := r.Code
	if code == 0 {
		return nil
	} else if code == 5000 {
		return errors.New("gone")
	}
	if r.Code != 0 {
		return errors.New(r.Message)
	}
	return nil
}
`, i)
	}
	return b.String()
}

// noCodesSource returns a file of n units of code with structs, integer
// comparisons and switches, and no TencentCloud code.
func noCodesSource(n int) string {
	var b strings.Builder
	b.WriteString("package bench\n\nimport \"errors\"\n")
	for i := range n {
		fmt.Fprintf(&b, `
type Item%[1]d struct {
	Count   int
	Message string
}

func check%[1]d(it *Item%[1]d, xs []int) error {
	if it.Count == 4100 {
		return errors.New("many")
	}
	switch it.Count %% 3 {
	case 0, 1:
		return nil
	}
	for i, x := range xs {
		if x == 5400 || i == 6000 {
			return errors.New(it.Message)
		}
	}
	return nil
}
`, i)
	}
	return b.String()
}
