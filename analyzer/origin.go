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
// flow: locals (assigned, asserted, given to errors.As or
// errors.AsType, a type switch's, a function value's), the results of
// the package's functions and function literals (named ones through
// every assignment, deferred ones too), and the parameters of its
// unexported helpers that are only ever called in the package. A call
// of a product package (a method of *cvm.Client), or of an interface
// method shaped like a product client's (X(*cvm.XRequest)
// (*cvm.XResponse, error)), is that product's, with what the package's
// own methods of that name return (a decorator). fmt.Errorf,
// errors.Join and errors.Unwrap pass on the errors they are given;
// errors.New, nil, and a value built in place that carries no code
// (&errors.TencentCloudSDKError{}, or an error type that wraps nothing)
// are no product's. Anything else is unknown: another package's
// function (the standard library's too: context.Cause or a sync.Map may
// hand back any error), a local changed in place (e.Code = src.Code), a
// field, a package-level variable, a closure's or a function-valued
// parameter, a function declared for some platforms only, or a helper's
// parameter where files for other platforms may call it too.

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
		return r.builtSources(e)
	case *ast.CallExpr:
		if len(e.Args) == 1 && r.info.Types[e.Fun].IsType() {
			return r.exprSources(e.Args[0], depth+1) // error(e)
		}
		return r.callSources(e, 0, depth+1)
	}
	return unknownSources
}

// builtSources returns the sources of an error built in place: none,
// for the SDK's error without a code (given one later, it is changed
// through its variable: see findWrites), or for an error type that wraps
// no other (no Unwrap or As method); unknown otherwise: the SDK's error
// given a code (&errors.TencentCloudSDKError{Code: ownCode}, which may
// arrive like any other), or &retryable{cause: err}.
func (r *resolver) builtSources(lit *ast.CompositeLit) *sources {
	t := r.info.TypeOf(lit)
	if isSDKError(t) {
		for _, elt := range lit.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				return unknownSources // positional fields
			}
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == "Code" {
				return unknownSources
			}
		}
		return new(sources)
	}
	for _, name := range []string{"Unwrap", "As"} {
		if obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(t), true, r.pkg, name); obj != nil {
			return unknownSources
		}
	}
	return new(sources)
}

// callSources returns the sources of the result at index of call.
func (r *resolver) callSources(call *ast.CallExpr, index int, depth int) *sources {
	if depth > maxSourceDepth {
		return unknownSources
	}
	switch fn := typeutil.Callee(r.info, call).(type) {
	case *types.Func:
		if fn.Pkg() == nil {
			return unknownSources // error's Error method, say
		}
		if path := fn.Pkg().Path(); isStdPath(path) && fn.Signature().Recv() == nil {
			switch path + "." + fn.Name() {
			case "errors.New":
				return new(sources)
			case "fmt.Errorf", "errors.Join", "errors.Unwrap", "errors.AsType":
				// The errors given, if any; an argument that may hold
				// one unseen (an any, a spread slice) is unknown.
				if call.Ellipsis.IsValid() {
					return unknownSources
				}
				s := new(sources)
				for _, arg := range call.Args {
					switch t := r.info.TypeOf(arg); {
					case t == nil:
						return unknownSources
					case types.Implements(t, errorInterface):
						s.add(r.exprSources(arg, depth+1))
					case types.IsInterface(t):
						return unknownSources
					}
				}
				return s
			}
		}
		return r.funcSources(fn, index, depth+1)
	case *types.Var:
		// A local function value: describe := client.DescribeInstances,
		// or a function literal. A parameter's comes from the callers.
		writes, ok := r.writesOf(fn)
		if _, param := r.callIndex().params[fn]; !ok || param || len(writes) == 0 {
			return unknownSources // a field, a package-level variable, a parameter
		}
		s := new(sources)
		for _, w := range writes {
			if w.index >= 0 || w.value == nil {
				return unknownSources
			}
			switch v := ast.Unparen(w.value).(type) {
			case *ast.FuncLit:
				s.add(r.literalSources(v, index, depth+1))
			case *ast.SelectorExpr, *ast.Ident:
				f, ok := r.info.Uses[calleeIdent(v)].(*types.Func)
				if !ok {
					return unknownSources
				}
				s.add(r.funcSources(f, index, depth+1))
			default:
				return unknownSources
			}
			if s.unknown {
				return s
			}
		}
		return s
	}
	return unknownSources // a function literal called in place, a builtin
}

// literalSources returns the sources of the result at index of the
// function literal lit: as for a function of the package.
func (r *resolver) literalSources(lit *ast.FuncLit, index int, depth int) *sources {
	if named := resultNames(lit.Type); named != nil {
		v, ok := r.info.Defs[named[index]].(*types.Var)
		if !ok {
			return unknownSources
		}
		return r.varSources(v, depth+1) // its writes include the return statements', and deferred functions'
	}
	return r.returnSources(lit.Body, r.info.TypeOf(lit).(*types.Signature).Results().Len(), index, depth+1)
}

var errorInterface = errorType.Underlying().(*types.Interface)

