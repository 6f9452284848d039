package analyzer

import (
	"cmp"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// This file is the one place that decides what an expression is: a
// code or not, which answer it reads, version 2 or 3, batch,
// per-resource or single. It looks only at types and at the package's
// own data flow, never at how a variable is spelled. Every check, and
// the tccodeflow analyzer, asks it.

// A codeRef is what the resolver says of a code expression.
type codeRef struct {
	field  types.Object // the code field, getter or function behind it
	typ    types.Type   // its type: a number (version 2) or a string (version 3)
	answer answerRef    // the answer it is the code of
}

// isNumber reports whether the code is a version 2 number.
func (c codeRef) isNumber() bool { return isNumber(c.typ) }

// An answerRef is an answer (an envelope, or a version 3 error) as an
// expression reads it.
type answerRef struct {
	id   answerID
	kind answerKind
}

// An answerID identifies an answer by what it is, not how it is
// written: the variable it is read from (through aliases such as r :=
// resp, r := *resp or (*resp)) and the path of fields and constant or
// variable indexes from there. Answers that come from no variable (a
// call's result) have the expression itself as root, and so equal
// nothing else.
type answerID struct {
	root any // a *types.Var, *types.Func, or ast.Expr
	path string
}

// varIndex marks, in an answerID's path, an index by a variable, which
// may change while the answer's root does not: resps[i].
const varIndex = "$"

// varIndexed reports whether id reads an element by a variable index.
func (id answerID) varIndexed() bool { return strings.Contains(id.path, varIndex) }

type answerKind uint8

const (
	singleAnswer      answerKind = iota // one resource's answer, or unknown
	batchAnswer                         // an envelope with per-resource results in Detail
	perResourceAnswer                   // one of those results
)

// A resolver answers the questions about one package.
type resolver struct {
	info  *types.Info
	pkg   *types.Package
	cfg   *Config
	funcs codeFuncs // functions that return a code (-follow-functions); nil otherwise

	// Answers to the questions every code field and call asks again:
	// without them, BenchmarkCorpus took 3.9-4.3 ms per package, not
	// 2.6-2.8 (2026-11-30).
	envelopes map[types.Type]bool  // isEnvelope, by type
	batches   map[types.Type]bool  // isBatch, by type
	getters   map[*types.Func]bool // isCodeGetter, by method

	fset  *token.FileSet
	files []*ast.File
	decls []ast.Decl // top-level declarations of every file, by position; listed when first needed
	calls *callIndex // made when first needed

	fixpoint int // findLocals fixed points under way, whose locals are not settled yet

	tables       map[*ast.CompositeLit]codeTable // made when first needed
	assignedVars map[*types.Var]bool             // package-level variables assigned in the package, listed when first needed
	found        []bool                          // whose locals are in locals
	locals       map[*types.Var]*local

	// Where version 3 errors come from (origin.go), found when first
	// needed.
	writesFound []bool // whose locals' writes are in writes
	writes      map[*types.Var][]write
	sourceMemos map[any]*sourceMemo
	level       int // of the search for sources
	cycleTo     int // the lowest level a cycle went back to
	budget      int // of the current search

	otherPlatforms bool // the package has files for other platforms or tags, unseen
}

func newResolver(info *types.Info, pkg *types.Package, cfg *Config, funcs codeFuncs, files []*ast.File, fset *token.FileSet) *resolver {
	return &resolver{
		fset:      fset,
		info:      info,
		pkg:       pkg,
		cfg:       cfg,
		funcs:     funcs,
		envelopes: make(map[types.Type]bool),
		batches:   make(map[types.Type]bool),
		getters:   make(map[*types.Func]bool),
		locals:    make(map[*types.Var]*local),
		files:     files,
	}
}

// declarations returns the top-level declarations of the package's
// files, in order of position.
func (r *resolver) declarations() []ast.Decl {
	if r.decls == nil {
		r.decls = []ast.Decl{}
		for _, f := range r.files {
			r.decls = append(r.decls, f.Decls...)
		}
		slices.SortFunc(r.decls, func(a, b ast.Decl) int { return cmp.Compare(a.Pos(), b.Pos()) })
		r.found = make([]bool, len(r.decls))
	}
	return r.decls
}

// usesCode reports whether the package selects a code field or calls a
// code getter, by the resolver's rules, or uses a field that might be
// one without selecting it (a key of a composite literal): the second
// step of the fast path, on types alone, for the packages that use a
// field or method of a code's name (mentionsCodeField).
func (r *resolver) usesCode() bool {
	selected := make(map[types.Object]bool)
	for e, sel := range r.info.Selections {
		switch sel.Kind() {
		case types.FieldVal:
			field := sel.Obj().(*types.Var)
			if !r.cfg.isCodeFieldName(field.Name()) {
				continue
			}
			selected[field] = true
			if r.isCodeField(sel.Recv(), field, sel.Index()) || r.promotedCode(e, field) {
				return true
			}
		case types.MethodVal, types.MethodExpr:
			if fn, ok := sel.Obj().(*types.Func); ok && isGetterName(fn.Name()) && r.isCodeGetter(fn) {
				return true
			}
		}
	}
	for _, obj := range r.info.Uses {
		if v, ok := obj.(*types.Var); ok && v.IsField() && r.cfg.isCodeFieldName(v.Name()) && !selected[v] && r.mayBeCodeField(v) {
			return true // perhaps a composite literal's key: the walk will tell
		}
	}
	return false
}

// mayBeCodeField reports whether the field f, used but never selected
// (a composite literal's key), may be a code field: it is, or f is not a
// field of a named struct type of its package (an anonymous struct's,
// whose type only the walk sees).
func (r *resolver) mayBeCodeField(f *types.Var) bool {
	if f.Pkg() == nil {
		return true
	}
	scope := f.Pkg().Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok {
			continue
		}
		st, ok := tn.Type().Underlying().(*types.Struct)
		if !ok {
			continue
		}
		for i := range st.NumFields() {
			if st.Field(i) == f {
				return r.isCodeField(tn.Type(), f, []int{i})
			}
		}
	}
	return true
}

