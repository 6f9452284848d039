package analyzer

import (
	"bytes"
	"cmp"
	"go/ast"
	"go/format"
	"go/token"
	"maps"
	"slices"

	"golang.org/x/tools/go/analysis"
)

// This file realigns comments after fixes, so that the file stays
// gofmt-clean. Writing a longer name in place of a literal changes
// nothing gofmt cares about but the alignment of trailing comments: a
// line that grows pushes its comment, and if it becomes the longest of
// a run of commented lines, the comments of the whole run; in a
// composite literal or an argument list, where gofmt breaks the
// alignment between elements of very different sizes, a line without a
// comment can join or split the runs around it.

// An alignment is what a fix needs besides its literal and imports:
// the whitespace edits that realign the comments, and the other fixes
// of its group.
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
// realignment would make a long table's fixes quadratic. So does a
// group whose realignment is long: a few fixes in a table of thousands
// of commented lines each carry thousands of edits.
const bigGroup = 16

// big reports whether a's group is big (see bigGroup).
func (a alignment) big() bool {
	return len(a.group) > bigGroup || len(a.group) > 1 && len(a.group)*len(a.edits) > 64*bigGroup
}

// crowd is the number of fixes in one run of declarations beyond which
// they form one group from the start: realigning each alone formats the
// run once per fix (a 2,000-row table took 19 s).
const crowd = 32

// realignments returns, by index in findings, the alignment of each fix
// in a run of declarations that has a trailing comment: without one,
// no fix there can move a comment.
func realignments(f *fileUnit, findings []finding) map[int]alignment {
	src := &source{f: f, tok: f.tok}
	byWindow := make(map[int][]int) // by the start of the run of declarations: the indexes of its fixes
	var windows []int
	for i, r := range findings {
		if r.fix == nil {
			continue
		}
		w, _ := src.window(r.fix.literal.Pos)
		if _, seen := byWindow[w]; !seen {
			windows = append(windows, w)
		}
		byWindow[w] = append(byWindow[w], i)
	}
	aligned := make(map[int]alignment)
	for _, w := range windows {
		fixes := byWindow[w]
		if !src.trailingComment(w, src.windowEnd(findings[fixes[len(fixes)-1]].fix.literal.End)) {
			// Without a comment to align, only the keys of a
			// composite literal's lines align what follows them.
			fixes = slices.DeleteFunc(slices.Clone(fixes), func(i int) bool { return !src.inMultilineLiteral(findings[i].fix.literal.Pos) })
		}
		if len(fixes) > 0 && src.load() {
			src.realignWindow(findings, fixes, aligned)
		}
	}
	return aligned
}

// inMultilineLiteral reports whether pos is inside a composite literal
// that spans lines, where gofmt aligns the values of keyed elements
// after their keys.
func (s *source) inMultilineLiteral(pos token.Pos) bool {
	decls := s.f.file.Decls
	i, _ := slices.BinarySearchFunc(decls, pos, func(d ast.Decl, p token.Pos) int { return cmp.Compare(d.End(), p) })
	if i == len(decls) || pos < decls[i].Pos() {
		return false
	}
	found := false
	ast.Inspect(decls[i], func(n ast.Node) bool {
		if found || n == nil || pos < n.Pos() || pos >= n.End() {
			return false
		}
		if lit, ok := n.(*ast.CompositeLit); ok && rawLine(s.tok, lit.Lbrace) != rawLine(s.tok, lit.Rbrace) {
			found = true
		}
		return !found
	})
	return found
}

