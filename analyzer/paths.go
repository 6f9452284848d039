package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/cfg"
	"golang.org/x/tools/go/types/typeutil"
)

// This file answers the unhandled check's question about paths: has
// every path to a dispatch already taken a code away, as in
//
//	if resp.Code == tccode.PartiallyExecuted {
//		return retryFailed(resp)
//	}
//	switch resp.Code { // 5400 cannot reach here
//
// It builds the control-flow graph of the function around the dispatch
// (only for the dispatches that miss the code) and runs a must-analysis
// forward over it: the code is taken away at a point when on every path
// to it a test of the answer's code against the value went the other
// way, and nothing assigned the answer since.

// A pathFinder answers for the functions of one file.
type pathFinder struct {
	r      *resolver
	s      *fileSites
	graphs map[*ast.BlockStmt]*cfg.CFG
	cases  map[ast.Expr]ast.Expr // the tags of switches on codes, by case value; made when first needed
}

func newPathFinder(r *resolver, s *fileSites) *pathFinder {
	return &pathFinder{r: r, s: s, graphs: make(map[*ast.BlockStmt]*cfg.CFG)}
}

// excluded reports whether the code of d's answer cannot be value
// where d starts, on any path through its function.
func (p *pathFinder) excluded(d *dispatch, value int64) bool {
	body, ok := innermostFunc(d.cur)
	if !ok || !p.testedIn(body, d.answer.id, value) {
		return false // no test of the code against value to begin with
	}
	g := p.graphs[body]
	if g == nil {
		g = cfg.New(body, p.mayReturn)
		p.graphs[body] = g
	}
	q := pathQuery{p: p, id: d.answer.id, value: value}
	return q.holdsAt(g, d.anchor)
}

// testedIn reports whether body compares the code of the answer id with
// value, in a comparison or a switch case.
func (p *pathFinder) testedIn(body *ast.BlockStmt, id answerID, value int64) bool {
	return testsIn(p.s, body, id, value)
}

// mayReturn reports whether a call returns to its caller: not panic,
// os.Exit, log.Fatal and the like.
func (p *pathFinder) mayReturn(call *ast.CallExpr) bool {
	switch fn := typeutil.Callee(p.r.info, call).(type) {
	case *types.Builtin:
		return fn.Name() != "panic"
	case *types.Func:
		if fn.Pkg() == nil {
			return true
		}
		switch fn.Pkg().Path() + "." + fn.Name() {
		case "os.Exit", "log.Fatal", "log.Fatalf", "log.Fatalln", "log.Panic", "log.Panicf", "log.Panicln":
			return false
		}
	}
	return true
}

// A pathQuery asks whether the code of the answer id is known not to be
// value.
type pathQuery struct {
	p     *pathFinder
	id    answerID
	value int64
}

// holdsAt reports whether the fact holds where the node anchor is
// evaluated, on every path from the entry of g.
func (q pathQuery) holdsAt(g *cfg.CFG, anchor ast.Node) bool {
	// in[b]: the fact holds on entry to b. Start from true everywhere
	// but the entry and lower to a fixed point.
	in := make([]bool, len(g.Blocks))
	for i := range in {
		in[i] = i != 0
	}
	preds := make([][]*cfg.Block, len(g.Blocks))
	for _, b := range g.Blocks {
		for _, s := range b.Succs {
			preds[s.Index] = append(preds[s.Index], b)
		}
	}
	for changed := true; changed; {
		changed = false
		for _, b := range g.Blocks[1:] {
			if !b.Live {
				continue
			}
			holds := len(preds[b.Index]) > 0
			for _, p := range preds[b.Index] {
				if p.Live && !q.edge(p, b, in[p.Index]) {
					holds = false
					break
				}
			}
			if holds != in[b.Index] {
				in[b.Index] = holds
				changed = true
			}
		}
	}
	for _, b := range g.Blocks {
		for i, n := range b.Nodes {
			if n == anchor {
				return b.Live && q.through(b.Nodes[:i], in[b.Index])
			}
		}
	}
	return false // not found: say nothing
}

