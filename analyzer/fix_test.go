package analyzer_test

import (
	"bytes"
	"cmp"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/tccodelint/tccodelint/analyzer"
)

// loadMode is what the analyzer needs of a package.
const loadMode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles | packages.NeedImports |
	packages.NeedTypes | packages.NeedTypesSizes | packages.NeedSyntax | packages.NeedTypesInfo |
	packages.NeedDeps | packages.NeedModule

// load loads the packages of the testdata module that match pattern,
// their test variants too, with overlay in place of the files' text.
func load(t *testing.T, dir string, overlay map[string][]byte, pattern string) []*packages.Package {
	t.Helper()
	return loadFor(t, dir, overlay, pattern)
}

// loadFor is load, with env added to the go command's environment
// (GOOS=windows).
func loadFor(t *testing.T, dir string, overlay map[string][]byte, pattern string, env ...string) []*packages.Package {
	t.Helper()
	cfg := &packages.Config{
		Mode:    loadMode,
		Dir:     dir,
		Tests:   true,
		Env:     append(append(os.Environ(), "GO111MODULE=on", "GOPROXY=off", "GOWORK=off", "GOFLAGS=-mod=mod"), env...),
		Overlay: overlay,
	}
	pkgs, err := packages.Load(cfg, pattern)
	if err != nil {
		t.Fatalf("loading %s: %v", pattern, err)
	}
	if len(pkgs) == 0 {
		t.Fatalf("loading %s: no packages", pattern)
	}
	return pkgs
}

// fileFix is one suggested fix, with the file it edits.
type fileFix struct {
	file  string
	line  int // of the diagnostic
	fix   analysis.SuggestedFix
	edits []edit // in the file's byte offsets, sorted
}

type edit struct {
	start, end int
	text       string
}

// suggestedFixes runs a over pkgs and returns the first fix of every
// diagnostic, once each (a file in both a package and its test variant
// gets the same fixes twice).
func suggestedFixes(t *testing.T, a *analysis.Analyzer, pkgs []*packages.Package) []fileFix {
	t.Helper()
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	seen := make(map[string]bool)
	var fixes []fileFix
	for _, act := range graph.Roots {
		if act.Err != nil {
			t.Fatalf("%s: %v", act, act.Err)
		}
		fset := act.Package.Fset
		for _, d := range act.Diagnostics {
			if len(d.SuggestedFixes) > 1 {
				t.Errorf("%s: %d fixes, want at most one", fset.Position(d.Pos), len(d.SuggestedFixes))
			}
			if len(d.SuggestedFixes) == 0 {
				continue
			}
			fix := d.SuggestedFixes[0]
			key := fmt.Sprint(fset.Position(d.Pos), fix.Message)
			if seen[key] {
				continue
			}
			seen[key] = true
			ff := fileFix{fix: fix, line: fset.Position(d.Pos).Line}
			for _, e := range fix.TextEdits {
				tf := fset.File(e.Pos)
				if ff.file != "" && ff.file != tf.Name() {
					t.Errorf("%s: fix %q edits two files", fset.Position(d.Pos), fix.Message)
				}
				ff.file = tf.Name()
				end := e.End
				if !end.IsValid() {
					end = e.Pos
				}
				ff.edits = append(ff.edits, edit{tf.Offset(e.Pos), tf.Offset(end), string(e.NewText)})
			}
			slices.SortFunc(ff.edits, func(x, y edit) int { return cmp.Or(x.start-y.start, x.end-y.end) })
			fixes = append(fixes, ff)
		}
	}
	return fixes
}

// apply applies sorted, non-overlapping edits to src.
func apply(src []byte, edits []edit) ([]byte, error) {
	var out []byte
	last := 0
	for _, e := range edits {
		if e.start < last {
			return nil, fmt.Errorf("edits overlap at offset %d", e.start)
		}
		out = append(append(out, src[last:e.start]...), e.text...)
		last = e.end
	}
	return append(out, src[last:]...), nil
}

