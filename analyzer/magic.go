package analyzer

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/analysis"
)

// This file holds the magic check: integer literals used as result codes.

// A magic is a literal used as a result code: an integer for version
// 2, a string for version 3.
type magic struct {
	lit      *ast.BasicLit
	value    int64        // the code, if an integer
	text     string       // the code, if a string
	isString bool         // whether it is a string
	codeType types.Type   // the type of the code the literal stands for
	field    types.Object // the code field or getter behind the code
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

// reportMagic adds the magic literals found to fp.reports.
func (fp *filePass) reportMagic(found []magic) {
	if len(found) == 0 {
		return
	}
	sites := make([]token.Pos, len(found))
	for i, m := range found {
		sites[i] = m.lit.Pos()
	}
	imp := newImports(fp, sites)
	for _, m := range found {
		fp.reports = append(fp.reports, fp.magicReport(imp, m))
	}
}

// magicAt returns the magic literal e, of value v, if it is a literal
// that stands for the code behind field, of type codeType.
func (fp *filePass) magicAt(e ast.Expr, v constant.Value, codeType types.Type, field types.Object) (magic, bool) {
	m, ok := fp.magicLiteral(e, v)
	if !ok || !m.fits(codeType) {
		return magic{}, false // not a literal, 0 without -zero, or not of the code's kind
	}
	m.codeType, m.field = codeType, field
	return m, true
}

// assignMagic appends to found the literals that n assigns to codes:
// r.Code = 4100.
func (fp *filePass) assignMagic(n *ast.AssignStmt, found []magic) []magic {
	if n.Tok != token.ASSIGN || len(n.Lhs) != len(n.Rhs) {
		return found // a definition, an op-assignment, or a call's results
	}
	for i, lhs := range n.Lhs {
		if _, ok := ast.Unparen(lhs).(*ast.Ident); ok {
			continue // a local variable, not a field of an answer
		}
		m, ok := fp.magicLiteral(n.Rhs[i], fp.constValue(n.Rhs[i]))
		if !ok || !m.fits(fp.TypesInfo.TypeOf(lhs)) {
			continue
		}
		if m.field = fp.codeField(lhs); m.field != nil {
			m.codeType = fp.TypesInfo.TypeOf(lhs)
			found = append(found, m)
		}
	}
	return found
}

// compositeMagic appends to found the literals that the struct literal
// n gives its code fields: Response{Code: 4100}.
func (fp *filePass) compositeMagic(n *ast.CompositeLit, found []magic) []magic {
	t := fp.TypesInfo.TypeOf(n)
	if t == nil {
		return found
	}
	st, ok := deref(t).Underlying().(*types.Struct)
	if !ok {
		return found // a map or slice: its elements are visited on their own
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
		field, ok := fp.TypesInfo.Uses[key].(*types.Var)
		if !ok || !field.IsField() {
			continue
		}
		m, ok := fp.magicLiteral(kv.Value, fp.constValue(kv.Value))
		if !ok {
			continue
		}
		if !m.fits(field.Type()) || !fp.isCodeField(t, field, []int{fieldIndex(st, field)}) {
			continue // not a code field
		}
		m.field, m.codeType = field, field.Type()
		found = append(found, m)
	}
	return found
}

// magicLiteral reports whether e, of constant value v (nil if none), is
// a literal, perhaps in parentheses, with a value that the check
// reports: an integer but 0 (0 too under -zero), or a non-empty string.
func (fp *filePass) magicLiteral(e ast.Expr, v constant.Value) (magic, bool) {
	lit, ok := ast.Unparen(e).(*ast.BasicLit)
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
		if !ok || n < 0 || (n == 0 && !fp.cfg.Zero) {
			return magic{}, false // 4000.5 is no code
		}
		return magic{lit: lit, value: n}, true
	}
	return magic{}, false
}

func fieldIndex(st *types.Struct, field *types.Var) int {
	for i := range st.NumFields() {
		if st.Field(i) == field {
			return i
		}
	}
	return 0
}

// magicReport returns the report of m, with a fix if a named constant
// of its value can replace it without changing what the code means.
func (fp *filePass) magicReport(imp *imports, m magic) report {
	r := report{diag: analysis.Diagnostic{
		Pos:      m.lit.Pos(),
		End:      m.lit.End(),
		Category: "magic",
	}}

	var (
		text    string // the qualified constant the fix writes
		imports []analysis.TextEdit
		ok      bool
	)
	if m.isString {
		// An existing constant first: the SDK's product packages name
		// their codes (cvm.INTERNALERROR). Then package tccode.
		v3, isCommon := v3Codes[m.text]
		hint := "name it with a constant"
		if c := fp.stringConstant(m); c != nil {
			text, imports, ok = imp.qualify(c.Pkg().Path(), c.Pkg().Name(), c.Name(), m.lit.Pos())
			hint = "use " + text
		}
		if !ok && isCommon {
			text, imports, ok = imp.qualify(tccodePath, "tccode", v3.name, m.lit.Pos())
			hint = "use tccode." + v3.name
		}
		if !ok {
			hint = "name it with a constant"
		}
		meaning := ""
		if isCommon {
			meaning = " (" + v3.meaning + ")"
		}
		r.diag.Message = fmt.Sprintf("magic TencentCloud code %s%s; %s", m.lit.Value, meaning, hint)
	} else if common, isCommon := commonCodes[m.value]; isCommon {
		text, imports, ok = imp.qualify(tccodePath, "tccode", common.name, m.lit.Pos())
		r.diag.Message = commonMessages[m.value]
	} else {
		c := fp.namedConstant(m)
		if c != nil {
			text, imports, ok = imp.qualify(c.Pkg().Path(), c.Pkg().Name(), c.Name(), m.lit.Pos())
		}
		r.diag.Message = fmt.Sprintf("magic TencentCloud code %d, a product-specific code outside the common table", m.value)
		if ok {
			r.diag.Message += "; use " + text
		} else {
			r.diag.Message += "; name it with a constant"
		}
	}

	if ok {
		// case 5400: // partial
		//      ----
		// case tccode.PartiallyExecuted: // partial
		r.imports = imports
		lit := imp.literal(m.lit.Value, text)
		r.literal = analysis.TextEdit{Pos: m.lit.Pos(), End: m.lit.End(), NewText: lit.newText}
		r.fixMessage = lit.message
	}
	return r
}

// commonMessages holds the magic check's message for each common code.
var commonMessages = func() map[int64]string {
	messages := make(map[int64]string, len(commonCodes))
	for value, c := range commonCodes {
		messages[value] = "magic TencentCloud code " + strconv.FormatInt(value, 10) + " (" + c.meaning + "); use tccode." + c.name
	}
	return messages
}()
