package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"math"
	"slices"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// This file finds where a version 3 error comes from: the SDK product
// packages whose calls can have returned it. The unknown check judges a
// code only where it knows them all, so that a code of a product that
// reaches the package unseen (through another package's wrapper of its
// client) is never taken for an unknown one.
//
// The sources of an error are followed through the package's own data
// flow: locals (assigned, asserted, given to errors.As, or a type
// switch's), the results of the package's functions, and the parameters
// of its helpers that are only ever called in the package. A call of a
// product package (a method of *cvm.Client), or of a method of an
// interface or a function value whose signature names the types of one
// product only, is that product's. A function of the standard library
// passes on the errors it is given (fmt.Errorf, errors.Join); a value
// built in place (&errors.TencentCloudSDKError{...}) or nil is no
// product's. Anything else (another package's function, a field, a
// package-level variable, a closure's parameter) is unknown.

// A sources is the set of product packages an error can come from.
type sources struct {
	products []*types.Package
	unknown  bool // it can come from elsewhere too
}

var unknownSources = &sources{unknown: true}

// maxSourceDepth bounds the chains of values that the sources are
// followed through, and sourceBudget the work of one question.
const (
	maxSourceDepth = 32
	sourceBudget   = 4096
)

// A sourceMemo is what is known of the sources of a variable or a
// function's result: being worked out at a level of the search, or
// found.
type sourceMemo struct {
	s     *sources
	busy  bool
	level int
}

// memoSources returns the sources of key (a *types.Var or a
// funcResult), computing them once. A cycle back to a key being worked
// out adds nothing of its own (the least fixed point); what was found
// while a key further up was being worked out is not kept, since that
// key's sources were not all known yet.
func (r *resolver) memoSources(key any, compute func() *sources) *sources {
	if m, ok := r.sourceMemos[key]; ok {
		if m.busy {
			r.cycleTo = min(r.cycleTo, m.level)
			return new(sources)
		}
		return m.s
	}
	if r.budget--; r.budget < 0 {
		return unknownSources
	}
	if r.sourceMemos == nil {
		r.sourceMemos = make(map[any]*sourceMemo)
	}
	r.level++
	m := &sourceMemo{busy: true, level: r.level}
	r.sourceMemos[key] = m
	outer := r.cycleTo
	r.cycleTo = math.MaxInt
	s := compute()
	if r.cycleTo < m.level {
		delete(r.sourceMemos, key) // depends on a key further up
		r.cycleTo = min(outer, r.cycleTo)
	} else {
		m.s, m.busy = s, false
		r.cycleTo = outer
	}
	r.level--
	return s
}

// add adds the sources o to s.
func (s *sources) add(o *sources) {
	if o.unknown {
		s.unknown = true
		return
	}
	for _, p := range o.products {
		if !slices.Contains(s.products, p) {
			s.products = append(s.products, p)
		}
	}
}

// A write is a value a local variable is given: value, or, if index is
// not negative, the result at index of the call value. A nil value
// comes from elsewhere.
type write struct {
	value ast.Expr
	index int
}

// answerSources returns the sources of the errors of the answers, which
// are unknown for an answer that is not a version 3 error read from a
// variable or a call of the package's own data flow.
func (r *resolver) answerSources(answers []answerRef) *sources {
	r.budget = sourceBudget
	s := new(sources)
	for _, a := range answers {
		if p := a.id.path; p != "" && (!strings.HasPrefix(p, ".(") || strings.Count(p, "(") != 1) {
			return unknownSources // not err.(*errors.TencentCloudSDKError), but a field of something: resp.Err
		}
		switch root := a.id.root.(type) {
		case *types.Var:
			s.add(r.varSources(root, 0))
		case ast.Expr:
			s.add(r.exprSources(root, 0))
		default:
			return unknownSources // a function's result under -follow-functions
		}
		if s.unknown {
			return s
		}
	}
	return s
}

// exprSources returns the sources of the error value e.
func (r *resolver) exprSources(e ast.Expr, depth int) *sources {
	if depth > maxSourceDepth {
		return unknownSources
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		switch obj := r.info.Uses[e].(type) {
		case *types.Nil:
			return new(sources)
		case *types.Var:
			return r.varSources(obj, depth+1)
		}
	case *ast.StarExpr:
		return r.exprSources(e.X, depth+1)
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return r.exprSources(e.X, depth+1)
		}
	case *ast.TypeAssertExpr:
		return r.exprSources(e.X, depth+1)
	case *ast.CompositeLit:
		return new(sources) // built here: no product's
	case *ast.CallExpr:
		if len(e.Args) == 1 && r.info.Types[e.Fun].IsType() {
			return r.exprSources(e.Args[0], depth+1) // error(e)
		}
		return r.callSources(e, 0, depth+1)
	}
	return unknownSources
}