// merge merges two sorted lists of edits as the drivers do (x/tools'
// diff.Merge): identical edits are coalesced, different insertions at
// one point are both kept, x's first, and an edit that starts before
// an overlapping one is split; overlapping edits that differ at one
// point conflict.
func merge(x, y []edit) ([]edit, error) {
	x, y = slices.Clone(x), slices.Clone(y)
	var merged []edit
	for len(x) > 0 && len(y) > 0 {
		px, py := &x[0], &y[0]
		switch {
		case *px == *py:
			merged = append(merged, *px)
			x, y = x[1:], y[1:]
		case px.end <= py.start:
			merged = append(merged, *px)
			x = x[1:]
		case py.end <= px.start:
			merged = append(merged, *py)
			y = y[1:]
		case px.start < py.start:
			merged = append(merged, edit{px.start, py.start, ""})
			px.start = py.start
		case py.start < px.start:
			merged = append(merged, edit{py.start, px.start, ""})
			py.start = px.start
		default:
			return nil, fmt.Errorf("edits conflict at offset %d: %q and %q", px.start, px.text, py.text)
		}
	}
	return append(append(merged, x...), y...), nil
}

// checkFixes checks the fixes a suggests for the packages matching
// pattern in the module at dir:
//   - every fix, applied alone, as an editor applies a quick fix,
//     leaves a file that parses and is gofmt-clean, if it was before;
//   - the fixes of a file merge without conflict, as the -fix drivers
//     merge them;
//   - with all of them applied, every package type-checks against the
//     real tccode package, and the file, not formatted after the
//     merge, is still gofmt-clean.
//
// It returns the number of fixes checked.
func checkFixes(t *testing.T, a *analysis.Analyzer, dir, pattern string) int {
	t.Helper()
	fixes := suggestedFixes(t, a, load(t, dir, nil, pattern))

	byFile := make(map[string][]edit)
	for _, ff := range fixes {
		src, err := os.ReadFile(ff.file)
		if err != nil {
			t.Fatal(err)
		}
		fixed, err := apply(src, ff.edits)
		if err != nil {
			t.Errorf("%s: fix %q: %v", ff.file, ff.fix.Message, err)
			continue
		}
		if err := gofmtClean(ff.file, fixed); err != nil && isGofmtClean(src) {
			t.Errorf("fix %q alone: %v", ff.fix.Message, err)
		}
		if byFile[ff.file], err = merge(byFile[ff.file], ff.edits); err != nil {
			t.Errorf("%s: fix %q does not merge with those before: %v", ff.file, ff.fix.Message, err)
		}
	}

	overlay := make(map[string][]byte)
	for file, edits := range byFile {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		fixed, err := apply(src, edits)
		if err != nil {
			t.Fatalf("%s: merged edits: %v", file, err)
		}
		if err := gofmtClean(file, fixed); err != nil && isGofmtClean(src) {
			t.Errorf("all fixes: %v", err)
		}
		overlay[file] = fixed
	}
	if len(overlay) == 0 {
		return 0
	}
	// The fixed code builds for every platform, not only this one: a
	// fix must not name what a file for another platform declares, or
	// a constant that only this platform's files declare.
	for _, goos := range []string{"linux", "darwin", "windows"} {
		for _, pkg := range loadFor(t, dir, overlay, pattern, "GOOS="+goos, "GOARCH=amd64", "CGO_ENABLED=0") {
			for _, err := range pkg.Errors {
				t.Errorf("after the fixes, on %s, %s: %v", goos, pkg.ID, err)
			}
		}
	}
	return len(fixes)
}

// gofmtClean reports an error if src, the text of file, does not
// parse or is not as gofmt would write it.
func gofmtClean(file string, src []byte) error {
	if _, err := parser.ParseFile(token.NewFileSet(), file, src, parser.ParseComments); err != nil {
		return fmt.Errorf("%s does not parse: %v\n%s", file, err, src)
	}
	formatted, err := format.Source(src)
	if err != nil {
		return err
	}
	if !bytes.Equal(formatted, src) {
		return fmt.Errorf("%s is not gofmt-clean:\n%s", file, lineDiff(src, formatted))
	}
	return nil
}

