package analyzer_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/tccodelint/tccodelint/analyzer"
)

// testdata returns the module of test inputs, testdata/src at the root
// of the repository.
func testdata(t *testing.T) string {
	t.Helper()
	return testdataDir(t, "src")
}

func testdataDir(t *testing.T, name string) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// newAnalyzer returns a fresh analyzer with its flags set as in args,
// through the same flag set the drivers use.
func newAnalyzer(t *testing.T, args ...string) *analysis.Analyzer {
	t.Helper()
	a := analyzer.New(analyzer.DefaultConfig())
	if err := a.Flags.Parse(args); err != nil {
		t.Fatal(err)
	}
	return a
}

// A feature is one testdata package and the flags it is analyzed with.
type feature struct {
	pattern string
	flags   []string
}

// Packages about the magic check run with -require= (the unhandled
// check off), to keep their want comments about one thing.
var features = []feature{
	{"./magic", []string{"-require="}},
	{"./envelope", nil},
	{"./locals", []string{"-require="}},
	{"./imports", []string{"-require="}},
	{"./importsclash", nil},
	{"./importsblank", nil},
	{"./importscomment", nil},
	{"./testvariant", nil},
	{"./align", nil},
	{"./productcodes/...", nil},
	{"./zero", []string{"-zero"}},
	{"./generated", nil},
	{"./codefields", []string{"-code-fields=example.com/tctest/codefields/api.Result.RetCode, example.com/tctest/codefields/api.Status.Code"}},
	{"./unhandled", nil},
	{"./paths", nil},
	{"./identity", nil},
	{"./perresource", nil},
	{"./predicate", nil},
	{"./platforms/...", nil},
	{"./batch", nil},
	{"./getters/...", nil},
	{"./defaulthandles", []string{"-default-handles"}},
	{"./requireall", []string{"-require=all"}},
	{"./requirelist", []string{"-require=PartiallyExecuted,tccode.InternalServerError, product:28004"}},
	{"./sdk", nil},
	{"./sdkcvm", nil},
	{"./sdkintl", nil},
	{"./sdkfields", []string{"-code-fields=example.com/tctest/sdkfields.Fault.ErrCode"}},
	{"./directives", nil},
	{"./strictdirectives", []string{"-strict-directives"}},
	{"./conversions", nil},
	{"./embeddedparts", nil},
	{"./methodvalues", nil},
	{"./tables", nil},
	{"./helpers", nil},
	{"./generics", nil},
	{"./unknown", nil},
	{"./unknownvariant", nil},
	{"./unknownwrapped", nil},
	{"./unknownplatforms", nil},
	{"./unknownnone", nil},
	{"./unknownknown", []string{"-known-codes=FailedOperation.Undocumented"}},
}

// TestFeatures checks the diagnostics of every testdata package
// against its // want comments and its fixes against its .golden files.
func TestFeatures(t *testing.T) {
	t.Parallel()
	for _, f := range features {
		t.Run(strings.Trim(f.pattern, "./"), func(t *testing.T) {
			t.Parallel()
			analysistest.RunWithSuggestedFixes(t, testdata(t), newAnalyzer(t, f.flags...), f.pattern)
		})
	}
}

// TestFixesBuild checks what the fixes of every testdata package leave
// behind: see checkFixes.
func TestFixesBuild(t *testing.T) {
	t.Parallel()
	for _, f := range append(features, feature{"./linedirective", nil}) {
		t.Run(strings.Trim(f.pattern, "./"), func(t *testing.T) {
			t.Parallel()
			checkFixes(t, newAnalyzer(t, f.flags...), testdata(t), f.pattern)
		})
	}
}

// TestGeneratedFlag checks that -generated reports in generated files.
func TestGeneratedFlag(t *testing.T) {
	t.Parallel()
	results := analysistest.Run(nopT{}, testdata(t), newAnalyzer(t, "-generated"), "./generated")
	var got []string
	for _, r := range results {
		for _, d := range r.Diagnostics {
			got = append(got, filepath.Base(r.Pass.Fset.Position(d.Pos).Filename))
		}
	}
	if strings.Join(got, " ") != "generated.go handwritten.go" {
		t.Errorf("-generated: diagnostics in %v, want one in each of generated.go and handwritten.go", got)
	}
}

// nopT accepts the // want comments that a run with other flags than
// the package was written for does not meet.
type nopT struct{}

func (nopT) Errorf(string, ...any) {}

// TestInsideTccode checks that fixes inside package tccode itself use
// its constants unqualified.
func TestInsideTccode(t *testing.T) {
	t.Parallel()
	analysistest.RunWithSuggestedFixes(t, testdataDir(t, "self"), analyzer.New(analyzer.DefaultConfig()),
		"github.com/tccodelint/tccodelint/tccode")
}

