package analyzer

import (
	"cmp"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// This file decides which expressions hold a TencentCloud result code.
// It looks only at types: a field is a code because of the struct it is
// in, never because of how a variable is spelled.

// filePass is the state of the analysis of one file.
type filePass struct {
	*analysis.Pass
	cfg     *Config
	file    *ast.File
	curFile inspector.Cursor

	// pkg holds what the files of the package share.
	pkg *pkgState

	// codeVars holds the local variables that hold a code, each with a
	// code expression it was assigned from (for the field behind it),
	// of the top-level declarations marked in varsFound: a declaration's
	// are found when first needed (codeVar).
	codeVars  map[*types.Var]ast.Expr
	varsFound []bool

	// decls holds the file's top-level declarations, found when first
	// needed.
	decls []inspector.Cursor

	// ranges maps range value variables to what they range over,
	// found when first needed.
	ranges map[*types.Var]ast.Expr

	// codeFuncs holds the functions that return a code, under
	// -follow-functions; nil otherwise.
	codeFuncs codeFuncs

	// cgo: the file is cgo's rewrite of the user's file, which fixes
	// must not edit.
	cgo bool

	// reports holds the file's findings until they are all known.
	reports []report

	// directives holds the file's ignore directives, found when first needed.
	directives []*directive

	// src is the file's text, read when first needed; nil if unreadable.
	src     []byte
	srcRead bool
}

// text returns the text of the file, or nil if it cannot be read or
// does not match the syntax tree.
func (fp *filePass) text() []byte {
	if !fp.srcRead {
		fp.srcRead = true
		tok := fp.Fset.File(fp.file.FileStart)
		if text, err := fp.ReadFile(tok.Name()); err == nil && len(text) == tok.Size() {
			fp.src = text
		}
	}
	return fp.src
}

// pkgState is what the analyses of a package's files share: answers
// about the package's types and names, each found once, and scratch
// space that each file's analysis reuses.
type pkgState struct {
	envelopes map[types.Type]bool  // isEnvelope, by type
	batches   map[types.Type]bool  // isBatch, by type
	getters   map[*types.Func]bool // isCodeGetter, by method

	// unhandled holds the unhandled check's messages, built; they
	// depend only on the configuration, and so serve every package.
	unhandled []unhandledMessage

	// testNames holds the package's names declared in test files it is
	// analyzed without (see imports.testNames); nil until read.
	testNames map[string]bool

	// Scratch space of the analysis of one file (see check): a file
	// with many findings would otherwise grow them afresh.
	reports     []report
	found       []magic
	comparisons map[*ast.BinaryExpr]comparison
	chains      []ast.Stmt
	sources     localSources // of findCodeVars
}

func newPkgState() *pkgState {
	return &pkgState{
		envelopes:   make(map[types.Type]bool),
		batches:     make(map[types.Type]bool),
		getters:     make(map[*types.Func]bool),
		comparisons: make(map[*ast.BinaryExpr]comparison),
		sources:     localSources{exprs: make(map[*types.Var][]ast.Expr), bad: make(map[*types.Var]bool)},
	}
}

// reset empties s for the analysis of another package, keeping the
// space it has grown and the messages it has built.
func (s *pkgState) reset() {
	clear(s.envelopes)
	clear(s.batches)
	clear(s.getters)
	s.testNames = nil
	clear(s.reports)
	s.reports = s.reports[:0]
	clear(s.found)
	s.found = s.found[:0]
	clear(s.comparisons)
	clear(s.chains)
	s.chains = s.chains[:0]
	clear(s.sources.exprs)
	clear(s.sources.bad)
	s.sources.inUse = false
}

// newFilePass returns the state of the analysis of the file at
// curFile, one of the package whose shared state is pkg.
func newFilePass(pass *analysis.Pass, cfg *Config, curFile inspector.Cursor, pkg *pkgState) *filePass {
	return &filePass{
		Pass:    pass,
		cfg:     cfg,
		file:    curFile.Node().(*ast.File),
		curFile: curFile,
		pkg:     pkg,
		reports: pkg.reports[:0],
	}
}

// codeField returns the field or getter behind e if e is a code
// expression: a code field, a call of a code getter, a local variable
// that holds a code, a dereference or numeric conversion of one, or a
// type assertion of an interface-typed code field. It returns nil if e
// is not a code.
func (fp *filePass) codeField(e ast.Expr) types.Object {
	return fp.codeFieldDepth(e, 0)
}

func (fp *filePass) codeFieldDepth(e ast.Expr, depth int) types.Object {
	if depth > 8 {
		return nil // a chain this long is not worth following
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		if !fp.cfg.isCodeFieldName(e.Sel.Name) {
			return nil // the name alone rules it out, without a look at the types
		}
		sel := fp.TypesInfo.Selections[e]
		if sel == nil || sel.Kind() != types.FieldVal {
			return nil // a qualified identifier or a method
		}
		field := sel.Obj().(*types.Var)
		if fp.isCodeField(sel.Recv(), field, sel.Index()) {
			return field
		}
		// d.Base.Code, where d's type embeds Base and is an envelope
		// with d.Code the very same field.
		if outer, ok := ast.Unparen(e.X).(*ast.SelectorExpr); ok {
			if osel := fp.TypesInfo.Selections[outer]; osel != nil && osel.Kind() == types.FieldVal && osel.Obj().(*types.Var).Embedded() {
				if promoted, _, _ := types.LookupFieldOrMethod(osel.Recv(), true, fp.Pkg, field.Name()); promoted == field {
					index := append(slices.Clone(osel.Index()), sel.Index()...)
					if fp.isCodeField(osel.Recv(), field, index) {
						return field
					}
				}
			}
		}
	case *ast.Ident:
		if v, ok := fp.TypesInfo.Uses[e].(*types.Var); ok {
			if src, ok := fp.codeVar(v); ok {
				return fp.codeFieldDepth(src, depth+1)
			}
		}
	case *ast.StarExpr:
		return fp.codeFieldDepth(e.X, depth+1)
	case *ast.CallExpr:
		if len(e.Args) == 1 && fp.TypesInfo.Types[e.Fun].IsType() && sameKind(fp.TypesInfo.TypeOf(e), fp.TypesInfo.TypeOf(e.Args[0])) {
			return fp.codeFieldDepth(e.Args[0], depth+1) // int64(r.Code), but not string(rune(r.Code))
		}
		if sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr); ok && len(e.Args) == 0 && isGetterName(sel.Sel.Name) {
			if fn, ok := fp.TypesInfo.Uses[sel.Sel].(*types.Func); ok && fp.isCodeGetter(fn) {
				return fn // r.GetCode()
			}
		}
		if fp.codeFuncs != nil {
			if fn := typeutil.StaticCallee(fp.TypesInfo, e); fn != nil && fp.codeFuncs[fn.Origin()] {
				return fn // codeOf(err), under -follow-functions
			}
		}
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return fp.codeFieldDepth(e.X, depth+1) // &r.Code
		}
	case *ast.TypeAssertExpr:
		// The type of a comma-ok assertion is a tuple: ask the asserted type.
		if e.Type != nil && isNumber(fp.TypesInfo.TypeOf(e.Type)) {
			return fp.codeFieldDepth(e.X, depth+1)
		}
	}
	return nil
}