func isGofmtClean(src []byte) bool {
	formatted, err := format.Source(src)
	return err == nil && bytes.Equal(formatted, src)
}

// lineDiff lists the lines that differ between got and want.
func lineDiff(got, want []byte) string {
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	var b strings.Builder
	for i := range max(len(g), len(w)) {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			fmt.Fprintf(&b, "line %d:\n\tgot  %q\n\twant %q\n", i+1, gl, wl)
		}
	}
	return b.String()
}

// requireTccodelint is the part of a temporary module's go.mod that
// makes it use this module (see writeModule).
const requireTccodelint = "require github.com/tccodelint/tccodelint v0.0.0\n\n" +
	"replace github.com/tccodelint/tccodelint => $ROOT\n"

// writeModule writes files, by path, to a temporary directory, with
// $ROOT in their text replaced by the root of this module, and returns
// the directory.
func writeModule(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	for name, text := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(strings.ReplaceAll(text, "$ROOT", root)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestUnformattedFile checks the fix in a file that is not gofmt-clean
// to begin with: it replaces the literal alone (realigning comments
// would mean reformatting the file), and still builds.
func TestUnformattedFile(t *testing.T) {
	t.Parallel()
	sum, err := os.ReadFile(filepath.Join(testdata(t), "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	dir := writeModule(t, map[string]string{
		"go.mod": "module example.com/unformatted\n\ngo 1.26.0\n\n" + requireTccodelint,
		"go.sum": string(sum),
		"unformatted.go": "package unformatted\n\n" +
			"type Response struct {\n\tCode int\n\tCodeDesc string\n}\n\n" +
			"func _(r Response) bool {\n\treturn r.Code==5400   // partial\n}\n",
	})
	fixes := suggestedFixes(t, analyzer.New(analyzer.DefaultConfig()), load(t, dir, nil, "./..."))
	if len(fixes) != 1 {
		t.Fatalf("got %d fixes, want 1", len(fixes))
	}
	var literal []string
	for _, e := range fixes[0].edits {
		if !strings.Contains(e.text, "import") {
			literal = append(literal, e.text)
		}
	}
	if strings.Join(literal, "|") != "tccode.PartiallyExecuted" {
		t.Errorf("edits besides the import: %q, want the replacement alone", literal)
	}
	if n := checkFixes(t, analyzer.New(analyzer.DefaultConfig()), dir, "./..."); n != 1 {
		t.Errorf("checked %d fixes, want 1", n)
	}
}

// TestMessageLength checks that every message stays short enough to
// read in a terminal line or two, whatever the code and the flags: a
// file that makes the analyzer say each thing it can say (every common
// code, every version 3 code tccode names, a product code, a dispatch
// that misses all sixteen codes, a batch test, an idle directive) is
// analyzed with -require=all -zero -strict-directives.
func TestMessageLength(t *testing.T) {
	t.Parallel()
	const limit = 200
	fset := token.NewFileSet()
	var v3 []string
	files, err := filepath.Glob(filepath.Join("..", "tccode", "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range files {
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range f.Decls {
			gen, ok := decl.(*ast.GenDecl)
			if !ok || gen.Tok != token.CONST {
				continue
			}
			for _, spec := range gen.Specs {
				for _, v := range spec.(*ast.ValueSpec).Values {
					if lit, ok := v.(*ast.BasicLit); ok && lit.Kind == token.STRING {
						v3 = append(v3, lit.Value)
					}
				}
			}
		}
	}
	if len(v3) < 20 {
		t.Fatalf("found %d version 3 codes in package tccode", len(v3))
	}

	var src strings.Builder
	src.WriteString(`package sdk

import sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"

type lengthAnswer struct {
	Code     int
	CodeDesc string
	Detail   []int
}

func _(r lengthAnswer, e *sdkerrors.TencentCloudSDKError) bool {
	switch r.Code {
	case 4400:
	}
	return true
}

func _(r lengthAnswer) bool {
	if r.Code != 0 {
		return false
	}
	//tccodelint:ignore nothing here
	return true
}

func _(r lengthAnswer, e *sdkerrors.TencentCloudSDKError) {
	_ = r.Code == 12345678901234
`)
	for code := 4000; code <= 6200; code += 100 {
		fmt.Fprintf(&src, "\t_ = r.Code == %d\n", code)
	}
	for _, code := range v3 {
		fmt.Fprintf(&src, "\t_ = e.Code == %s\n", code)
	}
	src.WriteString("}\n")

	dir := testdata(t)
	name := filepath.Join(dir, "sdk", "zz_length.go")
	pkgs := load(t, dir, map[string][]byte{name: []byte(src.String())}, "./sdk")
	a := newAnalyzer(t, "-require=all", "-zero", "-strict-directives")
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	categories := make(map[string]int)
	longest := ""
	for act := range graph.All() {
		if act.Analyzer != a || act.Package.PkgPath != "example.com/tctest/sdk" {
			continue
		}
		if act.Err != nil {
			t.Fatal(act.Err)
		}
		for _, d := range act.Diagnostics {
			if act.Package.Fset.File(d.Pos).Name() != name {
				continue
			}
			categories[d.Category]++
			if len(d.Message) > len(longest) {
				longest = d.Message
			}
			if len(d.Message) > limit {
				t.Errorf("%s: a message of %d characters, over %d: %s", act.Package.Fset.Position(d.Pos), len(d.Message), limit, d.Message)
			}
		}
	}
	// Each kind of finding was seen: 23 magic literals and the version 3
	// codes, one dispatch and one batch test, one idle directive.
	if categories["magic"] < 23+len(v3) || categories["unhandled"] < 2 || categories["directive"] != 1 {
		t.Errorf("findings by category: %v; the file should make every kind", categories)
	}
	t.Logf("longest message (%d characters): %s", len(longest), longest)
}

// TestImportOddLayouts checks the import a fix adds to files laid out
// in ways gofmt would change, and so no testdata file can hold: a last
// import that shares its line with a declaration (import "fmt"; var _
// = ...), a comment that runs from the package clause onto the line of
// a declaration, and comments that run across the lines of an import
// block. Each fix must leave a file that builds, and is gofmt-clean
// if it was.
func TestImportOddLayouts(t *testing.T) {
	t.Parallel()
	const response = "type Response struct {\n\tCode     int\n\tCodeDesc string\n}\n\n"
	const use = "func _(r Response) bool { return r.Code == 4300 }\n"
	files := map[string]string{
		// zz.example sorts after github.com: its imports come after ours.
		"go.mod": "module zz.example/odd\n\ngo 1.26.0\n\n" +
			"require (\n\taa.example/lib v0.0.0\n\tgithub.com/tccodelint/tccodelint v0.0.0\n)\n\n" +
			"replace github.com/tccodelint/tccodelint => $ROOT\n\n" +
			"replace aa.example/lib => ./aa\n",
		// aa.example sorts before github.com: its imports come before ours.
		"aa/go.mod":        "module aa.example/lib\n\ngo 1.26.0\n",
		"aa/lib.go":        "package lib\n\nconst Y = 1\n",
		"lib/lib.go":       "package lib\n\nconst X = 1\n",
		"beside/beside.go": "package beside\n\nimport \"fmt\"; var _ = fmt.Sprint\n\n" + response + use,
		"clause/clause.go": "package clause /*\n*/ " + response + use,
		"paren/paren.go":   "package paren\n\nimport (\n\t\"fmt\" /*\n*/)\n\nvar _ = fmt.Sprint\n\n" + response + use,
		"spec/spec.go": "package spec\n\nimport (\n\t\"fmt\"\n\n\taa \"aa.example/lib\" /*\n*/ \"zz.example/odd/lib\"\n)\n\n" +
			"var _, _, _ = fmt.Sprint, aa.Y, lib.X\n\n" + response + use,
		"next/next.go": "package next\n\nimport (\n\t\"fmt\"\n\n\t\"zz.example/odd/lib\" /*\n\n*/ \"zz.example/odd/lib/z\"\n)\n\n" +
			"var _, _, _ = fmt.Sprint, lib.X, z.X\n\n" + response + use,
		"lib/z/z.go": "package z\n\nconst X = 1\n",
		// Declarations right after the new import need a blank line.
		"nextline/nextline.go": "package nextline /* a\nb */\n" + response + use,
		"floating/floating.go": "package floating\n\nimport \"fmt\" // c\n// floating\nvar _ = fmt.Sprint\n\n" + response + use,
		// Two new imports before one line merge in sorted order.
		"env/env.go": "package env\n\n" + response + "const CodeBusy = 28004\n",
		"twonew/uses.go": "package twonew\n\nimport \"zz.example/odd/env\"\n\ntype R = env.Response\n\n" +
			"func _(r R) bool { return r.Code == env.CodeBusy }\n",
		"twonew/twonew.go": "package twonew\n\nimport (\n\t\"fmt\"\n\n\t\"zz.example/odd/lib/z\"\n)\n\n" +
			"var _, _ = fmt.Sprint, z.X\n\nfunc _(r R) bool { return r.Code == 28004 || r.Code == 4000 }\n",
		// Four new imports before one line merge in sorted order too,
		// before a spec and before the closing parenthesis.
		"env2/env.go": "package env2\n\n" + response + "const CodeBusy = 28002\n",
		"env3/env.go": "package env3\n\n" + response + "const CodeBusy = 28003\n",
		"four/uses.go": "package four\n\nimport (\n\t\"zz.example/odd/env\"\n\t\"zz.example/odd/env2\"\n\t\"zz.example/odd/env3\"\n)\n\n" +
			"type (\n\tR1 = env.Response\n\tR2 = env2.Response\n\tR3 = env3.Response\n)\n\n" +
			"func _(a R1, b R2, c R3) bool {\n\treturn a.Code == env.CodeBusy || b.Code == env2.CodeBusy || c.Code == env3.CodeBusy\n}\n",
		"four/spec.go": "package four\n\nimport (\n\t\"fmt\"\n\n\t\"zz.example/odd/lib/z\"\n)\n\n" +
			"var _, _ = fmt.Sprint, z.X\n\n" +
			"func _(a R1, b R2, c R3) bool {\n\treturn c.Code == 28003 || b.Code == 28002 || a.Code == 4000 || a.Code == 28004\n}\n",
		"four/paren.go": "package four\n\nimport (\n\t\"fmt\"\n\n\taa \"aa.example/lib\"\n)\n\n" +
			"var _, _ = fmt.Sprint, aa.Y\n\n" +
			"func _(a R1, b R2, c R3) bool {\n\treturn c.Code == 28003 || b.Code == 28002 || a.Code == 4000 || a.Code == 28004\n}\n",
		// A block comment after a spec does not split its group.
		"group/group.go": "package group\n\nimport (\n\t\"zz.example/odd/lib\" /* a\n\tb */\n\t\"fmt\"\n)\n\n" +
			"var _, _ = fmt.Sprint, lib.X\n\n" + response + use,
		// Imports whose trailing comments gofmt aligns: a new one
		// among them would realign them.
		"commented/commented.go": "package commented\n\nimport (\n\t\"fmt\"\n\n\taa \"aa.example/lib\"  // x\n\t\"zz.example/odd/lib\" // the lib\n)\n\n" +
			"var _, _, _ = fmt.Sprint, aa.Y, lib.X\n\n" + response + use,
	}
	dir := writeModule(t, files)
	if n := checkFixes(t, analyzer.New(analyzer.DefaultConfig()), dir, "./..."); n != 19 {
		t.Errorf("checked %d fixes, want 19", n)
	}
}

// TestAlignmentWithoutComment checks the fixes of literals on lines
// without a comment, which no testdata file can hold, since their want
// comments would change the case: in a composite literal, gofmt breaks
// the alignment between elements of very different sizes, so the
// longer first element joins the comments of the next two in one run;
// and it aligns the values of keyed elements after the keys.
func TestAlignmentWithoutComment(t *testing.T) {
	t.Parallel()
	files := map[string]string{
		"go.mod": "module example.com/sizes\n\ngo 1.26.0\n\n" + requireTccodelint,
		"sizes.go": "package sizes\n\ntype Response struct {\n\tCode     int\n\tCodeDesc string\n}\n\n" +
			"var sizes = []Response{\n\t{Code: 4500},\n\t{CodeDesc: \"short\"}, // a\n" +
			"\t{CodeDesc: \"a much longer description, past forty\"}, // b\n}\n",
		// Without a comment in sight, a key moves the values after it.
		"keys.go": "package sizes\n\nfunc label(r Response) string {\n\treturn map[bool]string{\n" +
			"\t\tr.Code == 4000:     \"bad parameter\",\n\t\tr.CodeDesc == \"xx\": \"other\",\n\t}[true]\n}\n\n" +
			"var names = map[Response]string{\n\t{Code: 4100}:                \"auth\",\n" +
			"\t{Code: 6000, CodeDesc: \"x\"}: \"internal\",\n}\n",
	}
	dir := writeModule(t, files)
	for _, name := range []string{"sizes.go", "keys.go"} {
		if !isGofmtClean([]byte(files[name])) {
			t.Fatalf("%s is not gofmt-clean to begin with", name)
		}
	}
	if n := checkFixes(t, analyzer.New(analyzer.DefaultConfig()), dir, "./..."); n != 4 {
		t.Errorf("checked %d fixes, want 4", n)
	}
}

// TestAlignedGroups checks the fixes of literals whose trailing
// comments gofmt aligns: each fix of a run carries the others, so
// that alone it leaves the run aligned, and says so; fixes of separate
// runs carry only their own literal; in a run longer than the analyzer
// lets every fix carry, the first fix carries all of them.
func TestAlignedGroups(t *testing.T) {
	t.Parallel()
	fixes := suggestedFixes(t, analyzer.New(analyzer.DefaultConfig()), load(t, testdata(t), nil, "./align"))
	byLine := make(map[int]fileFix)
	for _, ff := range fixes {
		byLine[ff.line] = ff
	}
	literals := func(ff fileFix) int {
		n := 0
		for _, e := range ff.edits {
			if strings.HasPrefix(e.text, "tccode.") {
				n++
			}
		}
		return n
	}
	for _, tc := range []struct {
		line     int
		message  string
		literals int
	}{
		{13, "Replace 4000 with tccode.InvalidParameter", 1}, // realigned alone
		{26, "Replace 4200 with tccode.RequestExpired, and the 2 codes aligned with it", 3},
		{29, "Replace 4400 with tccode.QuotaExceeded, and the 2 codes aligned with it", 3},
		{43, "Replace 5200 with tccode.ResourcePurchaseFailed, and the 9 codes aligned with it", 10}, // a crowd
		{51, "Replace 4000 with tccode.InvalidParameter", 1},                                         // a crowd of separate runs
		{76, "Replace 4000 with tccode.InvalidParameter", 1},
		{89, "Replace 4000 with tccode.InvalidParameter, and the 16 codes aligned with it", 17},
	} {
		ff, ok := byLine[tc.line]
		if !ok {
			t.Errorf("line %d: no fix", tc.line)
			continue
		}
		if ff.fix.Message != tc.message || literals(ff) != tc.literals {
			t.Errorf("line %d: fix %q with %d literals, want %q with %d", tc.line, ff.fix.Message, literals(ff), tc.message, tc.literals)
		}
	}
	for line := 90; line <= 105; line++ {
		if ff, ok := byLine[line]; ok {
			t.Errorf("line %d: fix %q; the fix at line 89 should carry it", line, ff.fix.Message)
		}
	}
}
