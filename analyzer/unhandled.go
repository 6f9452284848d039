package analyzer

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
)

// This file holds the unhandled check: a dispatch on result codes that
// forgets a required code, 5400 above all.

// A dispatch is a switch or an if/else chain that chooses what to do
// by the value of one code.
type dispatch struct {
	pos       token.Pos // of the switch or the first if keyword
	keyword   string    // "switch" or "if"
	handled   map[int64]bool
	defaulted bool // it has a default clause or a final else

	// perResource: the code is one resource's result in a batch
	// answer's Detail, which cannot be partly executed.
	perResource bool

	// members are the comparisons that make up the dispatch, or the
	// tag of a switch.
	members []ast.Expr
}

// checkUnhandled adds the file's dispatches that leave a required code
// unhandled to fp.reports.
func (fp *filePass) checkUnhandled() {
	if len(fp.cfg.Require) == 0 {
		return // the check is off
	}
	inDispatch := make(map[ast.Expr]bool) // comparisons (and switch tags) that belong to a dispatch
	defer fp.checkBatch(inDispatch)

	nodes := []ast.Node{(*ast.SwitchStmt)(nil), (*ast.IfStmt)(nil)}
	for cur := range fp.curFile.Preorder(nodes...) {
		var found []*dispatch
		switch n := cur.Node().(type) {
		case *ast.SwitchStmt:
			if n.Tag != nil {
				found = fp.taggedSwitch(n)
			} else {
				found = fp.taglessSwitch(n)
			}
		case *ast.IfStmt:
			if kind, _ := cur.ParentEdge(); kind == edge.IfStmt_Else {
				continue // part of a chain, seen from its first if
			}
			found = fp.ifChain(n)
		}
		for _, d := range found {
			for _, e := range d.members {
				inDispatch[e] = true
			}
			fp.reportUnhandled(d)
		}
	}
}

// taggedSwitch returns the switch as a dispatch if it switches on a
// code and lists a non-zero code among its cases.
func (fp *filePass) taggedSwitch(n *ast.SwitchStmt) []*dispatch {
	if !isNumber(fp.TypesInfo.TypeOf(n.Tag)) || fp.codeField(n.Tag) == nil {
		return nil // not a switch on a code
	}
	d := &dispatch{pos: n.Switch, keyword: "switch", handled: make(map[int64]bool), perResource: fp.perResource(n.Tag)}
	for _, stmt := range n.Body.List {
		clause := stmt.(*ast.CaseClause)
		if clause.List == nil {
			d.defaulted = true
		}
		for _, e := range clause.List {
			if v, ok := fp.intConstant(e); ok {
				d.handled[v] = true
			}
		}
	}
	if !d.handlesNonZero() {
		return nil // switch r.Code { case 0: ... default: ... } tells success from failure
	}
	d.members = []ast.Expr{n.Tag}
	return []*dispatch{d}
}

// taglessSwitch returns a dispatch for each code that the cases of the
// tagless switch compare with a non-zero code.
func (fp *filePass) taglessSwitch(n *ast.SwitchStmt) []*dispatch {
	set := dispatchSet{fp: fp, pos: n.Switch, keyword: "switch"}
	for _, stmt := range n.Body.List {
		clause := stmt.(*ast.CaseClause)
		if clause.List == nil {
			set.defaulted = true
		}
		for _, e := range clause.List {
			fp.equalities(e, set.add)
		}
	}
	return set.dispatches(1)
}

// ifChain returns a dispatch for each code that the conditions of the
// if/else-if chain starting at n compare with two or more codes.
func (fp *filePass) ifChain(n *ast.IfStmt) []*dispatch {
	set := dispatchSet{fp: fp, pos: n.If, keyword: "if"}
	for stmt := n; stmt != nil; {
		fp.equalities(stmt.Cond, set.add)
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
	byCode    map[string]*dispatch
	order     []string // the codes' keys, in order of appearance
}

// add records the comparison cmp of code (whose text is key) with value.
func (set *dispatchSet) add(cmp *ast.BinaryExpr, code ast.Expr, key string, value int64) {
	d, ok := set.byCode[key]
	if !ok {
		if set.byCode == nil {
			set.byCode = make(map[string]*dispatch)
		}
		d = &dispatch{pos: set.pos, keyword: set.keyword, handled: make(map[int64]bool), perResource: set.fp.perResource(code)}
		set.byCode[key] = d
		set.order = append(set.order, key)
	}
	d.handled[value] = true
	d.members = append(d.members, cmp)
}

// dispatches returns the dispatches of the set: the codes compared with
// at least min different constants, one of them non-zero.
func (set *dispatchSet) dispatches(min int) []*dispatch {
	var found []*dispatch
	for _, key := range set.order {
		if d := set.byCode[key]; len(d.handled) >= min && d.handlesNonZero() {
			d.defaulted = set.defaulted
			found = append(found, d)
		}
	}
	return found
}

// handlesNonZero reports whether d handles a non-zero code.
func (d *dispatch) handlesNonZero() bool {
	for v := range d.handled {
		if v != 0 {
			return true
		}
	}
	return false
}

// equalities calls yield for each comparison code == constant in cond,
// alone or joined by ||, with the comparison, the code, its text and
// the constant's value. Comparisons under && or ! decide nothing for a
// code on their own.
func (fp *filePass) equalities(cond ast.Expr, yield func(cmp *ast.BinaryExpr, code ast.Expr, key string, value int64)) {
	e, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok {
		return
	}
	switch e.Op {
	case token.LOR:
		fp.equalities(e.X, yield)
		fp.equalities(e.Y, yield)
	case token.EQL:
		for _, pair := range [2][2]ast.Expr{{e.X, e.Y}, {e.Y, e.X}} {
			code, value := pair[0], pair[1]
			v, ok := fp.intConstant(value)
			if ok && isNumber(fp.TypesInfo.TypeOf(code)) && fp.codeField(code) != nil {
				yield(e, code, types.ExprString(ast.Unparen(code)), v)
				return
			}
		}
	}
}

// intConstant returns the value of e if it is an integer constant
// expression: a literal, a tccode constant, any named constant.
func (fp *filePass) intConstant(e ast.Expr) (int64, bool) {
	tv, ok := fp.TypesInfo.Types[e]
	if !ok || tv.Value == nil {
		return 0, false
	}
	v := constant.ToInt(tv.Value)
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
	var missing []string
	for _, code := range fp.cfg.Require {
		if d.handled[code] || (d.perResource && code == 5400) {
			continue
		}
		text := describe(code)
		if c, ok := commonCodes[code]; ok {
			text += ": " + c.why
		}
		missing = append(missing, text)
	}
	if len(missing) == 0 {
		return
	}
	what := "switch"
	if d.keyword == "if" {
		what = "if-else chain"
	}
	// switch on TencentCloud code does not handle 5400 (partially executed): a batch ...
	// switch on TencentCloud code does not handle 2 required codes: 5400 (...): .... 6000 (...): ...
	list := missing[0]
	if len(missing) > 1 {
		list = fmt.Sprintf("%d required codes: %s", len(missing), strings.Join(missing, ". "))
	}
	fp.reports = append(fp.reports, report{diag: analysis.Diagnostic{
		Pos:      d.pos,
		End:      d.pos + token.Pos(len(d.keyword)),
		Category: "unhandled",
		Message:  fmt.Sprintf("%s on TencentCloud code does not handle %s", what, list),
	}})
}
