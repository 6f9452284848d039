package analyzer

import (
	"go/ast"
	"go/token"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// This file holds the batch part of the unhandled check: the code of a
// batch answer tested against 0 alone, so that a partial success (5400)
// takes the failure path without a look at the per-resource results.

// batchMessage is the batch check's message. It says what the failure
// path does not do, not that nothing reads the results: something else
// may, where it does not help.
const batchMessage = "batch answer's code is only tested against 0: 5400 (partially executed) takes the failure path " +
	"without a look at the per-resource results in Detail; handle tccode.PartiallyExecuted"

// A zeroTest is a test of a batch answer's code against 0.
type zeroTest struct {
	cur    inspector.Cursor // at the comparison, or the switch
	node   ast.Node         // the comparison, or the case value 0
	cmp    *ast.BinaryExpr  // the comparison; nil for a case
	answer answerRef
}

// checkBatch returns the batch check's findings in the file whose sites
// are s and whose dispatches are ds: each test of a batch answer's code
// against 0 that belongs to no dispatch (the unhandled check judges
// those), in a function (closures included) that never tests that
// answer's code against 5400, and whose failure path neither reads the
// answer's Detail nor hands the answer to a function that handles 5400
// (see handoffs). Tests of one answer that lead to one failure path are
// one finding; and none is made for an answer of missPartial, the
// dispatches that the unhandled check reports for leaving 5400
// unhandled: that finding tells the problem already.
func checkBatch(r *resolver, s *fileSites, ds, missPartial []*dispatch, h *handoffs) []finding {
	var tests []zeroTest
	handled := make(map[ast.Node]map[answerID]bool) // by function, the answers tested against 5400, or reported so
	handle := func(cur inspector.Cursor, id answerID) {
		fn := outermostFunc(cur)
		if handled[fn] == nil {
			handled[fn] = make(map[answerID]bool)
		}
		handled[fn][id] = true
	}
	inDispatch := make(map[ast.Node]bool)
	for _, d := range ds {
		for _, m := range d.members {
			inDispatch[m] = true
		}
	}
	for _, d := range missPartial {
		handle(d.cur, d.answer.id)
	}
	for _, c := range s.comparisons {
		v, ok := c.intValue()
		switch {
		case !ok || c.code.answer.kind != batchAnswer:
		case v == partial:
			handle(c.cur, c.code.answer.id) // in a dispatch too
		case v == 0 && !inDispatch[c.node]:
			tests = append(tests, zeroTest{cur: c.cur, node: c.node, cmp: c.node, answer: c.code.answer})
		}
	}
	for _, sw := range s.switches {
		if !sw.code.isNumber() || sw.code.answer.kind != batchAnswer {
			continue
		}
		for _, cv := range sw.cases {
			switch v, ok := int64Of(cv.val); {
			case !ok:
			case v == partial:
				handle(sw.cur, sw.code.answer.id)
			case v == 0 && !inDispatch[sw.node.Tag]:
				tests = append(tests, zeroTest{cur: sw.cur, node: cv.expr, answer: sw.code.answer})
			}
		}
	}

	var found []finding
	type failing struct {
		path   ast.Node
		answer answerID
	}
	reported := make(map[failing]bool)
	for _, t := range tests {
		if handled[outermostFunc(t.cur)][t.answer.id] {
			continue // the function tests it against 5400 somewhere, or a dispatch on it is reported
		}
		failure := failurePath(r, t)
		if failure == nil {
			continue // a value, not a branch: the code that uses it decides
		}
		if reported[failing{failure, t.answer.id}] {
			continue // s.Code != 0 && s.GetCode() != 0: one test
		}
		if path := throughGoto(r, t.cur, failure); readsDetail(r, path, t.answer.id) || h.handsOn(path, t.answer.id) {
			continue // the failure path looks at the results, or hands them on to code that does
		}
		reported[failing{failure, t.answer.id}] = true
		found = append(found, finding{pos: t.node.Pos(), end: t.node.End(), category: "unhandled", message: batchMessage})
	}
	return found
}

// failurePath returns statements that run when the test t finds the
// code not 0, if it can tell; nil if the test is no branch's condition
// (return b.Code == 0 leaves the decision to the caller):
//   - for a test in an if statement's condition, perhaps under ! or
//     joined to others by && or ||: the branch that a code not 0 can
//     take, the body if the test then holds, else the else branch, or
//     what follows the if;
//   - for a case of a tagless switch (case resp.Code != 0:), its body;
//   - for case 0 of a switch on the code, the default clause, or what
//     follows the switch.
func failurePath(r *resolver, t zeroTest) ast.Node {
	if t.cmp == nil {
		for _, stmt := range t.cur.Node().(*ast.SwitchStmt).Body.List {
			if clause := stmt.(*ast.CaseClause); clause.List == nil {
				return block(clause.Body)
			}
		}
		return after(t.cur)
	}
	notZero := t.cmp.Op == token.NEQ // the value of the expression at cur when the code is not 0
	cur := t.cur
	for {
		kind, _ := cur.ParentEdge()
		parent := cur.Parent()
		switch kind {
		case edge.ParenExpr_X:
		case edge.UnaryExpr_X:
			if parent.Node().(*ast.UnaryExpr).Op != token.NOT {
				return nil
			}
			notZero = !notZero
		case edge.BinaryExpr_X, edge.BinaryExpr_Y:
			// With a code not 0, a || b or a && b may still go
			// either way, but only as the other operand says: the
			// branch the test's own value leads to is taken with some
			// codes not 0.
			if op := parent.Node().(*ast.BinaryExpr).Op; op != token.LAND && op != token.LOR {
				return nil
			}
		case edge.CaseClause_List:
			sw, ok := parent.Parent().Parent().Node().(*ast.SwitchStmt)
			if !ok || sw.Tag != nil || !notZero {
				return nil
			}
			return block(parent.Node().(*ast.CaseClause).Body)
		case edge.IfStmt_Cond:
			stmt := parent.Node().(*ast.IfStmt)
			switch {
			case notZero:
				return stmt.Body
			case stmt.Else != nil:
				return stmt.Else
			}
			return after(parent)
		default:
			return nil
		}
		cur = parent
	}
}

// throughGoto returns the failure path failure of the test at cur,
// followed, if it ends in a goto forward, by the statements from the
// label on: if resp.Code != 0 { goto fail }; ...; fail: return
// retry(resp). A goto back (again: resp := call(); if resp.Code != 0 {
// goto again }) runs the whole call again, and the statements after the
// label include the success path.
func throughGoto(r *resolver, cur inspector.Cursor, failure ast.Node) ast.Node {
	b, ok := failure.(*ast.BlockStmt)
	if !ok || len(b.List) == 0 {
		return failure
	}
	jump, ok := b.List[len(b.List)-1].(*ast.BranchStmt)
	if !ok || jump.Tok != token.GOTO {
		return failure
	}
	if label := r.info.Uses[jump.Label]; label == nil || label.Pos() < jump.Pos() {
		return failure
	}
	label := r.info.Uses[jump.Label]
	for fn := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		for l := range fn.Preorder((*ast.LabeledStmt)(nil)) {
			if r.info.Defs[l.Node().(*ast.LabeledStmt).Label] != label {
				continue
			}
			list := append(slices.Clone(b.List), l.Node().(ast.Stmt))
			if rest, ok := after(l).(*ast.BlockStmt); ok {
				list = append(list, rest.List...)
			}
			return &ast.BlockStmt{List: list}
		}
		break // a label belongs to the innermost function
	}
	return failure
}

