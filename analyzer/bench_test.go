package analyzer_test

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/tccodelint/tccodelint/analyzer"
	"github.com/tccodelint/tccodelint/internal/corpus"
)

// Benchmarks of the analyzer's run alone, on a package already parsed,
// type-checked and inspected, as a driver hands it over:
//
//	go test -run='^$' -bench=. -benchmem ./analyzer
//
// BenchmarkDense is the worst case, a package of the bench command's
// generated corpus (internal/corpus), where every function holds
// findings, analyzed again and again; BenchmarkCorpus analyzes the 40
// packages of the corpus's first unit in turn, as a driver does, so
// that each package's syntax and types have left the processor's
// caches by the time it comes round again. BenchmarkNoCodes is the
// common case, a package with no TencentCloud code, where the fast
// path returns at once.

func BenchmarkDense(b *testing.B)   { benchmarkRun(b, corpusPackage()) }
func BenchmarkNoCodes(b *testing.B) { benchmarkRun(b, []string{noCodesSource(50)}) }

// BenchmarkPaths is one function with 400 dispatches that miss 5400 and
// a test of 5400 after them: the unhandled check asks the control-flow
// analysis about each, and must not redo it each time (it took 48 s
// before the analysis was kept per function and answer, 72 ms before
// the stability of the answer's variable was).
func BenchmarkPaths(b *testing.B) { benchmarkRun(b, []string{pathsSource(400)}) }

func BenchmarkCorpus(b *testing.B) {
	const n = 40
	fset := token.NewFileSet()
	imp := &corpusImporter{std: fuzzImporter(), pkgs: make(map[string]*types.Package)}
	a := analyzer.New(analyzer.DefaultConfig())
	var runs []func(func(analysis.Diagnostic))
	for i := range n {
		var srcs []string
		for j := range corpus.FilesPerPackage {
			srcs = append(srcs, corpus.File(i, j))
		}
		path := fmt.Sprintf("example.com/corpus/p%03d", i)
		run, pkg := loadAt(b, a, fset, path, srcs, imp)
		imp.pkgs[path] = pkg
		runs = append(runs, run)
	}
	diags := 0
	b.ReportAllocs()
	for b.Loop() {
		for _, run := range runs {
			run(func(analysis.Diagnostic) { diags++ })
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/package")
	b.ReportMetric(float64(diags)/float64(b.N*n), "diagnostics/package")
}

// corpusImporter imports the corpus's packages from those already
// checked, and the rest as the fuzz test does.
type corpusImporter struct {
	std  types.Importer
	pkgs map[string]*types.Package
}

func (c *corpusImporter) Import(path string) (*types.Package, error) {
	if pkg, ok := c.pkgs[path]; ok {
		return pkg, nil
	}
	return c.std.Import(path)
}

func benchmarkRun(b *testing.B, srcs []string) {
	run := loadPackage(b, srcs)
	diags := 0
	b.ReportAllocs()
	for b.Loop() {
		run(func(analysis.Diagnostic) { diags++ })
	}
	b.ReportMetric(float64(diags)/float64(b.N), "diagnostics/op")
}

// TestCorpus checks the number of findings in a package of the
// generated corpus that the bench command and the README state.
func TestCorpus(t *testing.T) {
	diags := 0
	loadPackage(t, corpusPackage())(func(analysis.Diagnostic) { diags++ })
	if want := corpus.FindingsPerUnit * corpus.UnitsPerFile * corpus.FilesPerPackage; diags != want {
		t.Errorf("%d findings in a corpus package, want %d", diags, want)
	}
}

// corpusPackage returns the files of the first package of the
// generated corpus, which imports only the standard library.
func corpusPackage() []string {
	var files []string
	for j := range corpus.FilesPerPackage {
		files = append(files, corpus.File(0, j))
	}
	return files
}

// loadPackage parses and type-checks the package of the files srcs
// and returns a function that runs the analyzer with its default
// settings on it, as a driver would.
func loadPackage(tb testing.TB, srcs []string) func(report func(analysis.Diagnostic)) {
	run, _ := loadAt(tb, analyzer.New(analyzer.DefaultConfig()), token.NewFileSet(), "example.com/bench", srcs, fuzzImporter())
	return run
}

// loadAt parses and type-checks the package path of the files srcs,
// importing through imp, and returns it and a function that runs the
// analyzer a on it.
func loadAt(tb testing.TB, a *analysis.Analyzer, fset *token.FileSet, path string, srcs []string, imp types.Importer) (func(report func(analysis.Diagnostic)), *types.Package) {
	// The files live in an empty directory, as a package with no test
	// files (which the analyzer would read for names) does.
	dir := tb.TempDir()
	var files []*ast.File
	text := make(map[string][]byte)
	for i, src := range srcs {
		name := filepath.Join(dir, fmt.Sprintf("f%d.go", i))
		file, err := parser.ParseFile(fset, name, src, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			tb.Fatal(err)
		}
		files = append(files, file)
		text[name] = []byte(src)
	}
	info := &types.Info{
		Types:      make(map[ast.Expr]types.TypeAndValue),
		Defs:       make(map[*ast.Ident]types.Object),
		Uses:       make(map[*ast.Ident]types.Object),
		Selections: make(map[*ast.SelectorExpr]*types.Selection),
		Scopes:     make(map[ast.Node]*types.Scope),
	}
	pkg, err := (&types.Config{Importer: imp}).Check(path, fset, files, info)
	if err != nil {
		tb.Fatal(err)
	}
	insp := inspector.New(files)
	return func(report func(analysis.Diagnostic)) {
		if err := runOn(a, fset, files, pkg, info, insp, text, report); err != nil {
			tb.Fatal(err)
		}
	}, pkg
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

// pathsSource returns a function with n dispatches on one answer's code
// that miss 5400, and a test of 5400 after them.
func pathsSource(n int) string {
	var b strings.Builder
	b.WriteString("package bench\n\ntype Response struct {\n\tCode     int\n\tCodeDesc string\n}\n\nfunc f(resp *Response) int {\n\tn := 0\n")
	for range n {
		b.WriteString("\tswitch resp.Code {\n\tcase 0:\n\t\tn++\n\tcase 4400:\n\t\tn--\n\t}\n")
	}
	b.WriteString("\tif resp.Code == 5400 {\n\t\treturn -1\n\t}\n\treturn n\n}\n")
	return b.String()
}
