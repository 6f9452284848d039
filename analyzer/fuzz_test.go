package analyzer_test

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/tccodelint/tccodelint/analyzer"
)

// FuzzAnalyzer feeds mutated Go source through the analyzer and its
// fixes: the analyzer must never panic, and every fix it offers must
// leave source that still parses. It is seeded with the testdata files
// that need nothing but the standard library and tccode.
//
//	go test -run='^$' -fuzz=FuzzAnalyzer -fuzztime=1m ./analyzer
func FuzzAnalyzer(f *testing.F) {
	for _, src := range fuzzSeeds(f) {
		f.Add(src)
	}
	f.Fuzz(func(t *testing.T, src []byte) { checkSource(t, src) })
}

// fuzzSeeds returns the testdata files that need nothing but the
// standard library and tccode.
func fuzzSeeds(tb testing.TB) [][]byte {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "src", "*", "*.go"))
	if err != nil {
		tb.Fatal(err)
	}
	var seeds [][]byte
	for _, name := range files {
		src, err := os.ReadFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		if !strings.Contains(string(src), `"example.com/`) && !strings.Contains(string(src), `"github.com/tencentcloud/`) {
			seeds = append(seeds, src)
		}
	}
	return seeds
}

// TestFuzzSeeds checks that the seeds of FuzzAnalyzer reach the
// analyzer: every seed that type-checks on its own (a file of a
// one-file package) and wants a diagnostic draws one, unless its
// package is analyzed with flags of its own.
func TestFuzzSeeds(t *testing.T) {
	checked := 0
	for _, src := range fuzzSeeds(t) {
		n, ok := checkSource(t, src)
		if !ok {
			continue // it needs the other files of its package
		}
		checked++
		if n == 0 && strings.Contains(string(src), "// want") && !strings.Contains(string(src), "is analyzed with") {
			t.Errorf("a seed that wants diagnostics draws none:\n%.200s", src)
		}
	}
	if checked < 10 {
		t.Errorf("only %d seeds type-check", checked)
	}
}

// checkSource type-checks src as a package of its own and runs the
// analyzer over it, with the default settings and with every check at
// its widest. It fails t if the analyzer fails or offers a fix that does
// not leave parsable source. It returns the number of diagnostics, and
// whether src type-checked at all.
func checkSource(t *testing.T, src []byte) (int, bool) {
	// A directory that does not exist: the package has no test files
	// for the analyzer to read names from.
	const name = "nonexistent/fuzz.go"
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, name, src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return 0, false // not Go
	}
	{
		info := &types.Info{
			Types:        make(map[ast.Expr]types.TypeAndValue),
			Defs:         make(map[*ast.Ident]types.Object),
			Uses:         make(map[*ast.Ident]types.Object),
			Implicits:    make(map[ast.Node]types.Object),
			Selections:   make(map[*ast.SelectorExpr]*types.Selection),
			Scopes:       make(map[ast.Node]*types.Scope),
			FileVersions: make(map[*ast.File]string),
		}
		conf := types.Config{Importer: fuzzImporter(), Error: func(error) {}}
		pkg, err := conf.Check("example.com/fuzz", fset, []*ast.File{file}, info)
		if err != nil {
			return 0, false // drivers do not run the analyzer on packages with type errors
		}
		count := 0
		cfg := analyzer.DefaultConfig()
		cfg.Zero = true
		cfg.Generated = true
		cfg.StrictDirectives = true
		cfg.Require = []int64{0, 4400, 5400, 28004}
		for _, a := range []*analysis.Analyzer{analyzer.New(analyzer.DefaultConfig()), analyzer.New(cfg)} {
			var diags []analysis.Diagnostic
			files := []*ast.File{file}
			err := runOn(a, fset, files, pkg, info, inspector.New(files), map[string][]byte{name: src}, func(d analysis.Diagnostic) { diags = append(diags, d) })
			if err != nil {
				t.Fatalf("Run: %v", err)
			}
			count += len(diags)
			tok := fset.File(file.FileStart)
			for _, d := range diags {
				if len(d.SuggestedFixes) > 1 {
					t.Fatalf("%s: %d fixes", fset.Position(d.Pos), len(d.SuggestedFixes))
				}
				for _, fix := range d.SuggestedFixes {
					var edits []edit
					for _, e := range fix.TextEdits {
						end := e.End
						if !end.IsValid() {
							end = e.Pos
						}
						edits = append(edits, edit{tok.Offset(e.Pos), tok.Offset(end), string(e.NewText)})
					}
					slices.SortFunc(edits, func(x, y edit) int { return x.start - y.start })
					fixed, err := apply(src, edits)
					if err != nil {
						t.Fatalf("%s: fix %q: %v", fset.Position(d.Pos), fix.Message, err)
					}
					if _, err := parser.ParseFile(token.NewFileSet(), "fixed.go", fixed, parser.ParseComments); err != nil {
						t.Fatalf("%s: fix %q leaves source that does not parse: %v\n%s", fset.Position(d.Pos), fix.Message, err, fixed)
					}
				}
			}
		}
		return count, true
	}
}

// fuzzImporter imports the standard library from export data and
// package tccode from its source, once per process.
var fuzzImporter = sync.OnceValue(func() types.Importer {
	fset := token.NewFileSet()
	var files []*ast.File
	names, _ := filepath.Glob(filepath.Join("..", "tccode", "*.go"))
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			panic(err)
		}
		files = append(files, f)
	}
	tccode, err := new(types.Config).Check("github.com/tccodelint/tccodelint/tccode", fset, files, nil)
	if err != nil {
		panic(err)
	}
	return &withTccode{std: importer.Default(), tccode: tccode}
})

type withTccode struct {
	mu     sync.Mutex
	std    types.Importer
	tccode *types.Package
}

// fuzzStd lists the standard packages that fuzzed source may import:
// those of the seeds. Others fail at once, as a type error, rather than
// run the go command for every mutated import path.
var fuzzStd = map[string]bool{
	"errors": true, "fmt": true, "net/http": true, "strconv": true, "strings": true, "time": true,
}

func (w *withTccode) Import(path string) (*types.Package, error) {
	if path == w.tccode.Path() {
		return w.tccode, nil
	}
	if !fuzzStd[path] {
		return nil, fmt.Errorf("the fuzz test does not import %q", path)
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.std.Import(path)
}

// runOn runs a over the package of files, as a driver would after
// loading it, and hands its diagnostics to report; text holds the
// files' contents by name.
func runOn(a *analysis.Analyzer, fset *token.FileSet, files []*ast.File, pkg *types.Package, info *types.Info, insp *inspector.Inspector, text map[string][]byte, report func(analysis.Diagnostic)) error {
	pass := &analysis.Pass{
		Analyzer:   a,
		Fset:       fset,
		Files:      files,
		Pkg:        pkg,
		TypesInfo:  info,
		TypesSizes: types.SizesFor("gc", "amd64"),
		ResultOf:   map[*analysis.Analyzer]any{inspect.Analyzer: insp},
		Report:     report,
		ReadFile: func(name string) ([]byte, error) {
			if src, ok := text[name]; ok {
				return src, nil
			}
			return nil, os.ErrNotExist
		},
	}
	_, err := a.Run(pass)
	return err
}