// inTestFile reports whether pos is in a test file of the package.
func (r *resolver) inTestFile(pos token.Pos) bool {
	f := r.fset.File(pos)
	return f != nil && isTestFile(f.Name())
}

// maxDepth bounds the chains of locals, conversions and selections
// the resolver follows: one longer is not worth following.
const maxDepth = 8

// code returns what e is if it is a code expression: a code field, a
// call of a code getter (or, under -follow-functions, of a function
// that returns a code), a local variable that holds only codes, or a
// dereference, conversion, address or type assertion of one.
func (r *resolver) code(e ast.Expr) (codeRef, bool) { return r.codeDepth(e, 0) }

func (r *resolver) codeDepth(e ast.Expr, depth int) (codeRef, bool) {
	if depth > maxDepth {
		return codeRef{}, false
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		if !r.cfg.isCodeFieldName(e.Sel.Name) {
			return codeRef{}, false // the name alone rules it out, without a look at the types
		}
		sel := r.info.Selections[e]
		if sel == nil || sel.Kind() != types.FieldVal {
			return codeRef{}, false // a qualified identifier or a method
		}
		field := sel.Obj().(*types.Var)
		if !r.isCodeField(sel.Recv(), field, sel.Index()) && !r.promotedCode(e, field) {
			return codeRef{}, false
		}
		return codeRef{field: field, typ: sel.Type(), answer: r.answerDepth(e.X, depth+1)}, true
	case *ast.Ident:
		v, _ := r.info.Uses[e].(*types.Var)
		l := r.local(v)
		if l == nil {
			return r.codeParam(v, depth) // a helper's parameter, never assigned
		}
		if !l.isCode {
			return codeRef{}, false
		}
		c, ok := r.codeDepth(l.codeSource, depth+1)
		if !ok {
			return codeRef{}, false
		}
		c.typ = v.Type()
		if !l.oneAnswer {
			c.answer = answerRef{id: answerID{root: v}, kind: c.answer.kind}
		}
		return c, true
	case *ast.StarExpr:
		c, ok := r.codeDepth(e.X, depth+1)
		c.typ = r.info.TypeOf(e)
		return c, ok
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			c, ok := r.codeDepth(e.X, depth+1) // &r.Code
			c.typ = r.info.TypeOf(e)
			return c, ok
		}
	case *ast.TypeAssertExpr:
		// The type of a comma-ok assertion is a tuple: ask the asserted type.
		if t := r.info.TypeOf(e.Type); e.Type != nil && isNumber(t) {
			c, ok := r.codeDepth(e.X, depth+1)
			c.typ = t
			return c, ok
		}
	case *ast.CallExpr:
		if len(e.Args) == 1 && r.info.Types[e.Fun].IsType() {
			t := r.info.TypeOf(e)
			if sameKind(t, r.info.TypeOf(e.Args[0])) {
				c, ok := r.codeDepth(e.Args[0], depth+1) // int64(r.Code), but not string(rune(r.Code))
				c.typ = t
				return c, ok
			}
			return codeRef{}, false
		}
		if fn, recv := r.getterCall(e); fn != nil {
			return codeRef{field: fn, typ: r.info.TypeOf(e), answer: r.answerDepth(recv, depth+1)}, true
		}
		if r.funcs != nil {
			if fn := typeutil.StaticCallee(r.info, e); fn != nil && r.funcs[fn.Origin()] {
				return codeRef{field: fn, typ: r.info.TypeOf(e), answer: r.callAnswer(fn, e)}, true // codeOf(err), under -follow-functions
			}
		}
	}
	return codeRef{}, false
}