// isCodeField reports whether field, selected from a value of type recv
// through the embedding path index, holds a result code: it is named by
// -code-fields, or it is the Code field of an envelope.
func (fp *filePass) isCodeField(recv types.Type, field *types.Var, index []int) bool {
	for _, ref := range fp.cfg.CodeFields {
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
	return isCodeType(field.Type()) && fp.isEnvelope(recv)
}

// isSDKError reports whether t, or what it points to, is the official
// SDK's errors.TencentCloudSDKError.
func isSDKError(t types.Type) bool {
	obj := namedObj(t)
	return obj != nil && obj.Name() == "TencentCloudSDKError" && obj.Pkg() != nil && isSDKErrorsPath(obj.Pkg().Path())
}

// perResource reports whether the code e belongs to one resource's
// result inside a batch answer: its envelope is an element of the
// Detail field of an envelope, reached by an index (resp.Detail[id].Code)
// or a range (for _, r := range resp.Detail { r.Code }), perhaps
// through locals. A single resource cannot be partly executed.
func (fp *filePass) perResource(e ast.Expr) bool {
	for depth := 0; depth < 8; depth++ {
		switch x := ast.Unparen(e).(type) {
		case *ast.SelectorExpr:
			base := ast.Unparen(x.X)
			if idx, ok := base.(*ast.IndexExpr); ok {
				return fp.isDetail(idx.X)
			}
			if id, ok := base.(*ast.Ident); ok {
				v, _ := fp.TypesInfo.Uses[id].(*types.Var)
				return v != nil && fp.isDetail(fp.rangedOver(v))
			}
			return false
		case *ast.Ident:
			v, _ := fp.TypesInfo.Uses[x].(*types.Var)
			src, ok := fp.codeVar(v)
			if !ok {
				return false
			}
			e = src
		case *ast.StarExpr:
			e = x.X
		case *ast.CallExpr:
			if len(x.Args) != 1 {
				return false
			}
			e = x.Args[0]
		case *ast.TypeAssertExpr:
			e = x.X
		default:
			return false
		}
	}
	return false
}

// isDetail reports whether e selects the Detail field of an envelope.
func (fp *filePass) isDetail(e ast.Expr) bool {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Detail" {
		return false
	}
	s := fp.TypesInfo.Selections[sel]
	return s != nil && s.Kind() == types.FieldVal && fp.isEnvelope(s.Recv())
}