// realignWindow puts in aligned the alignment of each fix of reports at
// the indexes fixes, all in one run of declarations.
//
// Each fix is realigned alone, and fixes whose realignments touch a
// line in common are grouped. Then the groups are checked against all
// of the fixes applied at once: if their realignments, merged, are not
// what gofmt makes of all of them (two longest lines that both shrink
// move a column that neither moves alone), the run's fixes form one
// group.
func (s *source) realignWindow(reports []finding, fixes []int, aligned map[int]alignment) {
	literals := func(members []int) []analysis.TextEdit {
		lits := make([]analysis.TextEdit, len(members))
		for k, i := range members {
			lits[k] = reports[i].fix.literal
		}
		return lits
	}
	one := func() {
		edits, _ := s.realign(literals(fixes))
		for _, i := range fixes {
			aligned[i] = alignment{edits: edits, group: fixes}
		}
		if len(fixes) == 1 {
			aligned[fixes[0]] = alignment{edits: edits}
		}
	}
	if len(fixes) > crowd {
		one()
		return
	}

	group := make(map[int]int, len(fixes)) // report -> a report of its group
	var find func(int) int
	find = func(i int) int {
		if group[i] != i {
			group[i] = find(group[i])
		}
		return group[i]
	}
	lineOwner := make(map[int]int)
	alone := make(map[int][]analysis.TextEdit, len(fixes))
	for _, i := range fixes {
		group[i] = i
		edits, lines := s.realign(literals([]int{i}))
		alone[i] = edits
		for _, l := range lines {
			if j, ok := lineOwner[l]; ok {
				group[find(i)] = find(j)
			} else {
				lineOwner[l] = i
			}
		}
	}
	members := make(map[int][]int)
	var roots []int
	for _, i := range fixes {
		root := find(i)
		if members[root] == nil {
			roots = append(roots, root)
		}
		members[root] = append(members[root], i)
	}
	if len(roots) == 1 {
		one()
		return
	}

	var merged []analysis.TextEdit
	result := make(map[int]alignment, len(fixes))
	for _, root := range roots {
		m := members[root]
		if len(m) == 1 {
			result[m[0]] = alignment{edits: alone[m[0]]}
			merged = append(merged, alone[m[0]]...)
			continue
		}
		edits, _ := s.realign(literals(m))
		for _, i := range m {
			result[i] = alignment{edits: edits, group: m}
		}
		merged = append(merged, edits...)
	}
	all, _ := s.realign(literals(fixes))
	slices.SortFunc(merged, func(a, b analysis.TextEdit) int { return cmp.Compare(a.Pos, b.Pos) })
	if !slices.EqualFunc(merged, all, func(a, b analysis.TextEdit) bool {
		return a.Pos == b.Pos && a.End == b.End && bytes.Equal(a.NewText, b.NewText)
	}) {
		one()
		return
	}
	maps.Copy(aligned, result)
}

// trailingComment reports whether a comment follows code on its line
// between the offsets start and end: only such a comment is aligned.
func (s *source) trailingComment(start, end int) bool {
	comments := s.f.file.Comments
	i, _ := slices.BinarySearchFunc(comments, s.tok.Pos(start), func(g *ast.CommentGroup, p token.Pos) int {
		return cmp.Compare(g.End(), p)
	})
	for ; i < len(comments) && s.tok.Offset(comments[i].Pos()) < end; i++ {
		for _, c := range comments[i].List {
			if p := s.tok.Offset(c.Pos()); p >= start && p < end && s.codeBefore(c.Pos()) {
				return true
			}
		}
	}
	return false
}

// codeBefore reports whether anything but blanks precedes pos on its
// line.
func (s *source) codeBefore(pos token.Pos) bool {
	text := s.f.text()
	start, p := s.tok.Offset(s.tok.LineStart(rawLine(s.tok, pos))), s.tok.Offset(pos)
	return text == nil || len(bytes.TrimSpace(text[start:p])) > 0
}

