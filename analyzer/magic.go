package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"iter"
	"slices"
)

// This file holds the magic check's find stage: literals used as result
// codes. Its findings get their names and fixes in the fix stage.

// A magic is a literal used as a result code: an integer for version
// 2, a string for version 3.
type magic struct {
	lit      *ast.BasicLit
	value    int64        // the code, if an integer
	text     string       // the code, if a string
	isString bool         // whether it is a string
	codeType types.Type   // the type of the code the literal stands for
	field    types.Object // the code field or getter behind the code
	inTable  bool         // a key or element of a table of codes
	answers  []answerRef  // the answers whose codes it is compared with, or assigned to
}

// fits reports whether the literal of m can stand for a code of type t:
// an integer for a number, a string for a string. A pointer or an
// interface does not convert the literal to a code.
func (m magic) fits(t types.Type) bool {
	if m.isString {
		return t != nil && isString(t)
	}
	return isNumber(t)
}

// findMagic returns the magic literals of the file whose sites are s:
// compared with a code, a case of a switch on a code, assigned to a code
// field, or keyed to one in a composite literal. Under zero, 0 too.
func findMagic(r *resolver, zero bool, s *fileSites) []magic {
	var found []magic
	add := func(e ast.Expr, v constant.Value, code codeRef) {
		if m, ok := magicLiteral(r, e, v, zero); ok && m.fits(code.typ) {
			m.codeType, m.field, m.answers = code.typ, code.field, []answerRef{code.answer}
			found = append(found, m)
		}
	}
	for e, code := range s.codeValues(r) {
		add(e, r.constValue(e), code)
	}
	for _, n := range s.literals {
		found = compositeMagic(r, zero, n, found)
	}
	for n, t := range r.tablesIn(s) {
		var answers []answerRef
		for _, c := range t.codes {
			answers = append(answers, c.answer)
		}
		for e, typ := range tableEntries(r, n) {
			if m, ok := magicLiteral(r, e, r.constValue(e), zero); ok && m.fits(typ) {
				m.codeType, m.field, m.inTable, m.answers = typ, t.codes[0].field, true, answers
				found = append(found, m)
			}
		}
	}
	return found
}

// compositeMagic appends to found the literals that the struct literal
// n gives its code fields: Response{Code: 4100}.
func compositeMagic(r *resolver, zero bool, n *ast.CompositeLit, found []magic) []magic {
	for field, value := range codeFieldValues(r, n) {
		m, ok := magicLiteral(r, value, r.constValue(value), zero)
		if !ok || !m.fits(field.Type()) {
			continue
		}
		m.field, m.codeType = field, field.Type()
		found = append(found, m)
	}
	return found
}

// codeFieldValues yields the code fields that the struct literal n
// keys, with their values; those of an embedded part keyed with a
// literal of its own too, as the envelope's (Reply{header: header{Code:
// 5300}}, as r.header.Code).
func codeFieldValues(r *resolver, n *ast.CompositeLit) iter.Seq2[*types.Var, ast.Expr] {
	return func(yield func(*types.Var, ast.Expr) bool) {
		r.keyedCodes(n, nil, nil, yield)
	}
}

// keyedCodes yields the code fields that the struct literal n keys, as
// fields of recv (n's type if nil) at the index path prefix. It reports
// whether to go on.
func (r *resolver) keyedCodes(n *ast.CompositeLit, recv types.Type, prefix []int, yield func(*types.Var, ast.Expr) bool) bool {
	t := r.info.TypeOf(n)
	if t == nil {
		return true
	}
	st, ok := deref(t).Underlying().(*types.Struct)
	if !ok {
		return true // a map or slice: its elements are visited on their own
	}
	if recv == nil {
		recv = t
	}
	for _, elt := range n.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue // positional fields are not matched
		}
		key, ok := kv.Key.(*ast.Ident)
		if !ok {
			continue
		}
		field, ok := r.info.Uses[key].(*types.Var)
		if !ok || !field.IsField() {
			continue
		}
		index := append(slices.Clip(prefix), fieldIndex(st, field))
		if len(prefix) > 0 {
			// A part's field is the envelope's code only if the
			// envelope's Code is that very field: not one that a field
			// of the envelope's own shadows, nor one of two at the
			// same depth.
			if promoted, _, _ := types.LookupFieldOrMethod(recv, true, r.pkg, field.Name()); promoted != field {
				continue
			}
		}
		if r.isCodeField(recv, field, index) {
			if !yield(field, kv.Value) {
				return false
			}
			continue
		}
		if !field.Embedded() || len(index) > maxDepth {
			continue
		}
		value := ast.Unparen(kv.Value)
		if u, ok := value.(*ast.UnaryExpr); ok && u.Op == token.AND {
			value = ast.Unparen(u.X) // &header{...}
		}
		if inner, ok := value.(*ast.CompositeLit); ok && !r.keyedCodes(inner, recv, index, yield) {
			return false
		}
	}
	return true
}

// magicLiteral reports whether e, of constant value v (nil if none), is
// a literal, perhaps in parentheses or converted (int32(4300),
// ErrCode(5300)), with a value that the check reports: an integer but 0
// (0 too under zero), or a non-empty string. The fix replaces the
// literal and keeps the conversion: int32(tccode.AccessDenied).
func magicLiteral(r *resolver, e ast.Expr, v constant.Value, zero bool) (magic, bool) {
	lit, ok := literalOf(r, e).(*ast.BasicLit)
	if !ok || v == nil {
		return magic{}, false
	}
	switch lit.Kind {
	case token.STRING:
		text := constant.StringVal(v)
		if text == "" {
			return magic{}, false // no code at all
		}
		return magic{lit: lit, text: text, isString: true}, true
	case token.INT, token.FLOAT:
		n, ok := int64Of(v)
		if !ok || n < 0 || (n == 0 && !zero) {
			return magic{}, false // 4000.5 is no code
		}
		return magic{lit: lit, value: n}, true
	}
	return magic{}, false
}

// literalOf returns e without parentheses and conversions to a type.
func literalOf(r *resolver, e ast.Expr) ast.Expr {
	for range maxDepth {
		call, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok || len(call.Args) != 1 || call.Ellipsis.IsValid() || !r.info.Types[call.Fun].IsType() {
			break
		}
		e = call.Args[0]
	}
	return ast.Unparen(e)
}

func fieldIndex(st *types.Struct, field *types.Var) int {
	for i := range st.NumFields() {
		if st.Field(i) == field {
			return i
		}
	}
	return 0
}

// int64Of returns v as an int64, if it is an integer that fits.
func int64Of(v constant.Value) (int64, bool) {
	if v == nil {
		return 0, false
	}
	v = constant.ToInt(v)
	if v.Kind() != constant.Int {
		return 0, false
	}
	return constant.Int64Val(v)
}
