package analyzer

import (
	_ "embed"
	"errors"
	"fmt"
	"go/ast"
	"go/types"
	"runtime/debug"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

//go:embed doc.go
var doc string

// Analyzer is the tccodelint analyzer with the default settings.
var Analyzer = New(DefaultConfig())

// New returns a fresh analyzer. Its flags are bound to its own copy of
// cfg, so analyzers made by separate calls never share settings.
func New(cfg Config) *analysis.Analyzer {
	cfg.CodeFields = slices.Clone(cfg.CodeFields)
	cfg.Require = slices.Clone(cfg.Require)
	c := &checker{cfg: cfg}
	a := &analysis.Analyzer{
		Name: "tccodelint",
		Doc:  mustExtractDoc(doc, "tccodelint"),
		URL:  "https://pkg.go.dev/github.com/tccodelint/tccodelint/analyzer",
		Run:  c.run,
	}
	if cfg.FollowFunctions {
		c.flow = newFlowAnalyzer(c)
		a.Requires = append(a.Requires, c.flow)
	}
	a.Flags.Var(fieldRefsFlag{&c.cfg.CodeFields}, "code-fields",
		"comma-separated `importpath.Type.Field` names of further fields that hold a TencentCloud result code")
	a.Flags.BoolVar(&c.cfg.Zero, "zero", c.cfg.Zero,
		"also report comparisons with 0, fixing them to tccode.Success")
	a.Flags.BoolVar(&c.cfg.Generated, "generated", c.cfg.Generated,
		"also analyze generated files")
	a.Flags.Var(requireFlag{&c.cfg.Require}, "require",
		"comma-separated `codes` every dispatch on codes must handle: common codes by number or tccode name, all, or product:N; empty turns the check off")
	a.Flags.BoolVar(&c.cfg.DefaultHandles, "default-handles", c.cfg.DefaultHandles,
		"count a default clause or final else as handling every required code")
	a.Flags.BoolVar(&c.cfg.Unknown, "unknown", c.cfg.Unknown,
		"report version 3 codes that no SDK product package imported defines, where the error can only come from those packages' calls")
	a.Flags.Var(knownCodesFlag{&c.cfg.KnownCodes}, "known-codes",
		"comma-separated version 3 `codes` to take as known besides those of the SDK product packages imported (repeatable)")
	a.Flags.BoolVar(&c.cfg.StrictDirectives, "strict-directives", c.cfg.StrictDirectives,
		"report //tccodelint:ignore directives that silence nothing")
	a.Flags.BoolVar(&c.cfg.FollowFunctions, "follow-functions", c.cfg.FollowFunctions,
		"follow codes returned by plain functions across packages (slower: every dependency is analyzed from source)")
	return a
}

// checker runs the analysis with one configuration.
type checker struct {
	cfg  Config
	flow *analysis.Analyzer // tccodeflow, under -follow-functions
}

// errFollowLate is the error of an analyzer whose -follow-functions was
// set after New: its drivers have already left the facts out.
var errFollowLate = errors.New("-follow-functions must be given when the analyzer is made (analyzer.New, or the tccodelint command line), not set later")

// run analyzes a package. It requires no other analyzer, so that a
// package without TencentCloud codes, almost every package, costs a
// look at its types and nothing else (mentionsCodeField, then
// resolver.usesCode); only a package that passes is walked.
func (c *checker) run(pass *analysis.Pass) (_ any, err error) {
	defer recoverInto(&err, pass)
	flow := new(flowResult)
	if c.cfg.FollowFunctions {
		if c.flow == nil {
			return nil, errFollowLate
		}
		flow = pass.ResultOf[c.flow].(*flowResult)
	}
	mentions := len(flow.codes) > 0 || c.mentionsCodeField(pass)
	if !mentions && !c.cfg.StrictDirectives {
		return nil, nil // no field or method of a code's name is used: almost every package
	}
	r := newResolver(pass.TypesInfo, pass.Pkg, &c.cfg, flow.codes, pass.Files, pass.Fset)
	mentions = len(flow.codes) > 0 || mentions && r.usesCode()
	if !mentions && !c.cfg.StrictDirectives {
		return nil, nil // none that holds a code
	}
	root := inspector.New(pass.Files).Root()
	h := newHandoffs(r, flow.partial)
	shared := &packageNames{root: root, unknown: c.cfg.Unknown, extraCodes: c.cfg.KnownCodes}
	if len(flow.codes) == 0 {
		shared.resolver = r
	} else {
		// What a package uses as a code must not depend on
		// -follow-functions, or the fixes would.
		shared.resolver = newResolver(pass.TypesInfo, pass.Pkg, &c.cfg, nil, pass.Files, pass.Fset)
	}
	// Files for other platforms or tags, which the driver leaves out,
	// may call the package's helpers too.
	shared.resolver.otherPlatforms = slices.ContainsFunc(pass.IgnoredFiles, func(name string) bool { return strings.HasSuffix(name, ".go") })
	for curFile := range root.Children() {
		f := newFileUnit(pass, curFile.Node().(*ast.File), shared)
		if !c.cfg.Generated && ast.IsGenerated(f.file) && !f.cgo {
			continue // generated code is not ours to fix
		}
		if mentions {
			f.emit(c.check(f, r, h, curFile))
		}
		if c.cfg.StrictDirectives {
			f.reportUnusedDirectives()
		}
	}
	return nil, nil
}

// check runs the checks on the file f, at curFile: one walk finds what
// they look at, then each check makes its findings.
func (c *checker) check(f *fileUnit, r *resolver, h *handoffs, curFile inspector.Cursor) []finding {
	s := walk(r, curFile)
	findings := append(f.fixMagic(findMagic(r, c.cfg.Zero, s)), f.unknownConstants(r, s)...)
	if len(c.cfg.Require) == 0 {
		return findings // the unhandled check is off
	}
	ds := findDispatches(r, s)
	unhandled, missPartial := checkUnhandled(&c.cfg, ds, s, newPathFinder(r, s))
	findings = append(findings, unhandled...)
	if slices.Contains(c.cfg.Require, partial) && !strings.HasSuffix(f.tok.Name(), "_test.go") {
		// A test that asserts an answer's success (if resp.Code != 0 {
		// t.Fatal(...) }) loses nothing.
		findings = append(findings, checkBatch(r, s, ds, missPartial, h)...)
	}
	return findings
}

// mentionsCodeField reports whether the package uses a field that may
// hold a result code (one named Code, or one named by -code-fields) or
// a method that may return one: the first step of the fast path, one
// loop over the package's uses, which record the fields of selections
// and keyed composite literals alike.
func (c *checker) mentionsCodeField(pass *analysis.Pass) bool {
	for _, obj := range pass.TypesInfo.Uses {
		switch obj := obj.(type) {
		case *types.Var:
			if obj.IsField() && c.cfg.isCodeFieldName(obj.Name()) {
				return true
			}
		case *types.Func:
			if strings.HasSuffix(obj.Name(), "Code") && obj.Signature().Recv() != nil {
				return true // perhaps a code getter
			}
		}
	}
	return false
}

// isCodeFieldName reports whether a field called name may hold a code
// (see resolver.isCodeField): Code, or a name -code-fields gives.
func (cfg *Config) isCodeFieldName(name string) bool {
	if name == "Code" {
		return true
	}
	for _, r := range cfg.CodeFields {
		if r.Field == name {
			return true
		}
	}
	return false
}

// mustExtractDoc returns the documentation of the named analyzer from
// the package doc comment in the source of doc.go: the text after the
// "# Analyzer name" heading, starting at its "name: summary" line.
func mustExtractDoc(src, name string) string {
	var b strings.Builder
	for line := range strings.Lines(src) {
		if text, ok := strings.CutPrefix(line, "//"); ok {
			b.WriteString(strings.TrimPrefix(text, " "))
		} else if strings.HasPrefix(line, "package ") {
			break
		}
	}
	comment := b.String()
	heading := "# Analyzer " + name + "\n"
	_, section, ok := strings.Cut(comment, heading)
	if !ok {
		panic("doc.go has no " + strings.TrimSpace(heading) + " heading")
	}
	section = strings.TrimSpace(section)
	summary, ok := strings.CutPrefix(section, name+": ")
	if !ok {
		panic("doc.go: the " + name + " section does not start with \"" + name + ": \"")
	}
	return summary
}

// isCgoOutput reports whether file is cgo's rewrite of a file that
// imports "C", which drivers analyze in place of the file itself. Its
// positions lead back to the file through line directives, so its
// diagnostics show where they belong; but an edit of it would edit
// cgo's output, not the file.
func isCgoOutput(file *ast.File) bool {
	return headerComment(file, func(text string) bool { return strings.HasPrefix(text, "// Code generated by cmd/cgo;") })
}

// headerComment reports whether a comment before the file's package
// clause has a text for which is is true.
func headerComment(file *ast.File, is func(text string) bool) bool {
	for _, group := range file.Comments {
		if group.Pos() > file.Package {
			break
		}
		for _, c := range group.List {
			if is(c.Text) {
				return true
			}
		}
	}
	return false
}

// recoverInto turns a panic of the analysis of pass into an error in
// *err: a bug of ours should cost the findings of one package, with a
// message that says where, not the whole run.
func recoverInto(err *error, pass *analysis.Pass) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("internal error analyzing %s (please report it, with this message): %v\n%s", pass.Pkg.Path(), r, debug.Stack())
	}
}
