package analyzer

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// This file finds the code parameters of helpers: a parameter of a
// function of the package that receives a code at every call in the
// package, such as code in
//
//	func transient(code int) bool { return code == 5100 || code == 6200 }
//
// called as transient(resp.Code). Only the package's own calls are
// seen; across packages, a code is followed only under
// -follow-functions, through the results of functions.

// A callIndex is what the package's calls say of its functions, and
// its methods by name.
type callIndex struct {
	calls   map[*types.Func][]*ast.CallExpr // the static calls of each function (by origin), in order
	escaped map[*types.Func]bool            // functions used other than by a call: a value, a method value
	params  map[*types.Var]paramOf          // the parameters of the package's function declarations
	codes   map[*types.Var]*paramCode       // codeParam's answers, and those being worked out (nil)

	paramGetters map[*types.TypeParam]bool // paramGetter's answers from instantiations

	methods map[string][]*types.Func // the package's methods, by name
}

// A paramOf is a parameter's function and place in its signature.
type paramOf struct {
	fn    *types.Func
	index int
}

type paramCode struct {
	ref codeRef
	ok  bool
}

// callIndex returns the package's call index, made when first needed.
//
// The calls and other uses in test files count only for functions
// declared in test files, so that a package and its test variant agree
// on every other function.
func (r *resolver) callIndex() *callIndex {
	if r.calls != nil {
		return r.calls
	}
	idx := &callIndex{
		calls:   make(map[*types.Func][]*ast.CallExpr),
		escaped: make(map[*types.Func]bool),
		params:  make(map[*types.Var]paramOf),
		codes:   make(map[*types.Var]*paramCode),

		paramGetters: make(map[*types.TypeParam]bool),
		methods:      make(map[string][]*types.Func),
	}
	r.calls = idx
	callee := make(map[*ast.Ident]bool) // the identifiers that name a called function
	var funcs []*types.Func
	interfaceMethods := make(map[string]bool) // names of the methods of the package's interfaces
	for _, file := range r.files {
		test := r.inTestFile(file.Pos())
		ast.Inspect(file, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.InterfaceType:
				if iface, ok := r.info.TypeOf(n).(*types.Interface); ok {
					for m := range iface.Methods() {
						interfaceMethods[m.Name()] = true
					}
				}
			case *ast.FuncDecl:
				if fn, ok := r.info.Defs[n.Name].(*types.Func); ok {
					funcs = append(funcs, fn)
					if n.Recv != nil {
						idx.methods[fn.Name()] = append(idx.methods[fn.Name()], fn)
					}
				}
			case *ast.CallExpr:
				fn := typeutil.StaticCallee(r.info, n)
				if fn == nil || fn.Pkg() != r.pkg {
					return true
				}
				if id := calleeIdent(n.Fun); id != nil {
					callee[id] = true
				}
				if fn = fn.Origin(); !test || r.inTestFile(fn.Pos()) {
					idx.calls[fn] = append(idx.calls[fn], n)
				}
			}
			return true
		})
	}
	for _, fn := range funcs {
		sig := fn.Signature()
		if sig.Recv() != nil && (fn.Exported() || interfaceMethods[fn.Name()]) {
			// A method may be called through an interface, unseen,
			// with anything: only an unexported one that no interface
			// of the package names (no other package's can) is
			// followed.
			continue
		}
		for i := range sig.Params().Len() {
			if sig.Variadic() && i == sig.Params().Len()-1 {
				break // a variadic parameter receives a slice
			}
			idx.params[sig.Params().At(i)] = paramOf{fn: fn, index: i}
		}
	}
	for id, obj := range r.info.Uses {
		fn, ok := obj.(*types.Func)
		if !ok || fn.Pkg() != r.pkg || callee[id] {
			continue
		}
		fn = fn.Origin()
		if !r.inTestFile(id.Pos()) || r.inTestFile(fn.Pos()) {
			idx.escaped[fn] = true
		}
	}
	return idx
}

