package analyzer

import (
	"bytes"
	"go/ast"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// This file handles //tccodelint:ignore directives.

// directivePrefix starts a comment that silences a finding.
const directivePrefix = "//tccodelint:ignore"

// A directive is one //tccodelint:ignore comment.
type directive struct {
	comment *ast.Comment
	line    int  // the comment's line
	alone   bool // nothing but the comment stands on its line
	used    bool
}

// findDirectives returns the ignore directives of the file.
func (f *fileUnit) findDirectives() []*directive {
	tok := f.tok
	dirs := []*directive{} // not nil: found
	var text []byte        // read only if there is a directive
	for _, group := range f.file.Comments {
		for _, c := range group.List {
			rest, ok := strings.CutPrefix(c.Text, directivePrefix)
			if !ok || (rest != "" && rest[0] != ' ' && rest[0] != '\t') {
				continue // not a directive, or another word: //tccodelint:ignored
			}
			line := rawLine(tok, c.Pos())
			if text == nil {
				text = f.text()
			}
			alone := false
			if text != nil {
				before := text[tok.Offset(tok.LineStart(line)):tok.Offset(c.Pos())]
				alone = len(bytes.TrimSpace(before)) == 0
			}
			dirs = append(dirs, &directive{comment: c, line: line, alone: alone})
		}
	}
	return dirs
}

// silenced reports whether a directive silences a finding at pos, and
// marks it used.
func (f *fileUnit) silenced(pos token.Pos) bool {
	if f.directives == nil {
		f.directives = f.findDirectives()
	}
	line := rawLine(f.tok, pos)
	for _, d := range f.directives {
		if d.line == line || (d.alone && d.line == line-1) {
			d.used = true
			return true
		}
	}
	return false
}

// reportUnusedDirectives reports the directives of the file that
// silenced nothing (-strict-directives).
func (f *fileUnit) reportUnusedDirectives() {
	if f.directives == nil {
		f.directives = f.findDirectives()
	}
	for _, d := range f.directives {
		if !d.used {
			f.pass.Report(analysis.Diagnostic{
				Pos:      d.comment.Pos(),
				End:      d.comment.End(),
				Category: "directive",
				Message:  "//tccodelint:ignore directive silences nothing; remove it",
			})
		}
	}
}