// funcSources returns the sources of the result at index of a call of
// fn: its product's, for a product package's function or method, or for
// a method of an interface shaped like a product client's (with those of
// the package's own methods of that name, which may implement it); those
// of the return statements, for a function of the package; unknown
// otherwise.
func (r *resolver) funcSources(fn *types.Func, index int, depth int) *sources {
	sig := fn.Signature()
	switch {
	case fn.Pkg() != nil && isProductPath(fn.Pkg().Path()):
		return &sources{products: []*types.Package{fn.Pkg()}} // client.DescribeInstances(req)
	case sig.Recv() != nil && types.IsInterface(sig.Recv().Type()):
		p := clientShaped(fn)
		if p == nil {
			return unknownSources
		}
		s := &sources{products: []*types.Package{p}} // api.DescribeInstances(req)
		// A type of the package may implement it too: a decorator of
		// the client, which may return other errors.
		for _, m := range r.callIndex().methods[fn.Name()] {
			s.add(r.resultSources(m, index, depth+1))
		}
		return s
	case fn.Pkg() == r.pkg:
		return r.resultSources(fn.Origin(), index, depth+1)
	}
	return unknownSources
}

// clientShaped returns the product package whose client's method fn, a
// method of an interface, has the shape of (a product client, or a fake
// of it, implements it): X(*p.XRequest) (*p.XResponse, error), a context
// first if any.
func clientShaped(fn *types.Func) *types.Package {
	sig := fn.Signature()
	params, results := sig.Params(), sig.Results()
	if params.Len() == 0 || results.Len() != 2 || !types.Identical(results.At(1).Type(), errorType) {
		return nil
	}
	request := namedObj(params.At(params.Len() - 1).Type())
	response := namedObj(results.At(0).Type())
	if request == nil || response == nil || request.Pkg() == nil || request.Pkg() != response.Pkg() || !isProductPath(request.Pkg().Path()) ||
		request.Name() != fn.Name()+"Request" || response.Name() != fn.Name()+"Response" {
		return nil
	}
	return request.Pkg()
}

// A funcResult is a result of a function, by place.
type funcResult struct {
	fn    *types.Func
	index int
}

// resultSources returns the sources of the result at index of fn, a
// function of the package: of what its return statements give there,
// or, for a named result, of every value it is given. A function
// declared for some platforms only may return other errors elsewhere.
func (r *resolver) resultSources(fn *types.Func, index int, depth int) *sources {
	decl := r.funcDecl(fn)
	if decl == nil || decl.Body == nil || r.constrainedAt(decl.Pos()) {
		return unknownSources
	}
	if named := resultNames(decl.Type); named != nil {
		v, ok := r.info.Defs[named[index]].(*types.Var)
		if !ok {
			return unknownSources
		}
		return r.varSources(v, depth+1) // its writes include the return statements'
	}
	return r.memoSources(funcResult{fn, index}, func() *sources {
		return r.returnSources(decl.Body, fn.Signature().Results().Len(), index, depth+1)
	})
}

// resultNames returns the names of the results of a function of type
// t, one per result; nil if they have none.
func resultNames(t *ast.FuncType) []*ast.Ident {
	if t.Results == nil || len(t.Results.List) == 0 || len(t.Results.List[0].Names) == 0 {
		return nil
	}
	var names []*ast.Ident
	for _, f := range t.Results.List {
		names = append(names, f.Names...)
	}
	return names
}

// returnSources returns the sources of what the return statements of
// body (not those of the function literals inside) give at index, of n
// results.
func (r *resolver) returnSources(body *ast.BlockStmt, n, index int, depth int) *sources {
	s := new(sources)
	ast.Inspect(body, func(node ast.Node) bool {
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
}

// constrainedAt reports whether pos is in a file built for some
// platforms or tags only.
func (r *resolver) constrainedAt(pos token.Pos) bool {
	for _, f := range r.files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return hasOSArchSuffix(r.fset.File(pos).Name()) || hasBuildLine(f) || importsCgo(f)
		}
	}
	return true
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
// is only ever called in the package, unexported: of what every call
// gives it. Files for other platforms, which the package has, may call
// it too. (The calls of the package's tests count for its tests'
// helpers only, so that a package and its test variant agree.)
func (r *resolver) paramSources(p paramOf, depth int) *sources {
	idx := r.callIndex()
	if p.fn.Exported() || idx.escaped[p.fn] || len(idx.calls[p.fn]) == 0 || r.otherPlatforms {
		return unknownSources // other packages may call it too
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
// A parameter or receiver is given a value from elsewhere (a nil
// write), except a helper's parameter, which varSources follows to its
// calls. A named result is given the values of the return statements
// of its function.
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
	ast.PreorderStack(decl, nil, func(n ast.Node, stack []ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			fromElsewhere(n.Recv)
			fromElsewhere(n.Type.Params)
		case *ast.FuncLit:
			fromElsewhere(n.Type.Params)
		case *ast.ReturnStmt:
			// The function it returns from: the innermost.
			var ft *ast.FuncType
			for i := len(stack) - 1; i >= 0 && ft == nil; i-- {
				switch fn := stack[i].(type) {
				case *ast.FuncDecl:
					ft = fn.Type
				case *ast.FuncLit:
					ft = fn.Type
				}
			}
			names := resultNames(ft)
			switch {
			case names == nil || len(n.Results) == 0:
			case len(n.Results) == len(names):
				for i, name := range names {
					give(name, write{n.Results[i], -1})
				}
			case len(n.Results) == 1:
				giveTuple(exprs(names), n.Results[0], give)
			}
		case *ast.AssignStmt:
			for _, lhs := range n.Lhs {
				if _, ok := ast.Unparen(lhs).(*ast.Ident); !ok {
					// e.Code = src.Code, *e = *src: changed in place.
					if base := baseIdent(lhs); base != nil {
						give(base, write{})
					}
				}
			}
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
				giveTuple(exprs(n.Names), n.Values[0], give)
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
				if base := baseIdent(n.X); base != nil {
					give(base, write{}) // its address (or a part's), given to who knows what
				}
			}
		case *ast.IncDecStmt:
			if base := baseIdent(n.X); base != nil {
				give(base, write{})
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
