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
// way, and nothing that may change the answer happened since.

// A pathFinder answers for the functions of one file. It keeps what it
// finds, since a function's dispatches ask the same questions: without
// graphs and flows, BenchmarkPaths took 0.8-1.1 s, not 7-9 ms; without
// stable, 72 ms, not 4 ms (2026-11-30).
type pathFinder struct {
	r      *resolver
	s      *fileSites
	graphs map[*ast.BlockStmt]*funcGraph
	flows  map[flowKey][]bool // by function, answer and value: where the fact holds on entry to each block
	stable map[stableKey]bool // by function and variable
}

type stableKey struct {
	body *ast.BlockStmt
	v    *types.Var
}

// A funcGraph is the control-flow graph of a function body, with what
// the analysis needs to read its blocks.
type funcGraph struct {
	g     *cfg.CFG
	preds [][]*cfg.Block
	cases map[ast.Expr]ast.Expr // the tag of each case value of the body's switches with a tag
	at    map[ast.Node]nodeAt   // where each node of the blocks is
}

// A nodeAt is a node's place in a control-flow graph.
type nodeAt struct {
	block *cfg.Block
	index int
}

type flowKey struct {
	body  *ast.BlockStmt
	id    answerID
	value int64
	local *types.Var
}

func newPathFinder(r *resolver, s *fileSites) *pathFinder {
	return &pathFinder{r: r, s: s, graphs: make(map[*ast.BlockStmt]*funcGraph), flows: make(map[flowKey][]bool), stable: make(map[stableKey]bool)}
}

// excluded reports whether the code of d's answer cannot be value
// where d starts, on any path through its function.
//
// It answers only for an answer held by a variable of the function
// that nothing can change behind the analysis's back: a parameter or
// local, never assigned after its declaration (in a closure neither),
// whose address is taken only as a call's argument. Then the fact is
// lost at a call that is given the variable (json.Unmarshal(body,
// &resp), resp.Reload()), but for its code getter. Otherwise, or for an
// answer read through a variable index (resps[i]), it says no: the
// dispatch is judged as it stands.
func (p *pathFinder) excluded(d *dispatch, value int64) bool {
	typ, body, ok := innermostFunc(d.cur)
	if !ok || !testsIn(p.s, body, d.answer.id, value) {
		return false // no test of the code against value to begin with
	}
	// A dispatch on a code local (code := resp.Code; switch code) is
	// about the local: its tests count, and it must be stable; a
	// dispatch on the answer's code, about the answer.
	root, ok := d.answer.id.root.(*types.Var)
	if d.local != nil {
		root, ok = d.local, true
	}
	if !ok || d.local == nil && d.answer.id.varIndexed() || !p.isStable(typ, body, root) {
		return false
	}
	fg := p.graph(body)
	key := flowKey{body, d.answer.id, value, d.local}
	in, ok := p.flows[key]
	q := pathQuery{p: p, fg: fg, id: d.answer.id, local: d.local, root: root, value: value}
	if !ok {
		in = q.solve()
		p.flows[key] = in
	}
	at, ok := fg.at[d.anchor]
	if !ok {
		return false // not found: say nothing
	}
	return at.block.Live && q.through(at.block.Nodes[:at.index], in[at.block.Index])
}

// graph returns the control-flow graph of body, made once.
func (p *pathFinder) graph(body *ast.BlockStmt) *funcGraph {
	fg := p.graphs[body]
	if fg != nil {
		return fg
	}
	g := cfg.New(body, p.mayReturn)
	fg = &funcGraph{g: g, preds: make([][]*cfg.Block, len(g.Blocks)), cases: make(map[ast.Expr]ast.Expr), at: make(map[ast.Node]nodeAt)}
	for _, b := range g.Blocks {
		for _, s := range b.Succs {
			fg.preds[s.Index] = append(fg.preds[s.Index], b)
		}
		for i, n := range b.Nodes {
			fg.at[n] = nodeAt{b, i}
		}
	}
	ast.Inspect(body, func(n ast.Node) bool {
		if sw, ok := n.(*ast.SwitchStmt); ok && sw.Tag != nil {
			for _, stmt := range sw.Body.List {
				for _, e := range stmt.(*ast.CaseClause).List {
					fg.cases[e] = sw.Tag
				}
			}
		}
		return true
	})
	p.graphs[body] = fg
	return fg
}

// isStable reports computeStable, asked once per function and variable.
func (p *pathFinder) isStable(typ *ast.FuncType, body *ast.BlockStmt, root *types.Var) bool {
	key := stableKey{body, root}
	is, ok := p.stable[key]
	if !ok {
		is = p.computeStable(typ, body, root)
		p.stable[key] = is
	}
	return is
}