// getterCall returns the code getter that the call e calls, and the
// answer it is called on: r.GetCode(); (*Reply).GetCode(r), a method
// expression; or codeOf(), where the local codeOf is only ever given
// the method value r.GetCode (get(r) for get := (*Reply).GetCode). It
// returns nil if e calls none.
func (r *resolver) getterCall(e *ast.CallExpr) (*types.Func, ast.Expr) {
	var sel *ast.SelectorExpr
	switch fun := ast.Unparen(e.Fun).(type) {
	case *ast.SelectorExpr:
		sel = fun
	case *ast.Ident:
		v, _ := r.info.Uses[fun].(*types.Var)
		if l := r.local(v); l != nil {
			sel, _ = ast.Unparen(l.alias).(*ast.SelectorExpr)
		}
	}
	if sel == nil || !isGetterName(sel.Sel.Name) {
		return nil, nil
	}
	fn, ok := r.info.Uses[sel.Sel].(*types.Func)
	if !ok || !r.isCodeGetter(fn) && !r.paramGetter(r.info.TypeOf(sel.X), fn) {
		return nil, nil
	}
	s := r.info.Selections[sel]
	switch {
	case s != nil && s.Kind() == types.MethodVal && len(e.Args) == 0:
		return fn, sel.X // r.GetCode(), or codeOf() for codeOf := r.GetCode
	case s != nil && s.Kind() == types.MethodExpr && len(e.Args) == 1:
		return fn, e.Args[0] // (*Reply).GetCode(r), or get(r) for get := (*Reply).GetCode
	}
	return nil, nil
}

// promotedCode reports whether e, a selection of field, reads the code
// field of an envelope that embeds the struct declaring it: d.Base.Code,
// where d's type embeds Base and d.Code is the very same field.
func (r *resolver) promotedCode(e *ast.SelectorExpr, field *types.Var) bool {
	outer, ok := ast.Unparen(e.X).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	osel := r.info.Selections[outer]
	if osel == nil || osel.Kind() != types.FieldVal || !osel.Obj().(*types.Var).Embedded() {
		return false
	}
	promoted, _, _ := types.LookupFieldOrMethod(osel.Recv(), true, r.pkg, field.Name())
	if promoted != field {
		return false
	}
	index := append(slices.Clone(osel.Index()), r.info.Selections[e].Index()...)
	return r.isCodeField(osel.Recv(), field, index)
}

// callAnswer returns the answer of a call of the code function fn: the
// same function called with the same variables reads the same answer.
func (r *resolver) callAnswer(fn *types.Func, call *ast.CallExpr) answerRef {
	var path strings.Builder
	for _, arg := range call.Args {
		id, ok := ast.Unparen(arg).(*ast.Ident)
		v, _ := r.info.Uses[id].(*types.Var)
		if !ok || v == nil {
			return answerRef{id: answerID{root: call}}
		}
		path.WriteString(strconv.Itoa(int(v.Pos())))
		path.WriteByte(',')
	}
	return answerRef{id: answerID{root: fn.Origin(), path: path.String()}}
}

// answer returns the answer that e, an expression of an envelope (or
// of a pointer to one, or of a version 3 error), reads.
func (r *resolver) answer(e ast.Expr) answerRef { return r.answerDepth(e, 0) }

