package analyzer

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// This file holds the unhandled check: a dispatch on result codes that
// forgets a required code, 5400 above all.

// A dispatch is a switch or an if/else chain that chooses what to do
// by the value of one code.
type dispatch struct {
	pos       token.Pos // of the switch or the first if keyword
	keyword   string    // "switch" or "if"
	code      ast.Expr  // the code it chooses by
	handled   []int64   // the codes it has a branch for, each once
	defaulted bool      // it has a default clause or a final else

	// perResource: the code is one resource's result in a batch
	// answer's Detail, which cannot be partly executed.
	perResource bool

	// members are the comparisons that make up the dispatch, or the
	// tag of a switch.
	members []ast.Expr
}

// handle records that d has a branch for code.
func (d *dispatch) handle(code int64) {
	if !slices.Contains(d.handled, code) {
		d.handled = append(d.handled, code)
	}
}

// handlesNonZero reports whether d handles a non-zero code.
func (d *dispatch) handlesNonZero() bool {
	return slices.ContainsFunc(d.handled, func(v int64) bool { return v != 0 })
}

// taglessSwitch returns a dispatch for each code that the cases of the
// tagless switch compare with a non-zero code; comparisons holds the
// file's comparisons of codes.
func (fp *filePass) taglessSwitch(n *ast.SwitchStmt, comparisons map[*ast.BinaryExpr]comparison) []*dispatch {
	set := dispatchSet{fp: fp, pos: n.Switch, keyword: "switch"}
	for _, stmt := range n.Body.List {
		clause := stmt.(*ast.CaseClause)
		if clause.List == nil {
			set.defaulted = true
		}
		for _, e := range clause.List {
			set.addEqualities(e, comparisons)
		}
	}
	return set.dispatches(1)
}

// ifChain returns a dispatch for each code that the conditions of the
// if/else-if chain starting at n compare with two or more codes;
// comparisons holds the file's comparisons of codes.
func (fp *filePass) ifChain(n *ast.IfStmt, comparisons map[*ast.BinaryExpr]comparison) []*dispatch {
	set := dispatchSet{fp: fp, pos: n.If, keyword: "if"}
	for stmt := n; stmt != nil; {
		set.addEqualities(stmt.Cond, comparisons)
		switch next := stmt.Else.(type) {
		case *ast.IfStmt:
			stmt = next
		case *ast.BlockStmt:
			set.defaulted = true
			stmt = nil
		default:
			stmt = nil
		}
	}
	return set.dispatches(2)
}

// A dispatchSet gathers the comparisons of a tagless switch or an if
// chain by the code they compare: each code may make a dispatch.
type dispatchSet struct {
	fp        *filePass
	pos       token.Pos
	keyword   string
	defaulted bool
	byCode    []*dispatch // in order of appearance
}

// addEqualities adds each comparison code == constant in cond, alone or
// joined by ||. Comparisons under && or ! decide nothing for a code on
// their own.
func (set *dispatchSet) addEqualities(cond ast.Expr, comparisons map[*ast.BinaryExpr]comparison) {
	e, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok {
		return
	}
	switch e.Op {
	case token.LOR:
		set.addEqualities(e.X, comparisons)
		set.addEqualities(e.Y, comparisons)
	case token.EQL:
		c, ok := comparisons[e]
		if !ok {
			return
		}
		if v, ok := c.intValue(); ok {
			set.add(e, c.code, v)
		}
	}
}

// add records the comparison cmp of code with value.
func (set *dispatchSet) add(cmp *ast.BinaryExpr, code ast.Expr, value int64) {
	i := slices.IndexFunc(set.byCode, func(d *dispatch) bool { return sameExpr(d.code, code) })
	if i < 0 {
		i = len(set.byCode)
		set.byCode = append(set.byCode, &dispatch{pos: set.pos, keyword: set.keyword, code: code, perResource: set.fp.perResource(code)})
	}
	d := set.byCode[i]
	d.handle(value)
	d.members = append(d.members, cmp)
}

// dispatches returns the dispatches of the set: the codes compared with
// at least min different constants, one of them non-zero.
func (set *dispatchSet) dispatches(min int) []*dispatch {
	var found []*dispatch
	for _, d := range set.byCode {
		if len(d.handled) >= min && d.handlesNonZero() {
			d.defaulted = set.defaulted
			found = append(found, d)
		}
	}
	return found
}