// after returns the statements that run after the statement at cur
// falls through: those after it in its block or clause, or, where it is
// the last, after the if, block or switch that holds it. It does not
// leave a loop or a function.
func after(cur inspector.Cursor) ast.Node {
	for {
		for {
			if kind, _ := cur.ParentEdge(); kind != edge.LabeledStmt_Stmt {
				break
			}
			cur = cur.Parent()
		}
		kind, index := cur.ParentEdge()
		var list []ast.Stmt
		switch parent := cur.Parent().Node().(type) {
		case *ast.BlockStmt:
			if kind == edge.BlockStmt_List {
				list = parent.List
			}
		case *ast.CaseClause:
			if kind == edge.CaseClause_Body {
				list = parent.Body
			}
		case *ast.CommClause:
			if kind == edge.CommClause_Body {
				list = parent.Body
			}
		}
		if list == nil {
			return nil
		}
		if index+1 < len(list) {
			return block(list[index+1:])
		}
		// The last statement: climb to what holds the block.
		holder := cur.Parent()
		switch holder.Node().(type) {
		case *ast.CaseClause, *ast.CommClause:
			holder = holder.Parent().Parent() // the switch or select, through its body
		}
		switch kind, _ := holder.ParentEdge(); kind {
		case edge.IfStmt_Body, edge.IfStmt_Else:
			holder = holder.Parent()
			for {
				if kind, _ := holder.ParentEdge(); kind != edge.IfStmt_Else {
					break
				}
				holder = holder.Parent() // else if: the chain's first if
			}
		case edge.BlockStmt_List, edge.CaseClause_Body, edge.CommClause_Body, edge.LabeledStmt_Stmt:
			// a block, switch or select among statements
		case edge.FuncDecl_Body, edge.FuncLit_Body:
			return block(nil) // the function returns
		default:
			return nil // a loop's body: the next round, unknown here
		}
		if _, ok := holder.Node().(ast.Stmt); !ok {
			return nil
		}
		cur = holder
	}
}

// block returns a block of the statements list, for a walk over them;
// empty, if there are none.
func block(list []ast.Stmt) ast.Node {
	if len(list) == 0 {
		return &ast.BlockStmt{}
	}
	return &ast.BlockStmt{Lbrace: list[0].Pos(), List: list, Rbrace: list[len(list)-1].End()}
}

// readsDetail reports whether n reads the per-resource results of the
// answer id: ranges over its Detail, or indexes it.
func readsDetail(r *resolver, n ast.Node, id answerID) bool {
	return readsIn(n, func(x ast.Expr) bool { return r.isDetail(x, 0) && rootedAt(r.answer(x).id, id) })
}

// readsIn reports whether n ranges over, or indexes, an expression x
// for which is is true.
func readsIn(n ast.Node, is func(x ast.Expr) bool) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.RangeStmt:
			found = is(n.X)
		case *ast.IndexExpr:
			found = is(n.X)
		}
		return !found
	})
	return found
}

// rootedAt reports whether the answer (or part of one) x is id or a
// part of it.
func rootedAt(x, id answerID) bool {
	rest, ok := strings.CutPrefix(x.path, id.path)
	return x.root == id.root && ok && (rest == "" || strings.ContainsRune(".[(", rune(rest[0]))) // not p.R2 for p.R
}