func (r *resolver) answerDepth(e ast.Expr, depth int) answerRef {
	e = ast.Unparen(e)
	unique := answerRef{id: answerID{root: e}, kind: r.kindOf(r.info.TypeOf(e))}
	if depth > maxDepth {
		return unique
	}
	switch x := e.(type) {
	case *ast.StarExpr:
		return r.answerDepth(x.X, depth+1)
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			return r.answerDepth(x.X, depth+1)
		}
	case *ast.SelectorExpr:
		sel := r.info.Selections[x]
		if sel == nil || sel.Kind() != types.FieldVal {
			break
		}
		base := r.answerDepth(x.X, depth+1)
		if sel.Obj().(*types.Var).Embedded() {
			return base // resp.Response is resp
		}
		base.id.path += "." + sel.Obj().Name()
		base.kind = r.kindOf(sel.Type())
		return base
	case *ast.TypeAssertExpr:
		if x.Type == nil {
			break
		}
		base := r.answerDepth(x.X, depth+1)
		base.id.path += ".(" + types.TypeString(r.info.TypeOf(x.Type), nil) + ")"
		base.kind = r.kindOf(r.info.TypeOf(x.Type))
		return base
	case *ast.SliceExpr:
		if r.isDetail(x.X, depth+1) {
			return r.answerDepth(x.X, depth+1) // s.Detail[1:] is s.Detail's
		}
	case *ast.CallExpr:
		if inner, ok := r.detailCall(x); ok {
			if inner != nil {
				return r.answerDepth(inner, depth+1) // slices.Values(s.Detail)
			}
			if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok {
				base := r.answerDepth(sel.X, depth+1) // s.GetDetail() is s.Detail
				base.id.path += ".Detail"
				base.kind = r.kindOf(r.info.TypeOf(x))
				return base
			}
		}
	case *ast.IndexExpr:
		key, ok := r.indexKey(x.Index)
		if r.isDetail(x.X, depth+1) {
			if !ok {
				return answerRef{id: answerID{root: e}, kind: perResourceAnswer}
			}
			base := r.answerDepth(x.X, depth+1)
			base.id.path += "[" + key + "]"
			base.kind = perResourceAnswer
			return base
		}
		if ok {
			base := r.answerDepth(x.X, depth+1)
			base.id.path += "[" + key + "]"
			base.kind = r.kindOf(r.info.TypeOf(e))
			return base
		}
	case *ast.Ident:
		v, _ := r.info.Uses[x].(*types.Var)
		if v == nil {
			break
		}
		if l := r.local(v); l != nil {
			switch {
			case l.rangeOver != nil && r.isDetail(l.rangeOver, depth+1):
				return answerRef{id: answerID{root: v}, kind: perResourceAnswer}
			case l.alias != nil:
				// r := resp is resp; r := fetch() is r, and so is
				// r := resps[i], whose i may change while r does not.
				a := r.answerDepth(l.alias, depth+1)
				if _, ok := a.id.root.(*types.Var); !ok || a.id.varIndexed() {
					a.id = answerID{root: v}
				}
				return a
			}
		}
		return answerRef{id: answerID{root: v}, kind: r.kindOf(v.Type())}
	}
	return unique
}

// indexKey returns how an index names its element: built of constants'
// values and variables' identities (i, i+1, k.ID), the same key for the
// same element while the variables keep their values.
func (r *resolver) indexKey(e ast.Expr) (string, bool) {
	if v := r.info.Types[e].Value; v != nil {
		return v.ExactString(), true
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		if v, ok := r.info.Uses[x].(*types.Var); ok {
			return varIndex + strconv.Itoa(int(v.Pos())), true
		}
	case *ast.BinaryExpr:
		a, ok1 := r.indexKey(x.X)
		b, ok2 := r.indexKey(x.Y)
		return "(" + a + x.Op.String() + b + ")", ok1 && ok2
	case *ast.UnaryExpr:
		a, ok := r.indexKey(x.X)
		return x.Op.String() + a, ok && x.Op != token.ARROW
	case *ast.SelectorExpr:
		if sel := r.info.Selections[x]; sel != nil && sel.Kind() == types.FieldVal {
			a, ok := r.indexKey(x.X)
			return a + "." + x.Sel.Name, ok
		}
	}
	return "", false
}