func TestCodeFieldsFlag(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		value string
		want  []analyzer.FieldRef // nil: an error
	}{
		{"", []analyzer.FieldRef{}},
		{"example.com/api.Result.RetCode", []analyzer.FieldRef{{PkgPath: "example.com/api", Type: "Result", Field: "RetCode"}}},
		{"gopkg.in/yaml.v3.Node.Kind , a.T.F,", []analyzer.FieldRef{
			{PkgPath: "gopkg.in/yaml.v3", Type: "Node", Field: "Kind"},
			{PkgPath: "a", Type: "T", Field: "F"},
		}},
		{"bogus", nil},
		{"api.Result", nil},
		{".Result.Code", nil},
		{"example.com/api.Result.", nil},
		{"example.com/api.1x.Code", nil},
		{`example.com/"api".T.F`, nil},
	} {
		a := analyzer.New(analyzer.DefaultConfig())
		err := a.Flags.Set("code-fields", tc.value)
		if tc.want == nil {
			if err == nil {
				t.Errorf("-code-fields=%q: no error", tc.value)
			} else if !strings.Contains(err.Error(), "want importpath.Type.Field") {
				t.Errorf("-code-fields=%q: unclear error %q", tc.value, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("-code-fields=%q: %v", tc.value, err)
			continue
		}
		got, _ := analyzer.ParseFieldRefs(tc.value)
		if len(got) != len(tc.want) {
			t.Errorf("-code-fields=%q: got %v, want %v", tc.value, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("-code-fields=%q: got %v, want %v", tc.value, got, tc.want)
			}
		}
		if s := a.Flags.Lookup("code-fields").Value.String(); tc.value != "" && s == "" {
			t.Errorf("-code-fields=%q: the flag prints as empty", tc.value)
		}
	}
}

// TestNewIsolated checks that analyzers from separate calls to New do
// not share settings.
func TestNewIsolated(t *testing.T) {
	t.Parallel()
	a, b := analyzer.New(analyzer.DefaultConfig()), analyzer.New(analyzer.DefaultConfig())
	if err := a.Flags.Set("zero", "true"); err != nil {
		t.Fatal(err)
	}
	if got := b.Flags.Lookup("zero").Value.String(); got != "false" {
		t.Errorf("setting -zero on one analyzer set it on another: %s", got)
	}
	if analyzer.Analyzer.Flags.Lookup("zero").Value.String() != "false" {
		t.Errorf("setting -zero on a new analyzer set it on analyzer.Analyzer")
	}
}

func TestDoc(t *testing.T) {
	t.Parallel()
	doc := analyzer.Analyzer.Doc
	if !strings.HasPrefix(doc, "report magic, unknown and unhandled TencentCloud result codes\n") {
		t.Errorf("Doc does not start with the summary line: %q", doc[:min(len(doc), 80)])
	}
	for _, want := range []string{"# Flags", "-code-fields", "-zero", "-generated", "-require", "-default-handles", "-strict-directives", "-follow-functions", "//tccodelint:ignore", "// WRONG", "// RIGHT"} {
		if !strings.Contains(doc, want) {
			t.Errorf("Doc lacks %q", want)
		}
	}
	if err := analysis.Validate([]*analysis.Analyzer{analyzer.Analyzer}); err != nil {
		t.Error(err)
	}
}

func TestRequireFlag(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		value string
		want  string // the flag's value printed back, or "error: " and what the error says
	}{
		{"", ""},
		{"5400", "5400"},
		{"PartiallyExecuted, tccode.InternalServerError,product:28004,5400", "5400,6000,product:28004"},
		{"all", "4000,4100,4200,4300,4400,4500,4600,5000,5100,5200,5300,5400,5500,6000,6100,6200"},
		{"all,product:7001", "4000,4100,4200,4300,4400,4500,4600,5000,5100,5200,5300,5400,5500,6000,6100,6200,product:7001"},
		{"product: 5400", "5400"},

		// A number that is no common error code is a typo until it says
		// it is a product's code.
		{"5401", "error: 5401 is not one of the sixteen common error codes (did you mean 5400?); want common error codes by number or tccode name (5400, PartiallyExecuted), all, or product:5401 for a product's own code"},
		{"540", "error: (did you mean 5400?)"},
		{"4001", "error: (did you mean 4000?)"},
		{"28004", "error: 28004 is not one of the sixteen common error codes; want"},
		{"0", "error: 0 is success, not an error code to handle; want"},
		{"Success", "error: Success is success, not an error code to handle"},
		{"tccode.Success", "error: tccode.Success is success"},
		{"product:0", "error: \"product:0\": want product:N, with N a product's own code, such as product:28004"},
		{"product:x", "error: want product:N"},
		{"product:-5", "error: want product:N"},

		{"bogus", "error: \"bogus\" is not a common error code; want common error codes"},
		{"-5400", "error: \"-5400\" is not a code; want"},
		{"5400.5", "error: \"5400.5\" is not a common error code; want"},
		{"tccode.Bogus", "error: \"tccode.Bogus\" is not a common error code; want"},
		{"partiallyexecuted", "error: (did you mean PartiallyExecuted?)"},
		{"PartialyExecuted", "error: (did you mean PartiallyExecuted?)"},
		{"tccode.InternalServerEror", "error: (did you mean InternalServerError?)"},
	} {
		a := analyzer.New(analyzer.DefaultConfig())
		err := a.Flags.Set("require", tc.value)
		if want, ok := strings.CutPrefix(tc.want, "error: "); ok {
			if err == nil || !strings.Contains(err.Error(), want) {
				t.Errorf("-require=%q: error %v, want one containing %q", tc.value, err, want)
			}
			continue
		}
		if err != nil {
			t.Errorf("-require=%q: %v", tc.value, err)
			continue
		}
		got := a.Flags.Lookup("require").Value.String()
		if got != tc.want {
			t.Errorf("-require=%q: got %q, want %q", tc.value, got, tc.want)
		}
		if err := a.Flags.Set("require", got); err != nil {
			t.Errorf("-require=%q prints as %q, which it does not take back: %v", tc.value, got, err)
		}
	}
	if got := analyzer.Analyzer.Flags.Lookup("require").Value.String(); got != "5400" {
		t.Errorf("default -require = %q, want 5400", got)
	}
}

