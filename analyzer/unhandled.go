package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"
)

// This file holds the unhandled check: a dispatch on result codes that
// forgets a required code, 5400 above all.

// partial is the code of a partial success, which the batch check and
// the per-resource rule are about.
const partial = 5400

// checkUnhandled returns the findings of the dispatches ds: those that
// leave a required code unhandled. A dispatch handles a code it has a
// branch for; and 5400, too, if its answer is one resource's result, if
// its default clause or final else tests the answer's code against
// 5400 itself, or if every path to it has already taken 5400 away
// (paths). It also returns the dispatches that leave 5400 unhandled.
func checkUnhandled(cfg *Config, ds []*dispatch, s *fileSites, paths *pathFinder) (found []finding, missPartial []*dispatch) {
	for _, d := range ds {
		if d.otherwise != nil && cfg.DefaultHandles {
			continue // -default-handles: the default clause handles the rest
		}
		var missing []int64
		for _, code := range cfg.Require {
			if slices.Contains(d.handled, code) {
				continue
			}
			if code == partial && (d.answer.kind == perResourceAnswer || otherwiseTests(s, paths, d, partial) || paths.excluded(d, partial)) {
				continue
			}
			missing = append(missing, code)
		}
		if len(missing) == 0 {
			continue
		}
		if slices.Contains(missing, partial) {
			missPartial = append(missPartial, d)
		}
		found = append(found, finding{
			pos:      d.pos,
			end:      d.pos + token.Pos(len(d.keyword)),
			category: "unhandled",
			message:  unhandledMessage(d.keyword, missing),
		})
	}
	return found, missPartial
}

// testsIn reports whether a comparison of the code of the answer id
// with value, or a case of that value in a switch on it, lies in node.
func testsIn(s *fileSites, node ast.Node, id answerID, value int64) bool {
	if node == nil {
		return false
	}
	for _, t := range s.testsOf(id) {
		if t.value == value && within(t.node, node) {
			return true
		}
	}
	return false
}

// otherwiseTests reports whether d's default clause, or final else,
// branches on its answer's code against value itself: one of its
// statements is an if whose condition compares the code with value, or
// a switch on the code with a case of value, and no statement before it
// assigns the answer.
func otherwiseTests(s *fileSites, paths *pathFinder, d *dispatch, value int64) bool {
	var list []ast.Stmt
	switch n := d.otherwise.(type) {
	case *ast.CaseClause:
		list = n.Body
	case *ast.BlockStmt:
		list = n.List
	}
	root, _ := d.answer.id.root.(*types.Var)
	for i := 0; i < len(list); i++ {
		switch stmt := list[i].(type) {
		case *ast.IfStmt:
			if testsIn(s, stmt.Cond, d.answer.id, value) {
				return true
			}
		case *ast.SwitchStmt:
			if testsIn(s, stmt.Body, d.answer.id, value) && (stmt.Tag == nil || testsIn(s, stmt, d.answer.id, value)) {
				return true // switch resp.Code { case 5400: }, or switch { case resp.Code == 5400: }
			}
		case *ast.BlockStmt:
			list = slices.Concat(list[:i+1], stmt.List, list[i+1:]) // a nested block: its statements in turn
			continue
		}
		if root == nil || assigns(paths, list[i], root) {
			return false // the answer is no longer the one d chose by
		}
	}
	return false
}

// assigns reports whether n assigns the variable root, or a part of it,
// or takes its address.
func assigns(paths *pathFinder, n ast.Node, root *types.Var) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, lhs := range n.Lhs {
				found = found || paths.isRoot(lhs, root)
			}
		case *ast.IncDecStmt:
			found = found || paths.isRoot(n.X, root)
		case *ast.UnaryExpr:
			found = found || n.Op == token.AND && paths.isRoot(n.X, root)
		}
		return !found
	})
	return found
}

// within reports whether n lies inside outer.
func within(n, outer ast.Node) bool {
	return outer.Pos() <= n.Pos() && n.End() <= outer.End()
}

// unhandledMessage returns the message for a dispatch of the kind
// keyword that leaves the codes missing unhandled. One code is described
// with what to do about it; several are listed by number, so that the
// message stays a line or two long even under -require=all:
//
//	switch on TencentCloud code does not handle 5400 (partially executed): a batch call partly succeeded; ...
//	switch on TencentCloud code does not handle 3 required codes: 5400, 6000, 28004 (tccode names the common ones)
func unhandledMessage(keyword string, missing []int64) string {
	numbers := make([]string, len(missing))
	for i, code := range missing {
		numbers[i] = strconv.FormatInt(code, 10)
	}
	what := "switch"
	if keyword == "if" {
		what = "if-else chain"
	}
	var list string
	if len(missing) == 1 {
		list = describe(missing[0])
		if c, ok := commonCodes[missing[0]]; ok {
			list += ": " + c.why
		}
	} else {
		list = fmt.Sprintf("%d required codes: %s (tccode names the common ones)", len(missing), strings.Join(numbers, ", "))
	}
	return what + " on TencentCloud code does not handle " + list
}