// kindOf returns the kind of an answer of type t: batch if t is a batch
// envelope, single otherwise.
func (r *resolver) kindOf(t types.Type) answerKind {
	if tuple, ok := t.(*types.Tuple); ok && tuple.Len() > 0 {
		t = tuple.At(0).Type() // r, ok := m[k]: go/types records the comma-ok form's type as a tuple
	}
	if t != nil && r.isBatch(t) {
		return batchAnswer
	}
	return singleAnswer
}

// isDetail reports whether e is the Detail field of an envelope, the
// per-resource results of a batch answer, directly or through a local
// that holds it (all := resp.Detail).
func (r *resolver) isDetail(e ast.Expr, depth int) bool {
	for ; depth <= maxDepth; depth++ {
		switch x := ast.Unparen(e).(type) {
		case *ast.SelectorExpr:
			if x.Sel.Name != "Detail" {
				return false
			}
			s := r.info.Selections[x]
			return s != nil && s.Kind() == types.FieldVal && r.isEnvelope(s.Recv())
		case *ast.StarExpr:
			e = x.X
		case *ast.SliceExpr:
			e = x.X // s.Detail[1:]
		case *ast.CallExpr:
			inner, ok := r.detailCall(x)
			if !ok {
				return false
			}
			if inner == nil {
				return true // s.GetDetail()
			}
			e = inner // slices.Values(s.Detail)
		case *ast.Ident:
			v, _ := r.info.Uses[x].(*types.Var)
			l := r.local(v)
			if l == nil || l.alias == nil {
				return false
			}
			e = l.alias
		default:
			return false
		}
	}
	return false
}

// detailCall reports whether call reads per-resource results: a getter
// of an envelope's Detail (s.GetDetail(), a method named GetDetail or
// Detail with no parameters whose one result has the type of the
// envelope's Detail field), or an
// iterator over a collection (slices.Values, slices.All, maps.Values,
// maps.All, maps.Keys), which it returns for isDetail to look at.
func (r *resolver) detailCall(call *ast.CallExpr) (ast.Expr, bool) {
	fn := typeutil.StaticCallee(r.info, call)
	if fn == nil {
		return nil, false
	}
	if pkg := fn.Pkg(); pkg != nil && (pkg.Path() == "slices" || pkg.Path() == "maps") && len(call.Args) == 1 {
		switch fn.Name() {
		case "Values", "All", "Keys", "Backward":
			return call.Args[0], true
		}
		return nil, false
	}
	sig := fn.Signature()
	if fn.Name() != "GetDetail" && fn.Name() != "Detail" || sig.Recv() == nil || sig.Params().Len() != 0 || sig.Results().Len() != 1 || !r.isEnvelope(sig.Recv().Type()) {
		return nil, false
	}
	detail := r.field(sig.Recv().Type(), "Detail")
	return nil, detail != nil && types.Identical(detail.Type(), sig.Results().At(0).Type())
}

// isCodeField reports whether field, selected from a value of type recv
// through the embedding path index, holds a result code: it is named by
// -code-fields, or it is the Code field of an envelope or of the SDK's
// error.
func (r *resolver) isCodeField(recv types.Type, field *types.Var, index []int) bool {
	for _, ref := range r.cfg.CodeFields {
		if ref.Field == field.Name() &&
			(isNamed(recv, ref.PkgPath, ref.Type) || isNamed(declaringType(recv, index), ref.PkgPath, ref.Type)) {
			return true
		}
	}
	if field.Name() != "Code" {
		return false
	}
	if isSDKError(declaringType(recv, index)) {
		return true // (*errors.TencentCloudSDKError).Code, a version 3 code
	}
	return isCodeType(field.Type()) && r.isEnvelope(recv) && !r.shadowsCode(recv, index)
}

// shadowsCode reports whether the Code field at the embedding path index
// of recv is not the envelope's: the CodeDesc that makes recv an
// envelope is promoted from an embedded part that has a Code of its
// own at another path (type Wrapped struct{ Envelope; Code int }: the
// wrapper's Code is an application's, Envelope's the answer's).
func (r *resolver) shadowsCode(recv types.Type, index []int) bool {
	desc, descIndex, _ := types.LookupFieldOrMethod(recv, true, r.pkg, "CodeDesc")
	if _, ok := desc.(*types.Var); !ok || len(descIndex) < 2 {
		return false
	}
	part := declaringType(recv, descIndex)
	code, codeIndex, _ := types.LookupFieldOrMethod(part, true, r.pkg, "Code")
	if _, ok := code.(*types.Var); !ok {
		return false
	}
	path := append(slices.Clone(descIndex[:len(descIndex)-1]), codeIndex...)
	return !slices.Equal(path, index)
}

