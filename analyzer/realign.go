package analyzer

import (
	"bytes"
	"cmp"
	"go/ast"
	"go/format"
	"go/token"
	"slices"

	"golang.org/x/tools/go/analysis"
)

// This file realigns comments after fixes, so that the file stays
// gofmt-clean. Writing a longer name in place of a literal changes
// nothing gofmt cares about but the alignment of trailing comments: a
// line that grows pushes its comment, and if it becomes the longest of
// a run of commented lines, the comments of the whole run.

// An alignment is what a fix on a commented line needs besides its
// literal and imports: the whitespace edits that realign the comments,
// and the other fixes of its group.
//
// Fixes whose realignments touch the same lines (their literals stand
// in one run of aligned comments) form a group: the run's alignment
// depends on all of their literals, so no realignment of one is right
// both alone and beside the others. Each fix of a group carries the
// whole group, all literals and one realignment made with all of them
// applied: alone, as an editor applies it, it leaves the file
// gofmt-clean, and the -fix drivers merge the identical edits of the
// group's fixes as one, so that all of them together do too.
type alignment struct {
	edits []analysis.TextEdit // whitespace
	group []int               // by index in findings, in order: the fixes of the group, this one included; nil alone
}

// bigGroup is the size beyond which a group's fix comes with its first
// finding alone: each of n fixes carrying n literals and their
// realignment would make a long table's fixes quadratic.
const bigGroup = 16

// realignments returns, by index in findings, the alignment of each fix
// on a commented line.
//
// Only a fix on a line with a comment can need one: a line without a
// trailing comment ends gofmt's column of comments, so the length of
// its code does not matter to them.
func realignments(f *fileUnit, findings []finding) map[int]alignment {
	src := &source{f: f, tok: f.tok}
	var fixes []int // indexes of the findings with a fix on a commented line
	for i, r := range findings {
		if r.fix != nil && src.hasCommentAfter(src.tok.LineStart(rawLine(src.tok, r.fix.literal.Pos))) {
			fixes = append(fixes, i)
		}
	}
	aligned := make(map[int]alignment, len(fixes))
	if len(fixes) > 0 {
		src.realignAll(findings, fixes, aligned)
	}
	return aligned
}

// realignAll puts in aligned the alignment of each fix of reports at
// the indexes fixes, whose lines have comments.
func (s *source) realignAll(reports []finding, fixes []int, aligned map[int]alignment) {
	group := make(map[int]int) // report -> its group's first report
	lineOwner := make(map[int]int)
	var find func(int) int
	find = func(i int) int {
		if group[i] != i {
			group[i] = find(group[i])
		}
		return group[i]
	}
	// In a crowded run of commented lines (a long table of commented
	// rows), realigning each fix alone would format the run once per
	// fix (a 2,000-row table took 19 s): group the fixes of each run of
	// consecutive commented lines from the start. A line without a
	// trailing comment ends gofmt's column of comments, so fixes of two
	// runs never share a realignment.
	const crowd = 8
	runOf := make(map[int]int) // fix -> the first line of its run
	perRun := make(map[int][]int)
	for _, i := range fixes {
		if lit := reports[i].fix.literal; s.hasCommentAfter(lit.End) {
			r := s.run(rawLine(s.tok, lit.Pos))
			runOf[i] = r
			perRun[r] = append(perRun[r], i)
		}
	}
	for _, i := range fixes {
		group[i] = i
		if r, ok := runOf[i]; ok && len(perRun[r]) > crowd {
			group[i] = perRun[r][0]
			continue
		}
		edits, lines := s.realign([]analysis.TextEdit{reports[i].fix.literal})
		aligned[i] = alignment{edits: edits}
		for _, l := range lines {
			if j, ok := lineOwner[l]; ok {
				group[find(i)] = find(j)
			} else {
				lineOwner[l] = i
			}
		}
	}
	members := make(map[int][]int)
	for _, i := range fixes {
		members[find(i)] = append(members[find(i)], i)
	}
	for _, m := range members {
		if len(m) == 1 {
			continue
		}
		var literals []analysis.TextEdit
		for _, i := range m {
			literals = append(literals, reports[i].fix.literal)
		}
		edits, _ := s.realign(literals)
		slices.Sort(m)
		for _, i := range m {
			aligned[i] = alignment{edits: edits, group: m}
		}
	}
}