// calleeIdent returns the identifier that names the function that fun,
// a call's function expression, calls: f, x.f, f[int], x.f[int].
func calleeIdent(fun ast.Expr) *ast.Ident {
	switch f := ast.Unparen(fun).(type) {
	case *ast.Ident:
		return f
	case *ast.SelectorExpr:
		return f.Sel
	case *ast.IndexExpr:
		return calleeIdent(f.X)
	case *ast.IndexListExpr:
		return calleeIdent(f.X)
	}
	return nil
}

// codeParam reports whether v is a code parameter: a parameter, never
// assigned nor its address taken, of a function of the package that is
// only ever called, at least once, and given a code for v at every
// call; a number or a string.
func (r *resolver) codeParam(v *types.Var, depth int) (codeRef, bool) {
	if v == nil || v.IsField() || v.Pkg() != r.pkg || !(isNumber(deref(v.Type())) || isString(deref(v.Type()))) {
		return codeRef{}, false
	}
	idx := r.callIndex()
	p, ok := idx.params[v]
	if !ok || idx.escaped[p.fn] || len(idx.calls[p.fn]) == 0 {
		return codeRef{}, false
	}
	if known, ok := idx.codes[v]; ok {
		if known == nil {
			return codeRef{}, false // being worked out: a recursive call
		}
		return known.ref, known.ok
	}
	idx.codes[v] = nil
	result := &paramCode{}
	defer func() {
		if r.fixpoint > 0 {
			// Worked out from locals whose codes are not settled yet:
			// ask again once they are.
			delete(idx.codes, v)
		} else {
			idx.codes[v] = result
		}
	}()
	if r.local(v) != nil {
		return codeRef{}, false // assigned in the body, or its address taken
	}
	var first codeRef
	for i, call := range idx.calls[p.fn] {
		if len(call.Args) != p.fn.Signature().Params().Len() || call.Ellipsis.IsValid() {
			return codeRef{}, false // f(g()), or a variadic call with a slice
		}
		c, ok := r.codeDepth(call.Args[p.index], depth+1)
		if !ok {
			return codeRef{}, false
		}
		if i == 0 {
			first = c
		}
	}
	result.ref = codeRef{field: first.field, typ: v.Type(), answer: answerRef{id: answerID{root: v}}}
	result.ok = true
	return result.ref, true
}

// paramGetter reports whether fn, a method of the constraint of the
// type parameter t (or of a pointer to one), reads a code: the
// constraint allows one type only, whose own method of that name is a
// code getter (interface{ *Reply; GetCode() int }); or every
// instantiation of t's function in the package, at least one, gives t
// such a type (func h[T interface{ GetCode() int }] called as h(reply)).
// A constraint alone that asks for a GetCode method proves nothing:
// gRPC's statuses have one too.
func (r *resolver) paramGetter(t types.Type, fn *types.Func) bool {
	tp, ok := types.Unalias(deref(t)).(*types.TypeParam)
	if !ok {
		return false
	}
	getter := func(arg types.Type) bool {
		obj, _, _ := types.LookupFieldOrMethod(arg, true, r.pkg, fn.Name())
		m, ok := obj.(*types.Func)
		return ok && r.isCodeGetter(m)
	}
	if core := coreType(tp); core != nil {
		return getter(core)
	}
	idx := r.callIndex()
	if is, ok := idx.paramGetters[tp]; ok {
		return is
	}
	is, seen := true, false
	for id, inst := range r.info.Instances {
		generic, ok := r.info.Uses[id].(*types.Func)
		if !ok || generic.Signature().TypeParams() == nil {
			continue
		}
		tps := generic.Signature().TypeParams()
		for i := range tps.Len() {
			if tps.At(i) != tp || i >= inst.TypeArgs.Len() {
				continue
			}
			if r.inTestFile(id.Pos()) && !r.inTestFile(generic.Pos()) {
				continue // the tests' instances count for the tests' functions only
			}
			seen = true
			is = is && getter(inst.TypeArgs.At(i))
		}
	}
	idx.paramGetters[tp] = is && seen
	return is && seen
}

// isCodeParam reports whether v is a parameter that codeParam found to
// be a code.
func (r *resolver) isCodeParam(v *types.Var) bool {
	_, ok := r.codeParam(v, 0)
	return ok
}