// isCodeGetter reports whether fn is a method that returns the code of
// the envelope it is called on: the SDK's
// (*errors.TencentCloudSDKError).GetCode, or a method of an envelope
// type (or of a type named by -code-fields) that reads as a code getter
// (isGetterName), with no parameters and a single integer result, such
// as
//
//	func (r *Response) GetCode() int
//
// Only its signature counts, never its body, so that it is a code
// getter in every package that calls it, at no cost.
func (r *resolver) isCodeGetter(fn *types.Func) bool {
	is, ok := r.getters[fn]
	if !ok {
		is = r.computeCodeGetter(fn)
		r.getters[fn] = is
	}
	return is
}

func (r *resolver) computeCodeGetter(fn *types.Func) bool {
	sig := fn.Signature()
	if sig.Recv() == nil || sig.Params().Len() != 0 || sig.Results().Len() != 1 || !isGetterName(fn.Name()) {
		return false
	}
	b, ok := sig.Results().At(0).Type().Underlying().(*types.Basic)
	if !ok || b.Info()&(types.IsInteger|types.IsString) == 0 {
		return false
	}
	recv := sig.Recv().Type()
	for _, ref := range r.cfg.CodeFields {
		if isNamed(recv, ref.PkgPath, ref.Type) {
			return true
		}
	}
	if b.Info()&types.IsString != 0 {
		return fn.Name() == "GetCode" && isSDKError(recv) // a version 3 code
	}
	obj, index, _ := types.LookupFieldOrMethod(recv, true, fn.Pkg(), "Code")
	code, ok := obj.(*types.Var)
	return ok && code.IsField() && r.isCodeField(recv, code, index) // not a wrapper's own Code
}

// isEnvelope reports whether t, or what it points to, is a struct with
// a Code field beside a string field named CodeDesc, directly or
// through embedding: the shape of every version 2 answer. JSON tags do
// not matter, since encoding/json matches names case-insensitively.
func (r *resolver) isEnvelope(t types.Type) bool {
	t = deref(t)
	is, ok := r.envelopes[t]
	if !ok {
		desc := r.field(t, "CodeDesc")
		is = desc != nil && isString(deref(desc.Type()))
		r.envelopes[t] = is
	}
	return is
}

// isBatch reports whether t, or what it points to, is an envelope with
// a field named Detail, its own or embedded.
func (r *resolver) isBatch(t types.Type) bool {
	if !r.isEnvelope(t) {
		return false
	}
	is, ok := r.batches[t]
	if !ok {
		is = r.field(t, "Detail") != nil
		r.batches[t] = is
	}
	return is
}

// field returns the field of the struct type t (or of what t points
// to) called name, its own or promoted from an embedded field; nil if
// there is none.
func (r *resolver) field(t types.Type, name string) *types.Var {
	st, ok := deref(t).Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	embeds := false
	for i := range st.NumFields() {
		f := st.Field(i)
		if f.Name() == name {
			return f // a field of the struct itself: no promoted one can hide it
		}
		embeds = embeds || f.Embedded()
	}
	if !embeds {
		return nil
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, r.pkg, name)
	v, _ := obj.(*types.Var)
	if v == nil || !v.IsField() {
		return nil
	}
	return v
}

// constValue returns the value of e if it is a constant expression: a
// literal, a named constant, any constant expression; nil otherwise.
func (r *resolver) constValue(e ast.Expr) constant.Value {
	return r.info.Types[e].Value
}

// constOf returns the named constant that e refers to, qualified or
// not (api.ErrBusy, errBusy), or nil.
func (r *resolver) constOf(e ast.Expr) *types.Const {
	var id *ast.Ident
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		id = e
	case *ast.SelectorExpr:
		id = e.Sel
	default:
		return nil
	}
	c, _ := r.info.Uses[id].(*types.Const)
	return c
}