// rangedOver returns the expression that v ranges over, if v is the
// value variable of a range statement of the file.
func (fp *filePass) rangedOver(v *types.Var) ast.Expr {
	if fp.ranges == nil {
		fp.ranges = make(map[*types.Var]ast.Expr)
		for cur := range fp.curFile.Preorder((*ast.RangeStmt)(nil)) {
			n := cur.Node().(*ast.RangeStmt)
			if id, ok := n.Value.(*ast.Ident); ok && n.Tok == token.DEFINE {
				if rv, ok := fp.TypesInfo.Defs[id].(*types.Var); ok {
					fp.ranges[rv] = n.X
				}
			}
		}
	}
	return fp.ranges[v]
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
func (fp *filePass) isCodeGetter(fn *types.Func) bool {
	is, ok := fp.pkg.getters[fn]
	if !ok {
		is = fp.computeCodeGetter(fn)
		fp.pkg.getters[fn] = is
	}
	return is
}

func (fp *filePass) computeCodeGetter(fn *types.Func) bool {
	sig := fn.Signature()
	if sig.Recv() == nil || sig.Params().Len() != 0 || sig.Results().Len() != 1 || !isGetterName(fn.Name()) {
		return false
	}
	b, ok := sig.Results().At(0).Type().Underlying().(*types.Basic)
	if !ok || b.Info()&(types.IsInteger|types.IsString) == 0 {
		return false
	}
	recv := sig.Recv().Type()
	for _, ref := range fp.cfg.CodeFields {
		if isNamed(recv, ref.PkgPath, ref.Type) {
			return true
		}
	}
	if b.Info()&types.IsString != 0 {
		return fn.Name() == "GetCode" && isSDKError(recv) // a version 3 code
	}
	obj, _, _ := types.LookupFieldOrMethod(recv, true, fn.Pkg(), "Code")
	code, ok := obj.(*types.Var)
	return ok && code.IsField() && isCodeType(code.Type()) && fp.isEnvelope(recv)
}

// isGetterName reports whether a method called name reads as a getter
// of a result code: Code, or a name that ends in ErrorCode, ErrCode,
// RetCode or ResultCode, with or without Get before it. StatusCode and
// the like are not: an envelope may well carry an HTTP status too.
func isGetterName(name string) bool {
	name = strings.TrimPrefix(name, "Get")
	switch {
	case name == "Code":
		return true
	case strings.HasSuffix(name, "ErrorCode"), strings.HasSuffix(name, "ErrCode"),
		strings.HasSuffix(name, "RetCode"), strings.HasSuffix(name, "ResultCode"):
		return true
	}
	return false
}

// isEnvelope reports whether t, or what it points to, is a struct with
// a Code field beside a string field named CodeDesc, directly or
// through embedding: the shape of every version 2 answer. JSON tags do
// not matter, since encoding/json matches names case-insensitively.
func (fp *filePass) isEnvelope(t types.Type) bool {
	t = deref(t)
	is, ok := fp.pkg.envelopes[t]
	if !ok {
		desc := fp.field(t, "CodeDesc")
		is = desc != nil && isString(deref(desc.Type()))
		fp.pkg.envelopes[t] = is
	}
	return is
}

// field returns the field of the struct type t (or of what t points
// to) called name, its own or promoted from an embedded field; nil if
// there is none.
func (fp *filePass) field(t types.Type, name string) *types.Var {
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
	obj, _, _ := types.LookupFieldOrMethod(t, true, fp.Pkg, name)
	v, _ := obj.(*types.Var)
	if v == nil || !v.IsField() {
		return nil
	}
	return v
}

// declaringType returns the type whose struct declares the field that
// the embedding path index leads to from recv.
func declaringType(recv types.Type, index []int) types.Type {
	t := deref(recv)
	for _, i := range index[:len(index)-1] {
		s, ok := t.Underlying().(*types.Struct)
		if !ok {
			return nil
		}
		t = deref(s.Field(i).Type())
	}
	return t
}

// isNamed reports whether t, or what it points to, is the named type
// pkgPath.name.
func isNamed(t types.Type, pkgPath, name string) bool {
	obj := namedObj(t)
	return obj != nil && obj.Pkg() != nil && obj.Pkg().Path() == pkgPath && obj.Name() == name
}

// namedObj returns the declaration of t, or of what it points to, if it
// is a named type (of a generic type, its origin's); nil otherwise.
func namedObj(t types.Type) *types.TypeName {
	if t == nil {
		return nil
	}
	n, ok := types.Unalias(deref(t)).(*types.Named)
	if !ok {
		return nil
	}
	return n.Origin().Obj()
}

func deref(t types.Type) types.Type {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// isCodeType reports whether a Code field of type t can hold a numeric
// code: an integer, a pointer to one, or an interface (which JSON fills
// with a float64 that the code then asserts).
func isCodeType(t types.Type) bool {
	t = deref(t)
	if _, ok := t.Underlying().(*types.Interface); ok {
		return !isTypeParam(t)
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// isNumber reports whether t is an integer or floating-point type.
func isNumber(t types.Type) bool {
	if t == nil || isTypeParam(t) {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&(types.IsInteger|types.IsFloat) != 0
}

// sameKind reports whether t and u are both numbers or both strings:
// a conversion between them keeps a code a code.
func sameKind(t, u types.Type) bool {
	return (isNumber(t) && isNumber(u)) || (t != nil && u != nil && isString(t) && isString(u))
}

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

func isTypeParam(t types.Type) bool {
	_, ok := types.Unalias(t).(*types.TypeParam)
	return ok
}

// localSources records, for each local variable of a number type (or
// pointer to one) of a declaration, what it is assigned from.
type localSources struct {
	// exprs holds the values that are not constants (zero values
	// included): a variable assigned only constants has an empty entry.
	exprs map[*types.Var][]ast.Expr
	bad   map[*types.Var]bool // address taken, incremented, or defined where no source is visible
	inUse bool                // of pkgState.sources: a search is using it
}

// codeVar reports whether v is a local variable that holds a code, and
// returns a code expression it is assigned from.
func (fp *filePass) codeVar(v *types.Var) (ast.Expr, bool) {
	if v == nil || v.IsField() || v.Parent() == nil || v.Parent() == fp.Pkg.Scope() {
		return nil, false // not a local variable
	}
	if fp.decls == nil {
		fp.decls = []inspector.Cursor{}
		for cur := range fp.curFile.Children() {
			if _, ok := cur.Node().(ast.Decl); ok {
				fp.decls = append(fp.decls, cur)
			}
		}
		fp.varsFound = make([]bool, len(fp.decls))
	}
	// The top-level declaration that declares v: a variable is used
	// only inside it, and its sources too.
	i, _ := slices.BinarySearchFunc(fp.decls, v.Pos(), func(c inspector.Cursor, p token.Pos) int { return cmp.Compare(c.Node().End(), p) })
	if i == len(fp.decls) || v.Pos() < fp.decls[i].Node().Pos() {
		return nil, false // declared in another file
	}
	if !fp.varsFound[i] {
		fp.varsFound[i] = true // before the search, which looks up the declaration's variables
		fp.findCodeVars(fp.decls[i])
	}
	src, ok := fp.codeVars[v]
	return src, ok
}

// findCodeVars adds to fp.codeVars the local variables of the top-level
// declaration at decl that are assigned from at least one code
// expression and otherwise only from code expressions and constants,
// and whose address is never taken.
func (fp *filePass) findCodeVars(decl inspector.Cursor) {
	src := fp.pkg.sources
	if src.inUse {
		// Not expected: a declaration's sources resolve within it.
		src = localSources{exprs: make(map[*types.Var][]ast.Expr), bad: make(map[*types.Var]bool)}
	} else {
		fp.pkg.sources.inUse = true
		defer func() {
			clear(src.exprs) // the space, for the next declaration
			clear(src.bad)
			fp.pkg.sources.inUse = false
		}()
	}
	for cur := range decl.Preorder(sourceTypes...) {
		switch n := cur.Node().(type) {
		case *ast.AssignStmt:
			switch {
			case n.Tok != token.ASSIGN && n.Tok != token.DEFINE:
				for _, lhs := range n.Lhs {
					fp.markBad(src, lhs) // x += 1 and friends
				}
			case len(n.Lhs) == len(n.Rhs):
				for i, lhs := range n.Lhs {
					fp.addSource(src, lhs, n.Rhs[i])
				}
			case len(n.Rhs) == 1:
				// v, ok := x.(T), m[k], <-ch; or a, b := f().
				if assert, ok := ast.Unparen(n.Rhs[0]).(*ast.TypeAssertExpr); ok {
					fp.addSource(src, n.Lhs[0], assert)
					for _, lhs := range n.Lhs[1:] {
						fp.markBad(src, lhs)
					}
				} else {
					for _, lhs := range n.Lhs {
						fp.markBad(src, lhs)
					}
				}
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				switch {
				case len(n.Values) == 0:
					fp.addSource(src, name, nil) // the zero value
				case len(n.Values) == len(n.Names):
					fp.addSource(src, name, n.Values[i])
				default:
					fp.markBad(src, name)
				}
			}
		case *ast.RangeStmt:
			fp.markBad(src, n.Key)
			fp.markBad(src, n.Value)
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				fp.markBad(src, n.X)
			}
		case *ast.IncDecStmt:
			fp.markBad(src, n.X)
		}
	}

	// Start from every candidate and drop those with a source that is
	// not a code, until nothing changes: this keeps chains (a := r.Code;
	// b := a) and cycles (a = b; b = a) alike.
	if fp.codeVars == nil {
		fp.codeVars = make(map[*types.Var]ast.Expr)
	}
	var candidates []*types.Var
	for v, exprs := range src.exprs {
		if !src.bad[v] && len(exprs) > 0 {
			fp.codeVars[v] = exprs[0]
			candidates = append(candidates, v)
		}
	}
	for changed := true; changed; {
		changed = false
		for _, v := range candidates {
			if _, ok := fp.codeVars[v]; !ok {
				continue // dropped already
			}
			for _, e := range src.exprs[v] {
				if fp.codeField(e) == nil {
					delete(fp.codeVars, v)
					changed = true
					break
				}
			}
		}
	}
}

// sourceTypes are the types of the nodes findCodeVars looks at.
var sourceTypes = []ast.Node{
	(*ast.AssignStmt)(nil),
	(*ast.ValueSpec)(nil),
	(*ast.RangeStmt)(nil),
	(*ast.UnaryExpr)(nil),
	(*ast.IncDecStmt)(nil),
}

// localVar returns the local variable that the identifier e defines or
// uses, if it is one of a number or string type, or a pointer to one,
// and whether e defines it.
func (fp *filePass) localVar(e ast.Expr) (*types.Var, bool) {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil, false
	}
	obj, defined := fp.TypesInfo.Defs[id], true
	if obj == nil {
		obj, defined = fp.TypesInfo.Uses[id], false
	}
	v, ok := obj.(*types.Var)
	if !ok || v.IsField() || v.Parent() == nil || v.Parent() == fp.Pkg.Scope() {
		return nil, false // not a local variable
	}
	if t := deref(v.Type()); !isNumber(t) && !isString(t) {
		return nil, false
	}
	return v, defined
}

// addSource records that lhs is assigned rhs (nil: a zero value).
// Variables only ever assigned, never defined in a := or var in this
// file (parameters, results), are marked bad: their value comes from
// elsewhere.
func (fp *filePass) addSource(src localSources, lhs, rhs ast.Expr) {
	v, defined := fp.localVar(lhs)
	if v == nil {
		return
	}
	exprs, seen := src.exprs[v]
	if !defined && !seen {
		src.bad[v] = true // assigned before (or without) its definition: a parameter
		return
	}
	if rhs != nil && !fp.isConstant(rhs) {
		exprs = append(exprs, rhs)
	}
	src.exprs[v] = exprs
}

func (fp *filePass) markBad(src localSources, e ast.Expr) {
	if v, _ := fp.localVar(e); v != nil {
		src.bad[v] = true
	}
}

// isConstant reports whether e has a constant value.
func (fp *filePass) isConstant(e ast.Expr) bool {
	return fp.constValue(e) != nil
}

// constValue returns the value of e if it is a constant expression: a
// literal, a named constant, any constant expression; nil otherwise.
func (fp *filePass) constValue(e ast.Expr) constant.Value {
	return fp.TypesInfo.Types[e].Value
}