// callSources returns the sources of the result at index of call.
func (r *resolver) callSources(call *ast.CallExpr, index int, depth int) *sources {
	if depth > maxSourceDepth {
		return unknownSources
	}
	switch fn := typeutil.Callee(r.info, call).(type) {
	case *types.Func:
		sig := fn.Signature()
		switch path := fn.Pkg().Path(); {
		case isProductPath(path):
			return &sources{products: []*types.Package{fn.Pkg()}} // client.DescribeInstances(req)
		case sig.Recv() != nil && types.IsInterface(sig.Recv().Type()):
			return r.signatureSources(sig) // api.DescribeInstances(req)
		case isStdPath(path):
			// fmt.Errorf("...: %w", err), errors.Join(a, b): the
			// errors given, if any.
			s := new(sources)
			for _, arg := range call.Args {
				if t := r.info.TypeOf(arg); t != nil && types.Implements(t, errorInterface) {
					s.add(r.exprSources(arg, depth+1))
				}
			}
			return s
		case fn.Pkg() == r.pkg:
			return r.resultSources(fn.Origin(), index, depth+1)
		}
	case *types.Var:
		if sig, ok := fn.Type().Underlying().(*types.Signature); ok {
			return r.signatureSources(sig) // describe(req), for describe := client.DescribeInstances
		}
	}
	return unknownSources // another package's function, a function literal, a builtin
}

var errorInterface = errorType.Underlying().(*types.Interface)

// signatureSources returns the sources of the errors of a method of an
// interface or a function value of signature sig: the product whose
// types its parameters and results name, if they name one product's
// only (DescribeInstances(*cvm.DescribeInstancesRequest)
// (*cvm.DescribeInstancesResponse, error), which a product's client or
// a fake of it implements).
func (r *resolver) signatureSources(sig *types.Signature) *sources {
	var product *types.Package
	for _, tuple := range []*types.Tuple{sig.Params(), sig.Results()} {
		for v := range tuple.Variables() {
			t := v.Type()
			for {
				if p, ok := types.Unalias(t).(*types.Pointer); ok {
					t = p.Elem()
				} else if s, ok := types.Unalias(t).(*types.Slice); ok {
					t = s.Elem()
				} else {
					break
				}
			}
			named, ok := types.Unalias(t).(*types.Named)
			if !ok || named.Obj().Pkg() == nil || !isProductPath(named.Obj().Pkg().Path()) {
				continue
			}
			if product != nil && product != named.Obj().Pkg() {
				return unknownSources // two products' types
			}
			product = named.Obj().Pkg()
		}
	}
	if product == nil {
		return unknownSources
	}
	return &sources{products: []*types.Package{product}}
}

// A funcResult is a result of a function, by place.
type funcResult struct {
	fn    *types.Func
	index int
}

// resultSources returns the sources of the result at index of fn, a
// function of the package: of what its return statements give there.
func (r *resolver) resultSources(fn *types.Func, index int, depth int) *sources {
	decl := r.funcDecl(fn)
	if decl == nil || decl.Body == nil {
		return unknownSources
	}
	return r.memoSources(funcResult{fn, index}, func() *sources {
		n := fn.Signature().Results().Len()
		s := new(sources)
		ast.Inspect(decl.Body, func(node ast.Node) bool {
			if s.unknown {
				return false
			}
			switch node := node.(type) {
			case *ast.FuncLit:
				return false // its returns are its own
			case *ast.ReturnStmt:
				switch {
				case len(node.Results) == n:
					s.add(r.exprSources(node.Results[index], depth+1))
				case len(node.Results) == 1:
					if call, ok := ast.Unparen(node.Results[0]).(*ast.CallExpr); ok {
						s.add(r.callSources(call, index, depth+1)) // return f()
					} else {
						s.unknown = true
					}
				default:
					s.unknown = true // a bare return of named results
				}
			}
			return true
		})
		return s
	})
}

// funcDecl returns the declaration of fn, a function of the package.
func (r *resolver) funcDecl(fn *types.Func) *ast.FuncDecl {
	i, ok := r.declAt(fn.Pos())
	if !ok {
		return nil
	}
	decl, ok := r.decls[i].(*ast.FuncDecl)
	if !ok || decl.Name.Pos() != fn.Pos() {
		return nil
	}
	return decl
}

// varSources returns the sources of the error variable v: of every
// value it is given.
func (r *resolver) varSources(v *types.Var, depth int) *sources {
	writes, ok := r.writesOf(v)
	if !ok {
		return unknownSources // not a local of the package: a field, a global
	}
	return r.memoSources(v, func() *sources {
		s := new(sources)
		if p, ok := r.callIndex().params[v]; ok {
			s.add(r.paramSources(p, depth+1))
		}
		for _, w := range writes {
			switch {
			case s.unknown:
			case w.value == nil:
				s.unknown = true
			case w.index >= 0:
				s.add(r.callSources(w.value.(*ast.CallExpr), w.index, depth+1))
			default:
				s.add(r.exprSources(w.value, depth+1))
			}
		}
		return s
	})
}

// paramSources returns the sources of the parameter p of a helper that
// is only ever called in the package: of what every call gives it.
func (r *resolver) paramSources(p paramOf, depth int) *sources {
	idx := r.callIndex()
	if idx.escaped[p.fn] || len(idx.calls[p.fn]) == 0 {
		return unknownSources
	}
	s := new(sources)
	for _, call := range idx.calls[p.fn] {
		if len(call.Args) != p.fn.Signature().Params().Len() || call.Ellipsis.IsValid() {
			return unknownSources // f(g()), or a variadic call with a slice
		}
		if s.add(r.exprSources(call.Args[p.index], depth+1)); s.unknown {
			return s
		}
	}
	return s
}