// edge returns whether the fact holds on the edge from p to s, given
// whether it holds on entry to p.
func (q pathQuery) edge(p, s *cfg.Block, holds bool) bool {
	holds = q.through(p.Nodes, holds)
	if len(p.Succs) != 2 || len(p.Nodes) == 0 {
		return holds
	}
	cond, ok := p.Nodes[len(p.Nodes)-1].(ast.Expr)
	if !ok {
		return holds
	}
	taken := s == p.Succs[0] // the condition held
	if s == p.Succs[0] && s == p.Succs[1] {
		return holds // both ways: nothing learnt
	}
	if tag, ok := q.caseTag(cond); ok {
		// A case value of a switch on a code: the edge to the next case
		// says the tag is not this value.
		return holds || !taken && q.isCode(tag) && q.isValue(cond)
	}
	return holds || q.implies(cond, taken)
}

// through returns whether the fact holds after the nodes, given whether
// it holds before: an assignment to the answer's variable, or taking
// its address, makes it unknown.
func (q pathQuery) through(nodes []ast.Node, holds bool) bool {
	root, ok := q.id.root.(*types.Var)
	if !holds || !ok {
		return holds
	}
	for _, n := range nodes {
		killed := false
		ast.Inspect(n, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				for _, lhs := range n.Lhs {
					killed = killed || q.isRoot(lhs, root)
				}
			case *ast.IncDecStmt:
				killed = killed || q.isRoot(n.X, root)
			case *ast.UnaryExpr:
				killed = killed || n.Op == token.AND && q.isRoot(n.X, root)
			case *ast.RangeStmt:
				killed = killed || q.isRoot(n.Key, root) || q.isRoot(n.Value, root)
			}
			return !killed
		})
		if killed {
			return false
		}
	}
	return true
}

// isRoot reports whether e is the variable root, or a part of it.
func (q pathQuery) isRoot(e ast.Expr, root *types.Var) bool {
	for e != nil {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			return q.p.r.info.ObjectOf(x) == root
		case *ast.SelectorExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		default:
			return false
		}
	}
	return false
}

// caseTag returns the tag of the switch on a code whose case value
// cond is, if it is one.
func (q pathQuery) caseTag(cond ast.Expr) (ast.Expr, bool) {
	if q.p.cases == nil {
		q.p.cases = make(map[ast.Expr]ast.Expr)
		for _, sw := range q.p.s.switches {
			for _, cv := range sw.cases {
				q.p.cases[cv.expr] = sw.node.Tag
			}
		}
	}
	tag, ok := q.p.cases[cond]
	return tag, ok
}

// isCode reports whether e is the code of the query's answer.
func (q pathQuery) isCode(e ast.Expr) bool {
	c, ok := q.p.r.code(e)
	return ok && c.answer.id == q.id
}

// isValue reports whether e is a constant of the query's value.
func (q pathQuery) isValue(e ast.Expr) bool {
	v, ok := int64Of(q.p.r.constValue(e))
	return ok && v == q.value
}

// implies reports whether cond having the truth value taken implies
// that the answer's code is not the value.
func (q pathQuery) implies(cond ast.Expr, taken bool) bool {
	switch e := ast.Unparen(cond).(type) {
	case *ast.UnaryExpr:
		if e.Op == token.NOT {
			return q.implies(e.X, !taken)
		}
	case *ast.BinaryExpr:
		switch e.Op {
		case token.LAND:
			if taken {
				return q.implies(e.X, true) || q.implies(e.Y, true)
			}
			return q.implies(e.X, false) && q.implies(e.Y, false)
		case token.LOR:
			if taken {
				return q.implies(e.X, true) && q.implies(e.Y, true)
			}
			return q.implies(e.X, false) || q.implies(e.Y, false)
		case token.EQL, token.NEQ:
			// code == value, false; code != value, true.
			if (e.Op == token.EQL) == taken {
				return false
			}
			return q.isCode(e.X) && q.isValue(e.Y) || q.isCode(e.Y) && q.isValue(e.X)
		}
	}
	return false
}