// A local is what the resolver knows of a local variable from the
// assignments of the top-level declaration it is declared in.
type local struct {
	sources  []ast.Expr // the values assigned to it that are not constants
	assigned int        // how many times it is assigned, constants and zero values included
	bad      bool       // its address is taken, it is incremented, or it is assigned a value from elsewhere

	// isCode: it holds only codes (and constants), at least one code;
	// codeSource is one of them; oneAnswer: all of them are codes of
	// one answer, which it then stands for.
	isCode     bool
	codeSource ast.Expr
	oneAnswer  bool

	alias     ast.Expr // the one value it is ever given, if it is given one
	rangeOver ast.Expr // what it ranges over, if it is the value of a range statement
}

// local returns what is known of v if it is a local variable of the
// package; nil otherwise.
func (r *resolver) local(v *types.Var) *local {
	if v == nil || v.IsField() || v.Pkg() != r.pkg || v.Parent() == nil || v.Parent() == r.pkg.Scope() {
		return nil // not a local variable of this package
	}
	// The top-level declaration that declares v: a variable is used
	// only inside it, and its sources too.
	i, ok := r.declAt(v.Pos())
	if !ok {
		return nil // not in a declaration of the package's files
	}
	if !r.found[i] {
		r.found[i] = true // before the search, which looks up the declaration's variables
		r.findLocals(r.decls[i])
	}
	return r.locals[v]
}

// declAt returns the index in declarations of the top-level declaration
// at pos, if there is one.
func (r *resolver) declAt(pos token.Pos) (int, bool) {
	decls := r.declarations()
	i, _ := slices.BinarySearchFunc(decls, pos, func(d ast.Decl, p token.Pos) int { return cmp.Compare(d.End(), p) })
	return i, i < len(decls) && decls[i].Pos() <= pos
}

// A stmtPlace is a place in a statement: the block or clause that holds
// the statement, and a position in it.
type stmtPlace struct {
	in  ast.Node
	pos token.Pos
}

// zeroUnread reports whether v, if declared without a value, is given
// its one value in the block that declares it before anything reads
// its zero value (var r Result; r = resp.Detail[id]): only then does it
// stand for that value. Given it in a branch, or read before, it is on
// some path the zero value, no answer's.
func (r *resolver) zeroUnread(decl ast.Decl, v *types.Var, zero, given map[*types.Var]stmtPlace) bool {
	z, ok := zero[v]
	if !ok {
		return true // declared with a value
	}
	g, ok := given[v]
	if !ok || g.in != z.in || g.pos < z.pos {
		return false
	}
	read := false
	ast.Inspect(decl, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && id.Pos() > z.pos && id.Pos() < g.pos && r.info.Uses[id] == types.Object(v) {
			read = true
		}
		return !read
	})
	return !read
}

// exprs returns the identifiers as expressions.
func exprs(ids []*ast.Ident) []ast.Expr {
	es := make([]ast.Expr, len(ids))
	for i, id := range ids {
		es[i] = id
	}
	return es
}