// writesOf returns the values that v, a local variable of the package,
// is given in the declaration that declares it; false if v is not one.
func (r *resolver) writesOf(v *types.Var) ([]write, bool) {
	if v == nil || v.IsField() || v.Pkg() != r.pkg || v.Parent() == r.pkg.Scope() {
		return nil, false
	}
	i, ok := r.declAt(v.Pos())
	if !ok {
		return nil, false
	}
	if r.writesFound == nil {
		r.writesFound = make([]bool, len(r.declarations()))
		r.writes = make(map[*types.Var][]write)
	}
	if !r.writesFound[i] {
		r.writesFound[i] = true
		r.findWrites(r.declarations()[i])
	}
	return r.writes[v], true
}

// findWrites records the values given to the local variables of decl.
// A parameter, result or receiver is given a value from elsewhere (a
// nil write), except a helper's parameter, which varSources follows to
// its calls.
func (r *resolver) findWrites(decl ast.Decl) {
	give := func(lhs ast.Expr, w write) {
		id, ok := ast.Unparen(lhs).(*ast.Ident)
		if !ok {
			return
		}
		obj := r.info.Defs[id]
		if obj == nil {
			obj = r.info.Uses[id]
		}
		if v, ok := obj.(*types.Var); ok && !v.IsField() {
			r.writes[v] = append(r.writes[v], w)
		}
	}
	fromElsewhere := func(fields *ast.FieldList) {
		if fields == nil {
			return
		}
		for _, f := range fields.List {
			for _, name := range f.Names {
				v, _ := r.info.Defs[name].(*types.Var)
				if _, helper := r.callIndex().params[v]; !helper {
					give(name, write{})
				}
			}
		}
	}
	asTargets := make(map[ast.Expr]bool) // &e given to errors.As
	ast.Inspect(decl, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			fromElsewhere(n.Recv)
			fromElsewhere(n.Type.Params)
			fromElsewhere(n.Type.Results)
		case *ast.FuncLit:
			fromElsewhere(n.Type.Params)
			fromElsewhere(n.Type.Results)
		case *ast.AssignStmt:
			switch {
			case n.Tok != token.ASSIGN && n.Tok != token.DEFINE:
				for _, lhs := range n.Lhs {
					give(lhs, write{})
				}
			case len(n.Lhs) == len(n.Rhs):
				for i, lhs := range n.Lhs {
					give(lhs, write{n.Rhs[i], -1})
				}
			case len(n.Rhs) == 1:
				giveTuple(n.Lhs, n.Rhs[0], give)
			}
		case *ast.ValueSpec:
			switch {
			case len(n.Values) == len(n.Names):
				for i, name := range n.Names {
					give(name, write{n.Values[i], -1})
				}
			case len(n.Values) == 1:
				lhs := make([]ast.Expr, len(n.Names))
				for i, name := range n.Names {
					lhs[i] = name
				}
				giveTuple(lhs, n.Values[0], give)
			}
		case *ast.RangeStmt:
			for _, e := range []ast.Expr{n.Key, n.Value} {
				if e != nil {
					give(e, write{})
				}
			}
		case *ast.TypeSwitchStmt:
			// switch e := err.(type): each clause's e is err.
			if assign, ok := n.Assign.(*ast.AssignStmt); ok && len(assign.Rhs) == 1 {
				if x, ok := ast.Unparen(assign.Rhs[0]).(*ast.TypeAssertExpr); ok {
					for _, clause := range n.Body.List {
						if v, ok := r.info.Implicits[clause].(*types.Var); ok {
							r.writes[v] = append(r.writes[v], write{x.X, -1})
						}
					}
				}
			}
		case *ast.CallExpr:
			if fn := typeutil.StaticCallee(r.info, n); fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "errors" && fn.Name() == "As" && len(n.Args) == 2 {
				if target, ok := ast.Unparen(n.Args[1]).(*ast.UnaryExpr); ok && target.Op == token.AND {
					asTargets[target] = true
					give(target.X, write{n.Args[0], -1}) // errors.As(err, &e)
				}
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND && !asTargets[n] {
				give(n.X, write{}) // its address, given to who knows what
			}
		}
		return true
	})
}

// giveTuple gives the variables lhs the values of rhs: the results of a
// call, or the value of a comma-ok form (v, ok := x.(T), m[k], <-ch).
func giveTuple(lhs []ast.Expr, rhs ast.Expr, give func(ast.Expr, write)) {
	switch rhs := ast.Unparen(rhs).(type) {
	case *ast.CallExpr:
		for i, e := range lhs {
			give(e, write{rhs, i})
		}
	case *ast.TypeAssertExpr, *ast.IndexExpr:
		give(lhs[0], write{rhs, -1})
	default:
		for _, e := range lhs {
			give(e, write{})
		}
	}
}