// source is the text of the current file, read when first needed.
type source struct {
	f    *fileUnit
	tok  *token.File
	read bool
	text []byte // nil if unreadable or not gofmt-clean
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
// literals' own lines included. It returns no edits where the file is
// not gofmt-clean to begin with, or where gofmt would change more than
// whitespace away from the literals.
func (s *source) realign(literals []analysis.TextEdit) ([]analysis.TextEdit, []int) {
	slices.SortFunc(literals, func(a, b analysis.TextEdit) int { return cmp.Compare(a.Pos, b.Pos) })
	var lines []int
	for _, lit := range literals {
		lines = append(lines, rawLine(s.tok, lit.Pos))
	}
	if !s.load() {
		return nil, lines
	}

	// Format only the top-level declarations around the literals, and
	// those on the lines next to them, which gofmt may align with them:
	// formatting the whole file for each fix would make a file with many
	// fixes quadratic. Where that cuts a comment in two (} /* a
	// <newline> b */ func ...), format the whole file.
	window, windowLine := s.window(literals[0].Pos)
	windowEnd := s.windowEnd(literals[len(literals)-1].End)
	edited, spans := s.apply(literals, window, windowEnd)
	formatted, err := format.Source(edited)
	if err != nil && (window > 0 || windowEnd < len(s.text)) {
		window, windowLine, windowEnd = 0, 1, len(s.text)
		edited, spans = s.apply(literals, window, windowEnd)
		formatted, err = format.Source(edited)
	}
	if err != nil {
		return nil, lines
	}

	// gofmt changes whitespace within lines here, never the number of
	// lines: compare line by line and edit just the runs of blanks that
	// differ (a key's and a comment's gaps on one line, say).
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
		gaps, ok := blankEdits(old, new)
		if !ok {
			return nil, lines // more than whitespace
		}
		for _, g := range gaps {
			start, end := lineStart+g.start, lineStart+g.end
			// Map the gap back to the original text, past the literals
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
				NewText: g.text,
			})
		}
		lines = append(lines, windowLine+i)
	}
	return edits, lines
}

// A gap is a run of blanks of a line to replace: its offsets in the
// line, and the blanks that replace it.
type gap struct {
	start, end int
	text       []byte
}

// blankEdits returns the runs of blanks of the line old that differ in
// the line new, if the two differ in blanks only.
func blankEdits(old, new []byte) ([]gap, bool) {
	blank := func(c byte) bool { return c == ' ' || c == '\t' }
	var gaps []gap
	i, j := 0, 0
	for i < len(old) || j < len(new) {
		bi, bj := i, j
		for bi < len(old) && blank(old[bi]) {
			bi++
		}
		for bj < len(new) && blank(new[bj]) {
			bj++
		}
		if !bytes.Equal(old[i:bi], new[j:bj]) {
			gaps = append(gaps, gap{i, bi, bytes.Clone(new[j:bj])})
		}
		i, j = bi, bj
		for bi < len(old) && !blank(old[bi]) {
			bi++
		}
		for bj < len(new) && !blank(new[bj]) {
			bj++
		}
		if !bytes.Equal(old[i:bi], new[j:bj]) {
			return nil, false
		}
		i, j = bi, bj
	}
	return gaps, true
}

// A span is where a literal's replacement lands in the text that apply
// returns: offsets from the start of the window, and the replacement's
// length less the literal's.
type span struct{ start, end, delta int }

// apply returns the text between the offsets window and windowEnd with
// the literals replaced, and where each replacement lands in it.
func (s *source) apply(literals []analysis.TextEdit, window, windowEnd int) ([]byte, []span) {
	var edited []byte
	var spans []span
	last := window
	for _, lit := range literals {
		start, end := s.tok.Offset(lit.Pos), s.tok.Offset(lit.End)
		edited = append(edited, s.text[last:start]...)
		spans = append(spans, span{len(edited), len(edited) + len(lit.NewText), len(lit.NewText) - (end - start)})
		edited = append(edited, lit.NewText...)
		last = end
	}
	return append(edited, s.text[last:windowEnd]...), spans
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
		return s.tok.Size()
	}
	for i+1 < len(decls) && rawLine(s.tok, declStart(decls[i+1])) <= rawLine(s.tok, decls[i].End())+1 {
		i++
	}
	line := rawLine(s.tok, decls[i].End())
	if line == s.tok.LineCount() {
		return s.tok.Size()
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

// rawLine returns the line of p in its file as the file is, not as a
// //line directive renames it: the line that LineStart and Offset
// understand.
func rawLine(tok *token.File, p token.Pos) int {
	return tok.PositionFor(p, false).Line
}
