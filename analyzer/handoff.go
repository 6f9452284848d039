package analyzer

import (
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// This file decides whether handing a batch answer to a function
// handles its partial success. A function of the package handles it
// for a parameter (or its receiver) if its body, closures included,
// tests that parameter's code against 5400, reads its Detail, or hands
// it on to a function that does. Within the package the bodies tell;
// a function of another package tells only through the handlesPartial
// fact of tccodeflow, under -follow-functions. The standard library
// handles nothing: printing an answer or wrapping it in an error does
// not look at its results. A call through a function value or an
// interface, whose callee cannot be known, counts as handling: the
// check stays silent where it cannot know.

// handoffs answers for one package.
type handoffs struct {
	r       *resolver
	partial map[*types.Func][]int // of other packages, from tccodeflow's facts; nil without -follow-functions

	// summaries holds, by function of the package, the indexes of the
	// parameters it handles (receiver 0, then the parameters from 1);
	// nil until first needed (solve).
	summaries map[*types.Func][]int
}

func newHandoffs(r *resolver, partial map[*types.Func][]int) *handoffs {
	return &handoffs{r: r, partial: partial}
}

// handsOn reports whether n hands the answer id (or a part of it) to a
// function that handles its partial success.
func (h *handoffs) handsOn(n ast.Node, id answerID) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && !found {
			found = h.callHandles(call, func(e ast.Expr) bool { return h.carries(e, id) })
		}
		return !found
	})
	return found
}

// carries reports whether e is the answer id, a part of it, or a
// composite literal that holds one ([]*Batch{resp}).
func (h *handoffs) carries(e ast.Expr, id answerID) bool {
	if lit, ok := ast.Unparen(e).(*ast.CompositeLit); ok {
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				elt = kv.Value
			}
			if h.carries(elt, id) {
				return true
			}
		}
		return false
	}
	return rootedAt(h.r.answer(e).id, id)
}

// callHandles reports whether call passes an argument (or receiver) for
// which passes is true to a callee that handles it; or a method value
// of one (do(resp.RetryFailed)) whose method handles its receiver.
func (h *handoffs) callHandles(call *ast.CallExpr, passes func(ast.Expr) bool) bool {
	for _, arg := range call.Args {
		if sel, ok := ast.Unparen(arg).(*ast.SelectorExpr); ok && passes(sel.X) {
			if s := h.r.info.Selections[sel]; s != nil && s.Kind() == types.MethodVal {
				if fn, ok := s.Obj().(*types.Func); ok && h.handles(fn.Origin(), 0) {
					return true
				}
			}
		}
	}
	var args []ast.Expr // receiver first, nil if none
	sel, isSel := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	switch callee := typeutil.Callee(h.r.info, call).(type) {
	case *types.Builtin:
		return false // len(resp.Detail)
	case *types.Func:
		if callee.Pkg() == nil || isStdPath(callee.Pkg().Path()) {
			return false // fmt.Errorf("%v", resp) and the like
		}
		recv := callee.Signature().Recv()
		if s := h.r.info.Selections[sel]; isSel && s != nil && s.Kind() == types.MethodExpr {
			// (*Batch).RetryFailed(resp): the receiver is the first argument.
			for i, arg := range call.Args {
				idx := i
				if params := callee.Signature().Params().Len(); callee.Signature().Variadic() && idx > params {
					idx = params
				}
				if passes(arg) && h.handles(callee.Origin(), idx) {
					return true
				}
			}
			return false
		}
		if recv != nil && isSel {
			if _, iface := recv.Type().Underlying().(*types.Interface); iface {
				return passes(sel.X) || anyOf(call.Args, passes) // an interface's method: unknown
			}
			args = append(args, sel.X)
		} else {
			args = append(args, nil)
		}
		args = append(args, call.Args...)
		params := callee.Signature().Params().Len()
		variadic := callee.Signature().Variadic()
		for i, arg := range args {
			if arg == nil || !passes(arg) {
				continue
			}
			if variadic && i > params {
				i = params // handleAll(a, b) with handleAll(rs ...*Batch): both are rs
			}
			if h.handles(callee.Origin(), i) {
				return true
			}
		}
		return false
	case nil:
		if h.r.info.Types[call.Fun].IsType() {
			return false // a conversion
		}
	}
	return anyOf(call.Args, passes) // a function value: unknown
}

func anyOf(list []ast.Expr, f func(ast.Expr) bool) bool {
	for _, e := range list {
		if f(e) {
			return true
		}
	}
	return false
}

// handles reports whether fn handles the partial success of its
// parameter i (0 the receiver).
func (h *handoffs) handles(fn *types.Func, i int) bool {
	var params []int
	if fn.Pkg() == h.r.pkg {
		params = h.summary(fn)
	} else {
		params = h.partial[fn]
	}
	for _, p := range params {
		if p == i {
			return true
		}
	}
	return false
}

// summary returns the parameters of fn, a function of the package, that
// it handles.
func (h *handoffs) summary(fn *types.Func) []int {
	if h.summaries == nil {
		h.solve()
	}
	return h.summaries[fn]
}