// run returns the first line of the run of consecutive lines with
// trailing comments (or comments of their own) that holds line.
func (s *source) run(line int) int {
	if s.runs == nil {
		s.runs = make(map[int]int)
	}
	var walked []int
	for line > 1 && s.hasCommentAfter(s.tok.LineStart(line-1)) {
		if first, ok := s.runs[line]; ok {
			line = first
			break
		}
		walked = append(walked, line)
		line--
	}
	for _, l := range walked {
		s.runs[l] = line
	}
	return line
}

// source is the text of the current file, read when first needed.
type source struct {
	f    *fileUnit
	tok  *token.File
	read bool
	text []byte // nil if unreadable or not gofmt-clean

	runs map[int]int // by line: the first line of its run of commented lines, once asked
}

// load reads the file and reports whether it is gofmt-clean, the one
// case in which edits can keep it so.
func (s *source) load() bool {
	if !s.read {
		s.read = true
		if text := s.f.text(); text != nil {
			if formatted, err := format.Source(text); err == nil && bytes.Equal(formatted, text) {
				s.text = text
			}
		}
	}
	return s.text != nil
}

// realign returns the whitespace edits that gofmt would make after the
// single-line replacements literals, and the lines those touch, the
// literals' own lines included. It returns no edits where no literal
// has a trailing comment on its line, where the file is not
// gofmt-clean to begin with, or where gofmt would change more than
// whitespace away from the literals.
func (s *source) realign(literals []analysis.TextEdit) ([]analysis.TextEdit, []int) {
	slices.SortFunc(literals, func(a, b analysis.TextEdit) int { return cmp.Compare(a.Pos, b.Pos) })
	var lines []int
	commented := false
	for _, lit := range literals {
		lines = append(lines, rawLine(s.tok, lit.Pos))
		commented = commented || s.hasCommentAfter(lit.End)
	}
	if !commented || !s.load() {
		return nil, lines
	}

	// Format only the top-level declarations around the literals, and
	// those on the lines next to them, which gofmt may align with them:
	// formatting the whole file for each fix would make a file with many
	// fixes quadratic.
	window, windowLine := s.window(literals[0].Pos)

	// Apply the literals, keeping where each lands in the new text.
	var edited []byte
	type span struct{ start, end, delta int } // in edited offsets (from window); delta: new length - old
	var spans []span
	last := window
	for _, lit := range literals {
		start, end := s.tok.Offset(lit.Pos), s.tok.Offset(lit.End)
		edited = append(edited, s.text[last:start]...)
		spans = append(spans, span{len(edited), len(edited) + len(lit.NewText), len(lit.NewText) - (end - start)})
		edited = append(edited, lit.NewText...)
		last = end
	}
	windowEnd := s.windowEnd(literals[len(literals)-1].End)
	edited = append(edited, s.text[last:windowEnd]...)
	formatted, err := format.Source(edited)
	if err != nil {
		return nil, lines
	}

	// gofmt changes whitespace within lines here, never the number of
	// lines: compare line by line and edit just the part that differs.
	before := bytes.SplitAfter(edited, []byte("\n"))
	after := bytes.SplitAfter(formatted, []byte("\n"))
	if len(before) != len(after) {
		return nil, lines
	}
	var edits []analysis.TextEdit
	offset := 0 // of line i in edited
	for i := range before {
		old, new := before[i], after[i]
		lineStart := offset
		offset += len(old)
		if bytes.Equal(old, new) {
			continue
		}
		p := commonPrefix(old, new)
		q := commonSuffix(old[p:], new[p:])
		start, end := lineStart+p, lineStart+len(old)-q
		if len(bytes.TrimSpace(old[p:len(old)-q])) > 0 || len(bytes.TrimSpace(new[p:len(new)-q])) > 0 {
			return nil, lines // more than whitespace
		}
		// Map the span back to the original text, past the literals
		// before it; give up if it meets one.
		shift := 0
		for _, sp := range spans {
			if sp.start < end && start < sp.end {
				return nil, lines
			}
			if sp.end <= start {
				shift += sp.delta
			}
		}
		edits = append(edits, analysis.TextEdit{
			Pos:     s.tok.Pos(window + start - shift),
			End:     s.tok.Pos(window + end - shift),
			NewText: bytes.Clone(new[p : len(new)-q]),
		})
		lines = append(lines, windowLine+i)
	}
	return edits, lines
}