// computeStable reports whether the variable root, in the function whose body
// is body, is declared there and changes only where the analysis sees
// it change (see excluded).
func (p *pathFinder) computeStable(typ *ast.FuncType, body *ast.BlockStmt, root *types.Var) bool {
	info := p.r.info
	local := body.Pos() <= root.Pos() && root.Pos() < body.End()
	param := root.Parent() != nil && root.Parent() == info.Scopes[typ]
	if !local && !param {
		return false // a package-level variable, or another function's
	}
	stable := true
	var stack []ast.Node
	ast.Inspect(body, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		var parent ast.Node
		if len(stack) > 0 {
			parent = stack[len(stack)-1]
		}
		stack = append(stack, n)
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, lhs := range n.Lhs {
				if id, ok := ast.Unparen(lhs).(*ast.Ident); ok && n.Tok == token.DEFINE && info.Defs[id] != nil {
					continue // a declaration
				}
				if p.reaches(lhs, root) {
					stable = false // resp = fetch(), q.Code = 0 with q := resp
				}
			}
		case *ast.IncDecStmt:
			stable = stable && !p.reaches(n.X, root)
		case *ast.RangeStmt:
			for _, e := range []ast.Expr{n.Key, n.Value} {
				if id, ok := e.(*ast.Ident); ok && n.Tok == token.DEFINE || ok && info.Defs[id] != nil {
					continue
				}
				stable = stable && (e == nil || !p.reaches(e, root))
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND && p.reaches(n.X, root) {
				call, isCall := parent.(*ast.CallExpr)
				if !isCall || returnsReference(info, call) {
					stable = false // p := &resp, or identity(&resp): changed through p
				}
			}
		case *ast.CompositeLit:
			for _, elt := range n.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok {
					elt = kv.Value
				}
				if isReference(info.TypeOf(elt)) && p.reaches(elt, root) {
					stable = false // []*Response{resp}: changed through the slice
				}
			}
		case *ast.SelectorExpr:
			// reload := resp.Reload binds &resp, for a pointer method;
			// get := resp.GetCode, a code getter, only reads it.
			if sel := info.Selections[n]; sel != nil && sel.Kind() == types.MethodVal && p.reaches(n.X, root) && pointerMethod(sel.Obj()) && !p.r.isCodeGetter(sel.Obj().(*types.Func)) {
				if call, ok := parent.(*ast.CallExpr); !ok || call.Fun != n {
					stable = false
				}
			}
		}
		return stable
	})
	return stable
}

// returnsReference reports whether call has a result that may refer to
// its arguments: a pointer, map, slice, interface, channel or function.
func returnsReference(info *types.Info, call *ast.CallExpr) bool {
	refers := func(t types.Type) bool {
		return isReference(t) && !types.Identical(t, errorType) // an error does not hand the answer back
	}
	t := info.TypeOf(call)
	if tuple, ok := t.(*types.Tuple); ok {
		for v := range tuple.Variables() {
			if refers(v.Type()) {
				return true
			}
		}
		return false
	}
	return t != nil && refers(t)
}

var errorType = types.Universe.Lookup("error").Type()

// isReference reports whether a value of type t may refer to a
// variable: a pointer, map, slice, interface, channel or function.
func isReference(t types.Type) bool {
	if t == nil {
		return true
	}
	switch t.Underlying().(type) {
	case *types.Pointer, *types.Map, *types.Slice, *types.Interface, *types.Chan, *types.Signature:
		return true
	}
	return false
}

// pointerMethod reports whether obj is a method with a pointer
// receiver, which may change its receiver.
func pointerMethod(obj types.Object) bool {
	fn, ok := obj.(*types.Func)
	if !ok {
		return true
	}
	recv := fn.Signature().Recv()
	if recv == nil {
		return true
	}
	switch recv.Type().Underlying().(type) {
	case *types.Pointer, *types.Interface:
		return true
	}
	return false
}

// reaches reports whether e is the variable root or a part of it,
// directly or through a local that stands for it (q := resp; q.Code).
func (p *pathFinder) reaches(e ast.Expr, root *types.Var) bool {
	base := baseIdent(e)
	return base != nil && (p.r.info.ObjectOf(base) == root || p.r.answer(base).id.root == root)
}

// isRoot reports whether e is the variable root, or a part of it.
func (p *pathFinder) isRoot(e ast.Expr, root *types.Var) bool {
	base := baseIdent(e)
	return base != nil && p.r.info.ObjectOf(base) == root
}

