package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// This file holds the batch part of the unhandled check: the code of a
// batch answer tested against 0 alone, so that a partial success (5400)
// takes the failure path and the per-resource results are never read.

// partial is the code of a partial success, the one code of the batch check.
const partial = 5400

// A zeroTest is a comparison of a batch answer's code with 0.
type zeroTest struct {
	node   ast.Node // the comparison, or the case value 0
	member ast.Expr // what would make it part of a dispatch: the comparison, or the switch's tag
	fn     ast.Node // the function it is in
	key    string   // the batch answer it tests
}

// A batchCheck gathers, over a walk of the file, the comparisons of
// batch answers' codes with 0 and with 5400: it reports those with 0
// in functions that never compare that answer's code with 5400.
// Comparisons that belong to a dispatch are left to the dispatch's own
// finding.
type batchCheck struct {
	fp         *filePass
	tests      []zeroTest
	handled    map[ast.Node]map[string]bool // by function, the answers compared with 5400
	inDispatch map[ast.Expr]bool            // comparisons and switch tags that belong to a dispatch
}

func newBatchCheck(fp *filePass) *batchCheck {
	return &batchCheck{fp: fp, handled: make(map[ast.Node]map[string]bool), inDispatch: make(map[ast.Expr]bool)}
}

// compared records that the code expression code, at cur, is compared
// with value in node; member is the comparison or switch tag that a
// dispatch would count.
func (b *batchCheck) compared(cur inspector.Cursor, code ast.Expr, value int64, node ast.Node, member ast.Expr) {
	if value != 0 && value != partial {
		return // neither a test of success nor of partial success
	}
	answer, batch := b.fp.batchAnswer(code)
	if !batch {
		return
	}
	fn := outermostFunc(cur)
	if fn == nil {
		return // not in a function
	}
	key := types.ExprString(answer)
	if value == 0 {
		if failure := failureBranch(cur); failure != nil && b.fp.handsOn(failure, answer) {
			return // the failure path hands the answer to code that may well handle 5400
		}
		b.tests = append(b.tests, zeroTest{node, member, fn, key})
		return
	}
	if b.handled[fn] == nil {
		b.handled[fn] = make(map[string]bool)
	}
	b.handled[fn][key] = true
}

// report adds the findings to fp.reports.
func (b *batchCheck) report() {
	for _, t := range b.tests {
		if b.inDispatch[t.member] || b.handled[t.fn][t.key] {
			continue // the dispatch's finding, or the function handles 5400 somewhere
		}
		b.fp.reports = append(b.fp.reports, report{diag: analysis.Diagnostic{
			Pos:      t.node.Pos(),
			End:      t.node.End(),
			Category: "unhandled",
			Message: "batch answer's code is only tested against 0: 5400 (partially executed) takes the failure path " +
				"and the per-resource results in Detail are never read; handle tccode.PartiallyExecuted",
		}})
	}
}

// failureBranch returns the branch that the comparison of a code with 0
// at cur leads to when the code is not 0, if the comparison is the
// condition of an if statement: its body for !=, its else for ==.
func failureBranch(cur inspector.Cursor) ast.Node {
	cmp, ok := cur.Node().(*ast.BinaryExpr)
	if !ok {
		return nil // a case of a switch
	}
	for {
		kind, _ := cur.ParentEdge()
		if kind != edge.ParenExpr_X {
			break
		}
		cur = cur.Parent()
	}
	if kind, _ := cur.ParentEdge(); kind != edge.IfStmt_Cond {
		return nil
	}
	stmt := cur.Parent().Node().(*ast.IfStmt)
	if cmp.Op == token.NEQ {
		return stmt.Body
	}
	if stmt.Else == nil {
		return nil
	}
	return stmt.Else
}

// handsOn reports whether branch passes the batch answer (or a part of
// it) to a function or method outside the standard library, which may
// handle its partial success: a callee's code is not this check's to
// see. Printing it or wrapping it in an error does not count.
func (fp *filePass) handsOn(branch ast.Node, answer ast.Expr) bool {
	rooted := func(e ast.Expr) bool {
		for {
			switch x := ast.Unparen(e).(type) {
			case *ast.SelectorExpr:
				if sameExpr(x, answer) {
					return true
				}
				e = x.X
			case *ast.UnaryExpr:
				e = x.X
			case *ast.StarExpr:
				e = x.X
			case *ast.IndexExpr:
				e = x.X
			default:
				return sameExpr(x, answer)
			}
		}
	}
	found := false
	ast.Inspect(branch, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || found {
			return !found
		}
		switch callee := typeutil.Callee(fp.TypesInfo, call).(type) {
		case *types.Builtin:
			return true // len(resp.Detail)
		case *types.Func:
			if callee.Pkg() != nil && isStdPath(callee.Pkg().Path()) {
				return true // fmt.Errorf("%v", resp) and the like
			}
		case nil:
			if fp.TypesInfo.Types[call.Fun].IsType() {
				return true // a conversion
			}
		}
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && rooted(sel.X) {
			found = true // resp.Retry()
		}
		for _, arg := range call.Args {
			found = found || rooted(arg)
		}
		return !found
	})
	return found
}

// batchAnswer reports whether the code expression code (one that
// codeField resolves) is the code of a batch answer (an envelope with a
// Detail field, its own or embedded), and returns the answer: the
// expression it is selected from, after following locals, conversions
// and dereferences, whose text names it.
func (fp *filePass) batchAnswer(code ast.Expr) (ast.Expr, bool) {
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
			return x, fp.isBatch(fp.TypesInfo.TypeOf(x))
		case *ast.CallExpr:
			if sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr); ok && len(e.Args) == 0 {
				return ast.Unparen(sel.X), fp.isBatch(fp.TypesInfo.TypeOf(sel.X)) // resp.GetCode()
			}
			if len(e.Args) != 1 {
				return nil, false
			}
			code = e.Args[0] // int64(resp.Code)
		case *ast.Ident:
			v, _ := fp.TypesInfo.Uses[e].(*types.Var)
			src, ok := fp.codeVar(v)
			if !ok {
				return nil, false
			}
			code = src
		case *ast.StarExpr:
			code = e.X
		case *ast.UnaryExpr:
			code = e.X
		case *ast.TypeAssertExpr:
			code = e.X
		default:
			return nil, false
		}
	}
	return nil, false
}

// isBatch reports whether t, or what it points to, is an envelope with
// a field named Detail.
func (fp *filePass) isBatch(t types.Type) bool {
	if t == nil || !fp.isEnvelope(t) {
		return false
	}
	is, ok := fp.pkg.batches[t]
	if !ok {
		is = fp.field(t, "Detail") != nil
		fp.pkg.batches[t] = is
	}
	return is
}