// sameExpr reports whether the expressions a and b are written alike,
// as types.ExprString would print them, without printing them.
func sameExpr(a, b ast.Expr) bool {
	a, b = ast.Unparen(a), ast.Unparen(b)
	switch a := a.(type) {
	case *ast.Ident:
		b, ok := b.(*ast.Ident)
		return ok && a.Name == b.Name
	case *ast.SelectorExpr:
		b, ok := b.(*ast.SelectorExpr)
		return ok && a.Sel.Name == b.Sel.Name && sameExpr(a.X, b.X)
	case *ast.StarExpr:
		b, ok := b.(*ast.StarExpr)
		return ok && sameExpr(a.X, b.X)
	case *ast.CallExpr:
		b, ok := b.(*ast.CallExpr)
		return ok && len(a.Args) == len(b.Args) && a.Ellipsis.IsValid() == b.Ellipsis.IsValid() &&
			sameExpr(a.Fun, b.Fun) && slices.EqualFunc(a.Args, b.Args, sameExpr)
	}
	return types.ExprString(a) == types.ExprString(b)
}

// int64Of returns v as an int64, if it is an integer that fits.
func int64Of(v constant.Value) (int64, bool) {
	if v == nil {
		return 0, false
	}
	v = constant.ToInt(v)
	if v.Kind() != constant.Int {
		return 0, false
	}
	return constant.Int64Val(v)
}

// reportUnhandled adds d to fp.reports if it leaves a required code
// unhandled.
func (fp *filePass) reportUnhandled(d *dispatch) {
	if d.defaulted && fp.cfg.DefaultHandles {
		return // -default-handles: the default clause handles the rest
	}
	key := unhandledKey{keyword: d.keyword}
	for i, code := range fp.cfg.Require {
		if !slices.Contains(d.handled, code) && !(d.perResource && code == partial) {
			key.missing = append(key.missing, i)
		}
	}
	if len(key.missing) == 0 {
		return
	}
	fp.reports = append(fp.reports, report{diag: analysis.Diagnostic{
		Pos:      d.pos,
		End:      d.pos + token.Pos(len(d.keyword)),
		Category: "unhandled",
		Message:  fp.unhandledMessage(key),
	}})
}

// An unhandledKey says what a message of the unhandled check is about:
// a switch or an if chain, and the indexes in -require of the codes it
// leaves unhandled.
type unhandledKey struct {
	keyword string
	missing []int
}

// unhandledMessage returns the message for key, built once for each
// different key and kept in fp.pkg, which outlives the package: a
// dispatch usually misses what the others do.
func (fp *filePass) unhandledMessage(key unhandledKey) string {
	i := slices.IndexFunc(fp.pkg.unhandled, func(m unhandledMessage) bool {
		return m.key.keyword == key.keyword && slices.Equal(m.key.missing, key.missing)
	})
	if i >= 0 {
		return fp.pkg.unhandled[i].text
	}
	what := "switch"
	if key.keyword == "if" {
		what = "if-else chain"
	}
	// One code is described with what to do about it; several are
	// listed by number, so that the message stays a line or two long
	// even under -require=all:
	//
	//	switch on TencentCloud code does not handle 5400 (partially executed): a batch call partly succeeded; ...
	//	switch on TencentCloud code does not handle 3 required codes: 5400, 6000, 28004 (tccode names the common ones)
	var list string
	if len(key.missing) == 1 {
		code := fp.cfg.Require[key.missing[0]]
		list = describe(code)
		if c, ok := commonCodes[code]; ok {
			list += ": " + c.why
		}
	} else {
		numbers := make([]string, len(key.missing))
		for j, i := range key.missing {
			numbers[j] = strconv.FormatInt(fp.cfg.Require[i], 10)
		}
		list = fmt.Sprintf("%d required codes: %s (tccode names the common ones)", len(key.missing), strings.Join(numbers, ", "))
	}
	text := fmt.Sprintf("%s on TencentCloud code does not handle %s", what, list)
	fp.pkg.unhandled = append(fp.pkg.unhandled, unhandledMessage{key, text})
	return text
}

// An unhandledMessage is a message of the unhandled check, built.
type unhandledMessage struct {
	key  unhandledKey
	text string
}