// window returns the offset and line of the start of the run of
// top-level declarations around pos: the declaration that holds pos,
// and those before it with no blank line between, doc comments
// included.
func (s *source) window(pos token.Pos) (int, int) {
	decls := s.f.file.Decls
	i, _ := slices.BinarySearchFunc(decls, pos, func(d ast.Decl, p token.Pos) int { return cmp.Compare(d.End(), p) })
	if i == len(decls) {
		return 0, 1
	}
	for i > 0 && rawLine(s.tok, declStart(decls[i])) <= rawLine(s.tok, decls[i-1].End())+1 {
		i--
	}
	line := rawLine(s.tok, declStart(decls[i]))
	return s.tok.Offset(s.tok.LineStart(line)), line
}

// windowEnd returns the offset of the end of the run of top-level
// declarations around end: the declaration that holds end, and those
// after it with no blank line between, to the end of the last one's
// line.
func (s *source) windowEnd(end token.Pos) int {
	decls := s.f.file.Decls
	i, _ := slices.BinarySearchFunc(decls, end, func(d ast.Decl, p token.Pos) int { return cmp.Compare(d.End(), p) })
	if i == len(decls) {
		return len(s.text)
	}
	for i+1 < len(decls) && rawLine(s.tok, declStart(decls[i+1])) <= rawLine(s.tok, decls[i].End())+1 {
		i++
	}
	line := rawLine(s.tok, decls[i].End())
	if line == s.tok.LineCount() {
		return len(s.text)
	}
	return s.tok.Offset(s.tok.LineStart(line + 1))
}

// declStart returns where a top-level declaration begins, its doc
// comment included.
func declStart(d ast.Decl) token.Pos {
	switch d := d.(type) {
	case *ast.FuncDecl:
		if d.Doc != nil {
			return d.Doc.Pos()
		}
	case *ast.GenDecl:
		if d.Doc != nil {
			return d.Doc.Pos()
		}
	}
	return d.Pos()
}

// hasCommentAfter reports whether a comment follows pos on its line.
func (s *source) hasCommentAfter(pos token.Pos) bool {
	comments := s.f.file.Comments
	i, _ := slices.BinarySearchFunc(comments, pos, func(g *ast.CommentGroup, p token.Pos) int {
		return cmp.Compare(g.End(), p)
	})
	if i == len(comments) {
		return false
	}
	for _, c := range comments[i].List {
		if c.Pos() >= pos {
			return rawLine(s.tok, c.Pos()) == rawLine(s.tok, pos)
		}
	}
	return false
}

func commonPrefix(a, b []byte) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

func commonSuffix(a, b []byte) int {
	n := 0
	for n < len(a) && n < len(b) && a[len(a)-1-n] == b[len(b)-1-n] {
		n++
	}
	return n
}

// rawLine returns the line of p in its file as the file is, not as a
// //line directive renames it: the line that LineStart and Offset
// understand.
func rawLine(tok *token.File, p token.Pos) int {
	return tok.PositionFor(p, false).Line
}
