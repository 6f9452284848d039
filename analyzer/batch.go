package analyzer

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
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
	key, batch := b.fp.batchAnswer(code)
	if !batch {
		return
	}
	fn := outermostFunc(cur)
	if fn == nil {
		return // not in a function
	}
	if value == 0 {
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

// batchAnswer reports whether the code expression code (one that
// codeField resolves) is the code of a batch answer (an envelope with a
// Detail field, its own or embedded), and returns a key that names the
// answer: the text of the expression it is selected from, after
// following locals, conversions and dereferences.
func (fp *filePass) batchAnswer(code ast.Expr) (string, bool) {
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
			src, ok := fp.codeVar(v)
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
	is, ok := fp.pkg.batches[t]
	if !ok {
		is = fp.field(t, "Detail") != nil
		fp.pkg.batches[t] = is
	}
	return is
}