// solve sums up every function of the package that may be handed a
// batch answer, as a least fixed point: a function's summary grows as
// those of the functions it hands answers to do, until none changes, so
// that recursive helpers get the same summary in any order.
func (h *handoffs) solve() {
	h.summaries = make(map[*types.Func][]int)
	type fun struct {
		fn   *types.Func
		body *ast.BlockStmt
		vars []*types.Var // by parameter index, receiver 0; nil where no batch answer fits
	}
	var funs []fun
	for _, d := range h.r.declarations() {
		decl, ok := d.(*ast.FuncDecl)
		if !ok || decl.Body == nil {
			continue
		}
		fn, ok := h.r.info.Defs[decl.Name].(*types.Func)
		if !ok {
			continue
		}
		f := fun{fn: fn, body: decl.Body}
		any := false
		for i, v := range paramVars(fn) {
			if v != nil && mayHoldBatch(h.r, v.Type()) {
				for len(f.vars) < i {
					f.vars = append(f.vars, nil)
				}
				f.vars = append(f.vars, v)
				any = true
			}
		}
		if any {
			funs = append(funs, f)
		}
	}
	// A worklist: each function once, then again whenever a function
	// it calls grows (a chain of 3,000 helpers each handing the answer
	// to the next took one round of the whole package per link).
	index := make(map[*types.Func]int, len(funs))
	for i, f := range funs {
		index[f.fn] = i
	}
	callers := make([][]int, len(funs))
	for i, f := range funs {
		ast.Inspect(f.body, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok {
				if callee, ok := typeutil.Callee(h.r.info, call).(*types.Func); ok {
					if j, ok := index[callee.Origin()]; ok && !slices.Contains(callers[j], i) {
						callers[j] = append(callers[j], i)
					}
				}
			}
			return true
		})
	}
	work := make([]int, len(funs))
	queued := make([]bool, len(funs))
	for i := range funs {
		work[i] = i // popped from the end: the last declared first
		queued[i] = true
	}
	for len(work) > 0 {
		i := work[len(work)-1]
		work = work[:len(work)-1]
		queued[i] = false
		f := funs[i]
		have := h.summaries[f.fn]
		grew := false
		for p, v := range f.vars {
			if v != nil && !slices.Contains(have, p) && h.handlesVar(f.body, v) {
				have = append(have, p)
				grew = true
			}
		}
		h.summaries[f.fn] = have
		if grew {
			for _, c := range callers[i] {
				if !queued[c] {
					queued[c] = true
					work = append(work, c)
				}
			}
		}
	}
}

// paramVars returns the receiver (nil if none) and the parameters of fn.
func paramVars(fn *types.Func) []*types.Var {
	sig := fn.Signature()
	vars := []*types.Var{sig.Recv()}
	for p := range sig.Params().Variables() {
		vars = append(vars, p)
	}
	return vars
}

// mayHoldBatch reports whether a value of type t may be a batch answer,
// a pointer to one, or its Detail.
func mayHoldBatch(r *resolver, t types.Type) bool {
	switch t.Underlying().(type) {
	case *types.Map, *types.Slice, *types.Interface:
		return true
	}
	return r.isBatch(t)
}

// handlesVar reports whether body handles the partial success of the
// answer in the variable v.
func (h *handoffs) handlesVar(body *ast.BlockStmt, v *types.Var) bool {
	r := h.r
	id := answerID{root: v}
	rooted := func(e ast.Expr) bool { return h.carries(e, id) }
	if readsDetail(r, body, id) || h.readsOwn(body, v) {
		return true
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BinaryExpr:
			if c, ok := compare(r, inspector.Cursor{}, n); ok {
				if v, ok := c.intValue(); ok && v == partial && rootedAt(c.code.answer.id, id) {
					found = true
				}
			}
		case *ast.SwitchStmt:
			if n.Tag == nil {
				break
			}
			if c, ok := r.code(n.Tag); ok && c.isNumber() && rootedAt(c.answer.id, id) {
				for _, stmt := range n.Body.List {
					for _, e := range stmt.(*ast.CaseClause).List {
						if v, ok := int64Of(r.constValue(e)); ok && v == partial {
							found = true
						}
					}
				}
			}
		case *ast.CallExpr:
			found = h.callHandles(n, rooted)
		}
		return !found
	})
	return found
}

// readsOwn reports whether body ranges over or indexes v itself, a map
// or slice: the per-resource results, if the caller passed a Detail.
func (h *handoffs) readsOwn(body *ast.BlockStmt, v *types.Var) bool {
	switch v.Type().Underlying().(type) {
	case *types.Map, *types.Slice:
		return readsIn(body, func(x ast.Expr) bool {
			// v itself, or a local that stands for it (rs := v).
			id, ok := ast.Unparen(x).(*ast.Ident)
			return ok && (h.r.info.Uses[id] == v || h.r.answer(id).id == answerID{root: v})
		})
	}
	return false
}