// TestFollowFunctions checks codes followed through plain functions,
// across packages, under -follow-functions.
func TestFollowFunctions(t *testing.T) {
	t.Parallel()
	cfg := analyzer.DefaultConfig()
	cfg.FollowFunctions = true
	analysistest.RunWithSuggestedFixes(t, testdata(t), analyzer.New(cfg), "./flow/...")
}

// TestHandoff checks that, under -follow-functions, a batch answer
// handed to a function of another package that handles 5400 is handled;
// and that without the flag, where the callee's code is not seen, it is
// not.
func TestHandoff(t *testing.T) {
	t.Parallel()
	cfg := analyzer.DefaultConfig()
	cfg.FollowFunctions = true
	analysistest.Run(t, testdata(t), analyzer.New(cfg), "./handoff/...")

	results := analysistest.Run(nopT{}, testdata(t), analyzer.New(analyzer.DefaultConfig()), "./handoff/user")
	var lines []int
	for _, r := range results {
		for _, d := range r.Diagnostics {
			lines = append(lines, r.Pass.Fset.Position(d.Pos).Line)
		}
	}
	if fmt.Sprint(lines) != "[14 21 28 35]" {
		t.Errorf("without -follow-functions: findings on lines %v, want every hand-off [14 21 28 35]", lines)
	}
}

// TestLoadingAgrees checks that a finding and its fix do not depend on
// how the packages were loaded: from export data, or from source under
// -follow-functions.
func TestLoadingAgrees(t *testing.T) {
	t.Parallel()
	follow := analyzer.DefaultConfig()
	follow.FollowFunctions = true
	for _, a := range []*analysis.Analyzer{analyzer.New(analyzer.DefaultConfig()), analyzer.New(follow)} {
		analysistest.RunWithSuggestedFixes(t, testdata(t), a, "./loading/user")
	}
}

// TestFollowFunctionsOff checks that without -follow-functions nothing
// is followed through plain functions.
func TestFollowFunctionsOff(t *testing.T) {
	t.Parallel()
	results := analysistest.Run(nopT{}, testdata(t), analyzer.New(analyzer.DefaultConfig()), "./flow/...")
	for _, r := range results {
		for _, d := range r.Diagnostics {
			t.Errorf("%s: %s", r.Pass.Fset.Position(d.Pos), d.Message)
		}
	}
	if len(results) == 0 {
		t.Fatal("no packages analyzed")
	}
}

// TestFollowFunctionsLate checks that -follow-functions set after New
// is an error, not a silent no-op.
func TestFollowFunctionsLate(t *testing.T) {
	t.Parallel()
	var errs []string
	analysistest.Run(errorsT{&errs}, testdata(t), newAnalyzer(t, "-follow-functions"), "./flow/user")
	if !strings.Contains(strings.Join(errs, "\n"), "-follow-functions must be given when the analyzer is made") {
		t.Errorf("errors: %q", errs)
	}
}

// errorsT collects the errors of a run.
type errorsT struct{ errs *[]string }

func (e errorsT) Errorf(format string, args ...any) {
	*e.errs = append(*e.errs, fmt.Sprintf(format, args...))
}

// TestKnownCodesFlag checks that -known-codes adds up when repeated,
// and refuses a code with a blank or a quote.
func TestKnownCodesFlag(t *testing.T) {
	a := analyzer.New(analyzer.DefaultConfig())
	for _, value := range []string{"A.One, B.Two", "C.Three"} {
		if err := a.Flags.Set("known-codes", value); err != nil {
			t.Fatal(err)
		}
	}
	if got := a.Flags.Lookup("known-codes").Value.String(); got != "A.One,B.Two,C.Three" {
		t.Errorf("-known-codes = %q, want the three codes", got)
	}
	if err := a.Flags.Set("known-codes", `A "B"`); err == nil || !strings.Contains(err.Error(), `invalid known code "A \"B\""`) {
		t.Errorf("a code with a blank and quotes: error %v", err)
	}
}