// baseIdent returns the identifier that e selects, indexes,
// dereferences or takes the address of, if any: resp in &resp.Detail[k].
func baseIdent(e ast.Expr) *ast.Ident {
	for e != nil {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			return x
		case *ast.SelectorExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		case *ast.UnaryExpr:
			e = x.X
		default:
			return nil
		}
	}
	return nil
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

// A pathQuery asks whether the code of the answer id, held by root, is
// known not to be value.
type pathQuery struct {
	p     *pathFinder
	fg    *funcGraph
	id    answerID
	local *types.Var // the code local the dispatch reads, if it reads one
	root  *types.Var // the variable that must not change: the answer's, or the local
	value int64
}

// solve returns, for each block, whether the fact holds on entry to it
// on every path from the function's entry: a must-analysis, from true
// everywhere but the entry down to a fixed point, over a worklist (a
// block changes at most once, from true to false).
func (q pathQuery) solve() []bool {
	blocks := q.fg.g.Blocks
	in := make([]bool, len(blocks))
	for i := range in {
		in[i] = i != 0
	}
	work := make([]*cfg.Block, 0, len(blocks))
	for _, b := range blocks[1:] {
		work = append(work, b)
	}
	for len(work) > 0 {
		b := work[len(work)-1]
		work = work[:len(work)-1]
		if !in[b.Index] || !b.Live {
			continue
		}
		holds := len(q.fg.preds[b.Index]) > 0
		for _, p := range q.fg.preds[b.Index] {
			if p.Live && !q.edge(p, b, in[p.Index]) {
				holds = false
				break
			}
		}
		if !holds {
			in[b.Index] = false
			work = append(work, b.Succs...)
		}
	}
	return in
}

// edge returns whether the fact holds on the edge from p to s, given
// whether it holds on entry to p.
func (q pathQuery) edge(p, s *cfg.Block, holds bool) bool {
	holds = q.through(p.Nodes, holds)
	if len(p.Succs) != 2 || len(p.Nodes) == 0 || p.Succs[0] == p.Succs[1] {
		return holds
	}
	cond, ok := p.Nodes[len(p.Nodes)-1].(ast.Expr)
	if !ok {
		return holds
	}
	taken := s == p.Succs[0] // the condition held
	if tag, ok := q.fg.cases[cond]; ok {
		// A case value of a switch with a tag: the edge to the next
		// case says the tag is not this value, and only a switch on
		// the code says something of the code.
		return holds || !taken && q.isCode(tag) && q.isValue(cond)
	}
	return holds || q.implies(cond, taken)
}

// through returns whether the fact holds after the nodes, given whether
// it holds before. A call given the answer's variable (but its code
// getter) may change the answer: the fact is lost. (Assignments are
// ruled out by stable.)
func (q pathQuery) through(nodes []ast.Node, holds bool) bool {
	if !holds {
		return false
	}
	info := q.p.r.info
	for _, n := range nodes {
		changed := false
		ast.Inspect(n, func(n ast.Node) bool {
			if _, ok := n.(*ast.DeferStmt); ok || changed {
				return false // a deferred call runs as the function returns
			}
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			callee := typeutil.Callee(info, call)
			if fn, ok := callee.(*types.Func); ok && fn.Pkg() != nil && printing[fn.Pkg().Path()] {
				return true // fmt.Println(resp) reads it
			}
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && q.p.reaches(sel.X, q.root) {
				if fn, ok := callee.(*types.Func); !ok || !q.p.r.isCodeGetter(fn) && pointerMethod(fn) {
					changed = true // resp.Reload()
				}
			}
			for _, arg := range call.Args {
				changed = changed || q.shares(arg)
			}
			return !changed
		})
		if changed {
			return false
		}
	}
	return true
}

// printing holds the packages whose functions only read what they are
// given: printing the answer, or wrapping it in an error, changes it not.
var printing = map[string]bool{"fmt": true, "log": true, "log/slog": true, "errors": true}

// shares reports whether e, a call's argument, lets the callee change
// the answer: it is the answer's variable, or a part of it, of a type
// that refers to the answer (a pointer, map, slice, interface), or its
// address. A copy or a code read does not.
func (q pathQuery) shares(e ast.Expr) bool {
	if !q.p.reaches(e, q.root) {
		return false
	}
	if u, ok := ast.Unparen(e).(*ast.UnaryExpr); ok && u.Op == token.AND {
		return true
	}
	return isReference(q.p.r.info.TypeOf(e))
}

// isCode reports whether e is the code the query is about: the code
// local, or the answer's code read from the answer itself (a code local
// holds the code as it was when read, and says nothing of the answer
// after a change).
func (q pathQuery) isCode(e ast.Expr) bool {
	local := codeLocal(q.p.r, e)
	if q.local != nil || local != nil {
		return local == q.local
	}
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
