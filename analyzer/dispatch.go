package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/inspector"
)

// This file finds the dispatches on codes, which the unhandled check
// judges and the batch check leaves to it.

// A dispatch is a switch or an if/else chain that chooses what to do
// by the value of one answer's code.
type dispatch struct {
	cur     inspector.Cursor // at the switch or the first if
	anchor  ast.Node         // where the statement's test starts: the tag, the first case value, the first condition
	pos     token.Pos        // of the switch or the first if keyword
	keyword string           // "switch" or "if"
	answer  answerRef        // whose code it chooses by
	local   *types.Var       // the code local it reads the code from (code := resp.Code; switch code), if every branch does; nil otherwise
	handled []int64          // the codes it has a branch for, each once
	arms    int              // its branches that test the code

	// otherwise is the default clause or the final else, if there is
	// one: the branch that handles every code the others do not.
	otherwise ast.Node

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

// findDispatches returns the dispatches of the file whose sites are s:
//   - a switch on a number code with a non-zero constant among its cases;
//   - a tagless switch whose cases compare one answer's code with ==
//     to such a constant (comparisons joined by || count; under && or !
//     they decide nothing for the code alone);
//   - an if/else-if chain with two or more branches that compare one
//     answer's code with == to constants, one of them non-zero. A single
//     if, whatever its condition, is a predicate: it splits the codes in
//     two, as if r.Code != 0 does.
func findDispatches(r *resolver, s *fileSites) []*dispatch {
	var found []*dispatch
	for _, sw := range s.switches {
		if !sw.code.isNumber() {
			continue // version 3 codes have no required codes
		}
		d := &dispatch{cur: sw.cur, anchor: sw.node.Tag, pos: sw.node.Switch, keyword: "switch", answer: sw.code.answer, members: []ast.Expr{sw.node.Tag}}
		d.local = codeLocal(r, sw.node.Tag)
		for _, cv := range sw.cases {
			if code, ok := int64Of(cv.val); ok {
				d.handle(code)
			}
		}
		for _, stmt := range sw.node.Body.List {
			if clause := stmt.(*ast.CaseClause); clause.List == nil {
				d.otherwise = clause
			}
		}
		d.arms = len(sw.node.Body.List)
		if d.handlesNonZero() {
			found = append(found, d)
		}
	}
	for _, cur := range s.tagless {
		n := cur.Node().(*ast.SwitchStmt)
		set := dispatchSet{r: r, sites: s, cur: cur, pos: n.Switch, keyword: "switch"}
		for _, stmt := range n.Body.List {
			clause := stmt.(*ast.CaseClause)
			if clause.List == nil {
				set.otherwise = clause
				continue
			}
			if set.anchor == nil {
				set.anchor = clause.List[0]
			}
			for _, e := range clause.List {
				set.addEqualities(e, clause)
			}
		}
		found = append(found, set.dispatches(1)...)
	}
	for _, cur := range s.chains {
		n := cur.Node().(*ast.IfStmt)
		set := dispatchSet{r: r, sites: s, cur: cur, anchor: n.Cond, pos: n.If, keyword: "if"}
		for stmt := n; stmt != nil; {
			set.addEqualities(stmt.Cond, stmt)
			switch next := stmt.Else.(type) {
			case *ast.IfStmt:
				stmt = next
			case *ast.BlockStmt:
				set.otherwise = next
				stmt = nil
			default:
				stmt = nil
			}
		}
		found = append(found, set.dispatches(2)...)
	}
	// A helper's dispatch on its code parameter (func classify(code
	// int)) is its callers' business: whether 5400 can reach it, and
	// whether the code is a batch's or a resource's, is decided where
	// it is called, which the helper does not see.
	return slices.DeleteFunc(found, func(d *dispatch) bool {
		v, ok := d.answer.id.root.(*types.Var)
		return ok && r.isCodeParam(v)
	})
}

// A dispatchSet gathers the comparisons of a tagless switch or an if
// chain by the answer whose code they compare: each answer may make a
// dispatch.
type dispatchSet struct {
	r         *resolver
	sites     *fileSites
	cur       inspector.Cursor
	anchor    ast.Node
	pos       token.Pos
	keyword   string
	otherwise ast.Node
	byAnswer  []*dispatch // in order of appearance
	lastArm   []ast.Node  // by dispatch: the branch it was last compared in
}

// addEqualities adds each comparison code == constant in cond, alone or
// joined by ||, as part of the branch arm.
func (set *dispatchSet) addEqualities(cond ast.Expr, arm ast.Node) {
	if not, ok := ast.Unparen(cond).(*ast.UnaryExpr); ok && not.Op == token.NOT {
		if ne, ok := ast.Unparen(not.X).(*ast.BinaryExpr); ok && ne.Op == token.NEQ {
			set.addComparison(ne, arm) // !(code != c) is code == c
		}
		return
	}
	e, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok {
		return
	}
	switch e.Op {
	case token.LOR:
		set.addEqualities(e.X, arm)
		set.addEqualities(e.Y, arm)
	case token.EQL:
		set.addComparison(e, arm)
	}
}

// addComparison adds e, if it compares a code with a constant, as part
// of the branch arm.
func (set *dispatchSet) addComparison(e *ast.BinaryExpr, arm ast.Node) {
	i, ok := set.sites.byNode[e]
	if !ok {
		return
	}
	c := set.sites.comparisons[i]
	if v, ok := c.intValue(); ok {
		set.add(e, c, v, arm)
	}
}

// add records the comparison c (at cmp), in the branch arm, of an
// answer's code with value.
func (set *dispatchSet) add(cmp *ast.BinaryExpr, c comparison, value int64, arm ast.Node) {
	answer := c.code.answer
	i := slices.IndexFunc(set.byAnswer, func(d *dispatch) bool { return d.answer.id == answer.id })
	if i < 0 {
		i = len(set.byAnswer)
		d := &dispatch{cur: set.cur, anchor: set.anchor, pos: set.pos, keyword: set.keyword, answer: answer, local: codeLocal(set.r, c.side)}
		set.byAnswer = append(set.byAnswer, d)
		set.lastArm = append(set.lastArm, nil)
	}
	d := set.byAnswer[i]
	if codeLocal(set.r, c.side) != d.local {
		d.local = nil // branches that read the code in different ways
	}
	d.handle(value)
	d.members = append(d.members, cmp)
	if set.lastArm[i] != arm {
		set.lastArm[i] = arm
		d.arms++
	}
}

// dispatches returns the dispatches of the set: the answers compared in
// at least minArms branches, with at least one non-zero constant.
func (set *dispatchSet) dispatches(minArms int) []*dispatch {
	var found []*dispatch
	for _, d := range set.byAnswer {
		if d.arms >= minArms && d.handlesNonZero() {
			d.otherwise = set.otherwise
			found = append(found, d)
		}
	}
	return found
}

// codeLocal returns the local variable that the code expression e is,
// if it is one (code, in code := resp.Code).
func codeLocal(r *resolver, e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, _ := r.info.Uses[id].(*types.Var)
	if l := r.local(v); l == nil || !l.isCode {
		return nil
	}
	return v
}