// findLocals records the local variables of the top-level declaration
// at decl: what each is assigned, and then which hold codes, as a
// greatest fixed point (chains a := r.Code; b := a and cycles a = b;
// b = a alike).
func (r *resolver) findLocals(decl ast.Decl) {
	var vars []*types.Var
	get := func(e ast.Expr) (*types.Var, *local, bool) {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return nil, nil, false
		}
		obj, defined := r.info.Defs[id], true
		if obj == nil {
			obj, defined = r.info.Uses[id], false
		}
		v, ok := obj.(*types.Var)
		if !ok || v.IsField() || v.Parent() == nil || v.Parent() == r.pkg.Scope() || v.Pkg() != r.pkg {
			return nil, nil, false
		}
		l := r.locals[v]
		if l == nil {
			if !defined {
				// Assigned before (or without) a definition in this
				// declaration: a parameter or result, whose value
				// comes from elsewhere.
				l = &local{bad: true}
			} else {
				l = new(local)
			}
			r.locals[v] = l
			vars = append(vars, v)
		}
		return v, l, defined
	}
	markBad := func(e ast.Expr) {
		if _, l, _ := get(e); l != nil {
			l.bad = true
		}
	}
	assign := func(lhs, rhs ast.Expr) {
		if _, l, _ := get(lhs); l != nil {
			l.assigned++
			if rhs != nil && r.constValue(rhs) == nil {
				l.sources = append(l.sources, rhs)
			}
		}
	}
	// v, ok := x.(T), m[k]; or a, b := f(), <-ch.
	commaOK := func(lhs []ast.Expr, rhs ast.Expr) {
		switch rhs := ast.Unparen(rhs).(type) {
		case *ast.TypeAssertExpr, *ast.IndexExpr:
			assign(lhs[0], rhs)
			for _, e := range lhs[1:] {
				markBad(e)
			}
		default:
			for _, e := range lhs {
				markBad(e)
			}
		}
	}
	// Variables declared without a value (var r Result), and where
	// they are given one: such a variable stands for its one value only
	// if nothing reads its zero value first (see below).
	zero := make(map[*types.Var]stmtPlace)  // the end of the declaration
	given := make(map[*types.Var]stmtPlace) // the assignment's left-hand side
	ast.PreorderStack(decl, nil, func(n ast.Node, stack []ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			switch {
			case n.Tok != token.ASSIGN && n.Tok != token.DEFINE:
				for _, lhs := range n.Lhs {
					markBad(lhs) // x += 1 and friends
				}
			case len(n.Lhs) == len(n.Rhs):
				for i, lhs := range n.Lhs {
					assign(lhs, n.Rhs[i])
					if id, ok := lhs.(*ast.Ident); ok && len(stack) > 0 {
						if v, ok := r.info.Uses[id].(*types.Var); ok {
							given[v] = stmtPlace{stack[len(stack)-1], id.Pos()}
						}
					}
				}
			case len(n.Rhs) == 1:
				commaOK(n.Lhs, n.Rhs[0])
			}
		case *ast.ValueSpec:
			switch {
			case len(n.Values) == 0:
				// The zero value, which is no answer: var r Result;
				// r = resp.Detail[id] makes r that result.
				for _, name := range n.Names {
					get(name)
					if v, ok := r.info.Defs[name].(*types.Var); ok && len(stack) >= 3 {
						zero[v] = stmtPlace{stack[len(stack)-3], n.End()} // through the GenDecl and DeclStmt
					}
				}
			case len(n.Values) == len(n.Names):
				for i, name := range n.Names {
					assign(name, n.Values[i])
				}
			default:
				commaOK(exprs(n.Names), n.Values[0])
			}
		case *ast.RangeStmt:
			markBad(n.Key)
			if n.Value != nil {
				if _, l, defined := get(n.Value); l != nil {
					l.bad = true
					if defined && n.Tok == token.DEFINE {
						l.rangeOver = n.X
					}
				}
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				markBad(n.X)
			}
		case *ast.IncDecStmt:
			markBad(n.X)
		case *ast.SelectorExpr:
			// code.Normalize(), for func (c *Code) Normalize(): a
			// method with a pointer receiver takes the address of a
			// code local. (An answer local keeps its answer: its
			// getters take pointer receivers too.)
			if sel := r.info.Selections[n]; sel != nil && sel.Kind() == types.MethodVal {
				t := r.info.TypeOf(n.X)
				if _, ptr := sel.Obj().(*types.Func).Signature().Recv().Type().(*types.Pointer); ptr && (isNumber(t) || isString(t)) {
					markBad(n.X)
				}
			}
		}
		return true
	})

	// A variable assigned once, and never through its address, stands
	// for the value it is given.
	var candidates []*local
	for _, v := range vars {
		l := r.locals[v]
		if !l.bad && l.assigned == 1 && len(l.sources) == 1 && r.zeroUnread(decl, v, zero, given) {
			l.alias = l.sources[0]
		}
		if t := deref(v.Type()); !l.bad && len(l.sources) > 0 && (isNumber(t) || isString(t)) {
			l.isCode = true // until a source says otherwise
			l.codeSource = l.sources[0]
			candidates = append(candidates, l)
		}
	}
	r.fixpoint++
	defer func() { r.fixpoint-- }()
	for changed := true; changed; {
		changed = false
		for _, l := range candidates {
			if !l.isCode {
				continue // dropped already
			}
			for _, e := range l.sources {
				if _, ok := r.code(e); !ok {
					l.isCode = false
					changed = true
					break
				}
			}
		}
	}
	// The answer a code variable stands for, if all its codes are one
	// answer's.
	for _, l := range candidates {
		if !l.isCode {
			continue
		}
		first, _ := r.code(l.sources[0])
		l.oneAnswer = true
		for _, e := range l.sources[1:] {
			if c, _ := r.code(e); c.answer.id != first.answer.id {
				l.oneAnswer = false
				break
			}
		}
	}
}
