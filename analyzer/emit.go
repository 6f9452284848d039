package analyzer

import (
	"bytes"
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

// This file is the emit stage: the findings of a file, silenced by
// directives, sorted, without duplicates, their fixes realigned, go to
// the driver.

// A finding is a diagnostic, and the parts of its fix, kept apart until
// every finding of the file is known.
type finding struct {
	pos, end token.Pos
	category string
	message  string
	fix      *fix // nil: no fix
}

// A fix replaces a magic literal with a constant.
type fix struct {
	message string
	imports []analysis.TextEdit // that bring the constant's package in, if any
	literal analysis.TextEdit   // the replacement
}

// A fileUnit is a file under analysis, as the fix and emit stages see
// it.
type fileUnit struct {
	pass   *analysis.Pass
	file   *ast.File
	tok    *token.File
	cgo    bool          // the file is cgo's rewrite of the user's file, which fixes must not edit
	shared *packageNames // what the package's files share

	directives []*directive // found when first needed

	src     []byte // the file's text, read when first needed; nil if unreadable
	srcRead bool
}

// packageNames holds what the fixes of a package's files share.
type packageNames struct {
	// otherNames holds the package's names declared in files it is
	// analyzed without (see imports.otherNames); nil until read.
	otherNames map[string]bool

	// usedAsCode holds how the package's files use constants as codes
	// (see codeConstants); nil until read.
	usedAsCode map[*types.Const]int

	// fixed holds fixedValue's answers, by constant of the package;
	// parsed, the files of other packages' constants that
	// declaringFile read (nil if unreadable), by name.
	fixed  map[*types.Const]bool
	parsed map[string]*ast.File

	// known holds, for test files and for the others, the version 3
	// codes known to them (see knownCodes); extraCodes, those that
	// -known-codes adds.
	known      map[bool]*knownCodes
	unknown    bool // the check is on
	extraCodes []string

	// constants indexes the package-level constants of packages by
	// value (see constantsOf); nil until read.
	constants map[*types.Package]map[string][]*types.Const
	resolver  *resolver        // that knows no function's results as codes: the same with and without -follow-functions
	root      inspector.Cursor // of the package's files
}

func newFileUnit(pass *analysis.Pass, file *ast.File, shared *packageNames) *fileUnit {
	return &fileUnit{pass: pass, file: file, tok: pass.Fset.File(file.FileStart), cgo: isCgoOutput(file), shared: shared}
}

// text returns the text of the file, or nil if it cannot be read or
// does not match the syntax tree.
func (f *fileUnit) text() []byte {
	if !f.srcRead {
		f.srcRead = true
		if text, err := f.pass.ReadFile(f.tok.Name()); err == nil && len(text) == f.tok.Size() {
			f.src = text
		}
	}
	return f.src
}

// emit reports the findings of the file in order of position, with
// their fixes, but for those that a directive silences and those that
// repeat another.
func (f *fileUnit) emit(findings []finding) {
	findings = slices.DeleteFunc(findings, func(r finding) bool { return f.silenced(r.pos) })
	slices.SortStableFunc(findings, func(a, b finding) int {
		return cmp.Or(cmp.Compare(a.pos, b.pos), cmp.Compare(a.end, b.end), cmp.Compare(a.message, b.message))
	})
	// One problem, one finding: a tagless switch on two answers'
	// codes that miss the same code says so once.
	findings = slices.CompactFunc(findings, func(a, b finding) bool {
		return a.pos == b.pos && a.end == b.end && a.category == b.category && a.message == b.message
	})
	if f.cgo {
		for i := range findings {
			findings[i].fix = nil // an edit would edit cgo's output
		}
	}
	aligned := realignments(f, findings)
	for i, r := range findings {
		diag := analysis.Diagnostic{Pos: r.pos, End: r.end, Category: r.category, Message: r.message}
		if r.fix != nil {
			a := aligned[i]
			switch {
			case a.group == nil:
				edits := make([]analysis.TextEdit, 0, len(r.fix.imports)+1+len(a.edits))
				edits = append(append(append(edits, r.fix.imports...), r.fix.literal), a.edits...)
				diag.SuggestedFixes = []analysis.SuggestedFix{{Message: r.fix.message, TextEdits: edits}}
			case a.big() && i != a.group[0]:
				line := f.pass.Fset.Position(findings[a.group[0]].pos).Line // as the diagnostics show it
				diag.Message += fmt.Sprintf(" (fixed by the fix at line %d, which covers this one)", line)
			default:
				diag.SuggestedFixes = []analysis.SuggestedFix{groupFix(findings, i, a)}
			}
		}
		f.pass.Report(diag)
	}
}

// groupFix returns the fix of the finding at index i, one of the group
// of a: it replaces every literal of the group, brings in every
// package they name, and realigns their comments.
func groupFix(findings []finding, i int, a alignment) analysis.SuggestedFix {
	var edits []analysis.TextEdit
	for _, j := range a.group {
		for _, e := range findings[j].fix.imports {
			if !slices.ContainsFunc(edits, func(x analysis.TextEdit) bool {
				return x.Pos == e.Pos && x.End == e.End && bytes.Equal(x.NewText, e.NewText)
			}) {
				edits = append(edits, e)
			}
		}
	}
	for _, j := range a.group {
		edits = append(edits, findings[j].fix.literal)
	}
	edits = append(edits, a.edits...)
	others := "the code"
	if n := len(a.group) - 1; n > 1 {
		others = fmt.Sprintf("the %d codes", n)
	}
	message := findings[i].fix.message + ", and " + others + " aligned with it"
	return analysis.SuggestedFix{Message: message, TextEdits: edits}
}
