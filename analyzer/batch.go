package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

// This file holds the batch part of the unhandled check: the code of a
// batch answer tested against 0 alone, so that a partial success (5400)
// takes the failure path and the per-resource results are never read.

// A zeroTest is a comparison of a batch answer's code with 0.
type zeroTest struct {
	node ast.Node // the comparison, or the case value 0
	fn   ast.Node // the function it is in
	key  string   // the batch answer it tests
}

// checkBatch adds to fp.reports the comparisons of a batch answer's
// code with 0 in functions that never compare that code with 5400.
// Comparisons that belong to a dispatch are left to the dispatch's
// own finding.
func (fp *filePass) checkBatch(inDispatch map[ast.Expr]bool) {
	const partial = 5400
	if !slices.Contains(fp.cfg.Require, partial) {
		return // the check is about 5400 alone
	}
	var (
		tests   []zeroTest
		handled = make(map[ast.Node]map[string]bool) // by function, the answers compared with 5400
	)
	compared := func(cur inspector.Cursor, code ast.Expr, value int64, node ast.Node, dispatch bool) {
		if value != 0 && value != partial {
			return // neither a test of success nor of partial success
		}
		key, batch := fp.batchAnswer(code)
		if !batch {
			return
		}
		fn := outermostFunc(cur)
		if fn == nil {
			return // not in a function
		}
		switch value {
		case 0:
			if !dispatch {
				tests = append(tests, zeroTest{node, fn, key})
			}
		case partial:
			if handled[fn] == nil {
				handled[fn] = make(map[string]bool)
			}
			handled[fn][key] = true
		}
	}

	nodes := []ast.Node{(*ast.BinaryExpr)(nil), (*ast.SwitchStmt)(nil)}
	for cur := range fp.curFile.Preorder(nodes...) {
		switch n := cur.Node().(type) {
		case *ast.BinaryExpr:
			if n.Op != token.EQL && n.Op != token.NEQ {
				continue
			}
			for _, pair := range [2][2]ast.Expr{{n.X, n.Y}, {n.Y, n.X}} {
				if v, ok := fp.intConstant(pair[1]); ok && isNumber(fp.TypesInfo.TypeOf(pair[0])) {
					compared(cur, pair[0], v, n, inDispatch[n])
					break
				}
			}
		case *ast.SwitchStmt:
			if n.Tag == nil || !isNumber(fp.TypesInfo.TypeOf(n.Tag)) {
				continue // a tagless switch's comparisons are BinaryExprs
			}
			for _, stmt := range n.Body.List {
				for _, e := range stmt.(*ast.CaseClause).List {
					if v, ok := fp.intConstant(e); ok {
						compared(cur, n.Tag, v, e, inDispatch[n.Tag])
					}
				}
			}
		}
	}

	for _, t := range tests {
		if handled[t.fn][t.key] {
			continue // the function handles 5400 somewhere
		}
		fp.reports = append(fp.reports, report{diag: analysis.Diagnostic{
			Pos:      t.node.Pos(),
			End:      t.node.End(),
			Category: "unhandled",
			Message: "batch answer's code is only tested against 0: 5400 (partially executed) takes the failure path " +
				"and the per-resource results in Detail are never read; handle tccode.PartiallyExecuted",
		}})
	}
}

// batchAnswer reports whether code is the code of a batch answer (an
// envelope with a Detail field, its own or embedded), and returns a key
// that names the answer: the text of the expression it is selected
// from, after following locals, conversions and dereferences.
func (fp *filePass) batchAnswer(code ast.Expr) (string, bool) {
	if fp.codeField(code) == nil {
		return "", false
	}
	for depth := 0; depth < 8; depth++ {
		switch e := ast.Unparen(code).(type) {
		case *ast.SelectorExpr:
			// resp.Response.Code is resp's code, if Response is embedded.
			x := ast.Unparen(e.X)
			for {
				sel, ok := x.(*ast.SelectorExpr)
				if !ok {
					break
				}
				s := fp.TypesInfo.Selections[sel]
				if s == nil || s.Kind() != types.FieldVal || !s.Obj().(*types.Var).Embedded() {
					break
				}
				x = ast.Unparen(sel.X)
			}
			return types.ExprString(x), fp.isBatch(fp.TypesInfo.TypeOf(x))
		case *ast.CallExpr:
			if sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr); ok && len(e.Args) == 0 {
				return types.ExprString(ast.Unparen(sel.X)), fp.isBatch(fp.TypesInfo.TypeOf(sel.X)) // resp.GetCode()
			}
			if len(e.Args) != 1 {
				return "", false
			}
			code = e.Args[0] // int64(resp.Code)
		case *ast.Ident:
			v, _ := fp.TypesInfo.Uses[e].(*types.Var)
			src, ok := fp.codeVars[v]
			if !ok {
				return "", false
			}
			code = src
		case *ast.StarExpr:
			code = e.X
		case *ast.UnaryExpr:
			code = e.X
		case *ast.TypeAssertExpr:
			code = e.X
		default:
			return "", false
		}
	}
	return "", false
}

// isBatch reports whether t, or what it points to, is an envelope with
// a field named Detail.
func (fp *filePass) isBatch(t types.Type) bool {
	if t == nil || !fp.isEnvelope(t) {
		return false
	}
	if fp.batches == nil {
		fp.batches = make(map[types.Type]bool)
	}
	is, ok := fp.batches[t]
	if !ok {
		obj, _, _ := types.LookupFieldOrMethod(t, true, fp.Pkg, "Detail")
		v, isVar := obj.(*types.Var)
		is = isVar && v.IsField()
		fp.batches[t] = is
	}
	return is
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
