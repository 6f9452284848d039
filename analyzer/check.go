package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// This file walks a file once for all the checks: each comparison,
// switch and assignment is looked at once, and each code expression
// is resolved to its field once.

// A comparison is an equality test of a code with a constant, either
// way round: r.Code == 4100, 0 != code, e.GetCode() == "InternalError".
type comparison struct {
	code     ast.Expr       // the code side
	field    types.Object   // the code field or getter behind it
	value    ast.Expr       // the constant side
	val      constant.Value // its value
	codeType types.Type     // the type of the code side: a number or a string
}

// comparison returns the comparison that n is, if it compares a code
// with a constant.
func (fp *filePass) comparison(n *ast.BinaryExpr) (comparison, bool) {
	if n.Op != token.EQL && n.Op != token.NEQ {
		return comparison{}, false // an ordered comparison tests a range of codes
	}
	pairs := [2][2]ast.Expr{{n.X, n.Y}, {n.Y, n.X}}
	if _, lit := ast.Unparen(n.X).(*ast.BasicLit); lit {
		pairs[0], pairs[1] = pairs[1], [2]ast.Expr{} // 4100 == r.Code: the literal is the constant
	} else if _, lit := ast.Unparen(n.Y).(*ast.BasicLit); lit {
		pairs[1] = [2]ast.Expr{} // r.Code == 4100
	}
	for _, pair := range pairs {
		code, value := pair[0], pair[1]
		if code == nil {
			break
		}
		v := fp.constValue(value)
		if v == nil {
			continue
		}
		field := fp.codeField(code)
		if field == nil {
			continue
		}
		if t := fp.typeOf(code); t != nil && (isNumber(t) || isString(t)) {
			return comparison{code: code, field: field, value: value, val: v, codeType: t}, true
		}
	}
	return comparison{}, false
}

// typeOf returns the type of e, from the selection or object behind it
// where there is one: codeField has just looked those up.
func (fp *filePass) typeOf(e ast.Expr) types.Type {
	switch e := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		if sel := fp.TypesInfo.Selections[e]; sel != nil {
			return sel.Type()
		}
	case *ast.Ident:
		if obj := fp.TypesInfo.Uses[e]; obj != nil {
			return obj.Type()
		}
	}
	return fp.TypesInfo.TypeOf(e)
}

// intValue returns the value of c's constant if c compares a number
// code with an integer constant: a comparison that can handle a code.
func (c comparison) intValue() (int64, bool) {
	if !isNumber(c.codeType) {
		return 0, false
	}
	return int64Of(c.val)
}

// check runs the magic, unhandled and batch checks on the file in one
// walk, and adds their findings to fp.reports.
func (fp *filePass) check() {
	var (
		found       = fp.pkg.found[:0]   // magic literals
		comparisons = fp.pkg.comparisons // for the dispatches of if chains and tagless switches
		chains      = fp.pkg.chains[:0]  // their first if, or the switch
	)
	defer func() {
		// Keep the space for the next file.
		clear(found)
		clear(comparisons)
		clear(chains)
		fp.pkg.found, fp.pkg.chains = found[:0], chains[:0]
	}()
	unhandled := len(fp.cfg.Require) > 0
	var batch *batchCheck
	if unhandled && slices.Contains(fp.cfg.Require, partial) {
		batch = newBatchCheck(fp)
	}

	nodes := []ast.Node{
		(*ast.BinaryExpr)(nil),
		(*ast.SwitchStmt)(nil),
		(*ast.IfStmt)(nil),
		(*ast.AssignStmt)(nil),
		(*ast.CompositeLit)(nil),
	}
	for cur := range fp.curFile.Preorder(nodes...) {
		switch n := cur.Node().(type) {
		case *ast.BinaryExpr:
			c, ok := fp.comparison(n)
			if !ok {
				continue
			}
			comparisons[n] = c
			if m, ok := fp.magicAt(c.value, c.val, c.codeType, c.field); ok {
				found = append(found, m)
			}
			if v, ok := c.intValue(); ok && batch != nil {
				batch.compared(cur, c.code, v, n, n)
			}

		case *ast.SwitchStmt:
			if n.Tag == nil {
				// A tagless switch: its comparisons are BinaryExprs, to
				// be seen as a dispatch once they are all known.
				chains = append(chains, n)
				continue
			}
			field := fp.codeField(n.Tag)
			if field == nil {
				continue // not a switch on a code
			}
			t := fp.typeOf(n.Tag)
			if t == nil || !isNumber(t) && !isString(t) {
				continue
			}
			// The switch is a dispatch if it lists a non-zero code
			// among its cases; switch r.Code { case 0: ... default: ... }
			// tells success from failure.
			d := &dispatch{pos: n.Switch, keyword: "switch", code: n.Tag, members: []ast.Expr{n.Tag}}
			for _, stmt := range n.Body.List {
				clause := stmt.(*ast.CaseClause)
				d.defaulted = d.defaulted || clause.List == nil
				for _, e := range clause.List {
					v := fp.constValue(e)
					if v == nil {
						continue
					}
					if m, ok := fp.magicAt(e, v, t, field); ok {
						found = append(found, m)
					}
					if code, ok := int64Of(v); ok && isNumber(t) {
						d.handle(code)
						if batch != nil {
							batch.compared(cur, n.Tag, code, e, n.Tag)
						}
					}
				}
			}
			if unhandled && d.handlesNonZero() {
				d.perResource = fp.perResource(n.Tag)
				if batch != nil {
					batch.inDispatch[n.Tag] = true
				}
				fp.reportUnhandled(d)
			}

		case *ast.IfStmt:
			if kind, _ := cur.ParentEdge(); kind != edge.IfStmt_Else {
				chains = append(chains, n) // not part of a chain seen from its first if
			}

		case *ast.AssignStmt:
			found = fp.assignMagic(n, found)

		case *ast.CompositeLit:
			found = fp.compositeMagic(n, found)
		}
	}

	if unhandled {
		for _, n := range chains {
			var dispatches []*dispatch
			switch n := n.(type) {
			case *ast.IfStmt:
				dispatches = fp.ifChain(n, comparisons)
			case *ast.SwitchStmt:
				dispatches = fp.taglessSwitch(n, comparisons)
			}
			for _, d := range dispatches {
				if batch != nil {
					for _, e := range d.members {
						batch.inDispatch[e] = true
					}
				}
				fp.reportUnhandled(d)
			}
		}
		if batch != nil {
			batch.report()
		}
	}
	fp.reportMagic(found)
}

// outermostFunc returns the function declaration around cur, or the
// outermost function literal where there is none: closures belong to
// the function they are written in.
func outermostFunc(cur inspector.Cursor) ast.Node {
	var fn ast.Node
	for c := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		fn = c.Node()
	}
	return fn
}
