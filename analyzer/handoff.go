package analyzer

import (
	"cmp"
	"go/ast"
	"go/token"
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
	// a function being summed up maps to nil, so that recursion stops.
	summaries map[*types.Func][]int
}

func newHandoffs(r *resolver, partial map[*types.Func][]int) *handoffs {
	return &handoffs{r: r, partial: partial, summaries: make(map[*types.Func][]int)}
}

// handsOn reports whether n hands the answer id (or a part of it) to a
// function that handles its partial success.
func (h *handoffs) handsOn(n ast.Node, id answerID) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && !found {
			found = h.callHandles(call, func(e ast.Expr) bool { return rootedAt(h.r.answer(e).id, id) })
		}
		return !found
	})
	return found
}

// callHandles reports whether call passes an argument (or receiver) for
// which passes is true to a callee that handles it.
func (h *handoffs) callHandles(call *ast.CallExpr, passes func(ast.Expr) bool) bool {
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
		if recv != nil && isSel {
			if _, iface := recv.Type().Underlying().(*types.Interface); iface {
				return passes(sel.X) || anyOf(call.Args, passes) // an interface's method: unknown
			}
			args = append(args, sel.X)
		} else {
			args = append(args, nil)
		}
		args = append(args, call.Args...)
		for i, arg := range args {
			if arg == nil || !passes(arg) {
				continue
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
	if params, ok := h.summaries[fn]; ok {
		return params
	}
	h.summaries[fn] = nil // while it is summed up
	decl := h.r.funcDecl(fn)
	if decl == nil || decl.Body == nil {
		return nil
	}
	var vars []*types.Var
	sig := fn.Signature()
	vars = append(vars, sig.Recv())
	for p := range sig.Params().Variables() {
		vars = append(vars, p)
	}
	var params []int
	for i, v := range vars {
		if v != nil && h.handlesVar(decl.Body, v) {
			params = append(params, i)
		}
	}
	h.summaries[fn] = params
	return params
}

// handlesVar reports whether body handles the partial success of the
// answer in the variable v.
func (h *handoffs) handlesVar(body *ast.BlockStmt, v *types.Var) bool {
	r := h.r
	id := answerID{root: v}
	rooted := func(e ast.Expr) bool { return rootedAt(r.answer(e).id, id) }
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

// funcDecl returns the declaration of fn, a function of the package.
func (r *resolver) funcDecl(fn *types.Func) *ast.FuncDecl {
	decls := r.declarations()
	i, _ := slices.BinarySearchFunc(decls, fn.Pos(), func(d ast.Decl, p token.Pos) int { return cmp.Compare(d.End(), p) })
	if i < len(decls) {
		if decl, ok := decls[i].(*ast.FuncDecl); ok && decl.Name.Pos() == fn.Pos() {
			return decl
		}
	}
	return nil
}

// readsOwn reports whether body ranges over or indexes v itself, a map
// or slice: the per-resource results, if the caller passed a Detail.
func (h *handoffs) readsOwn(body *ast.BlockStmt, v *types.Var) bool {
	switch v.Type().Underlying().(type) {
	case *types.Map, *types.Slice:
	default:
		return false
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		var x ast.Expr
		switch n := n.(type) {
		case *ast.RangeStmt:
			x = n.X
		case *ast.IndexExpr:
			x = n.X
		}
		if id, ok := ast.Unparen(x).(*ast.Ident); ok && h.r.info.Uses[id] == v {
			found = true
		}
		return !found
	})
	return found
}
