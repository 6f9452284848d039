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

// checkMagic adds the file's magic codes to fp.reports.
func (fp *filePass) checkMagic() {
	found := fp.findMagic()
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

// findMagic returns the literals of the file used as codes, in order.
func (fp *filePass) findMagic() []magic {
	var found []magic
	add := func(lit ast.Expr, code ast.Expr, codeType types.Type) {
		m, ok := fp.magicLiteral(lit)
		if !ok {
			return // not a literal, or 0 without -zero
		}
		if !m.fits(codeType) {
			return // not of the code's kind
		}
		if m.field = fp.codeField(code); m.field == nil {
			return // not a code
		}
		m.codeType = codeType
		found = append(found, m)
	}

	nodes := []ast.Node{
		(*ast.BinaryExpr)(nil),
		(*ast.SwitchStmt)(nil),
		(*ast.AssignStmt)(nil),
		(*ast.CompositeLit)(nil),
	}
	for cur := range fp.curFile.Preorder(nodes...) {
		switch n := cur.Node().(type) {
		case *ast.BinaryExpr:
			if n.Op != token.EQL && n.Op != token.NEQ {
				continue // an ordered comparison tests a range of codes
			}
			add(n.Y, n.X, fp.TypesInfo.TypeOf(n.X))
			add(n.X, n.Y, fp.TypesInfo.TypeOf(n.Y))

		case *ast.SwitchStmt:
			if n.Tag == nil {
				continue // a tagless switch: its comparisons are BinaryExprs
			}
			for _, stmt := range n.Body.List {
				for _, e := range stmt.(*ast.CaseClause).List {
					add(e, n.Tag, fp.TypesInfo.TypeOf(n.Tag))
				}
			}

		case *ast.AssignStmt:
			if n.Tok != token.ASSIGN || len(n.Lhs) != len(n.Rhs) {
				continue // a definition, an op-assignment, or a call's results
			}
			for i, lhs := range n.Lhs {
				if _, ok := ast.Unparen(lhs).(*ast.Ident); ok {
					continue // a local variable, not a field of an answer
				}
				add(n.Rhs[i], lhs, fp.TypesInfo.TypeOf(lhs))
			}

		case *ast.CompositeLit:
			t := fp.TypesInfo.TypeOf(n)
			if t == nil {
				continue
			}
			st, ok := deref(t).Underlying().(*types.Struct)
			if !ok {
				continue // a map or slice: its elements are visited on their own
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
				m, ok := fp.magicLiteral(kv.Value)
				if !ok {
					continue
				}
				if !m.fits(field.Type()) || !fp.isCodeField(t, field, []int{fieldIndex(st, field)}) {
					continue // not a code field
				}
				m.field, m.codeType = field, field.Type()
				found = append(found, m)
			}
		}
	}
	return found
}

// magicLiteral reports whether e is a literal, perhaps in parentheses,
// with a value that the check reports: an integer but 0 (0 too under
// -zero), or a non-empty string.
func (fp *filePass) magicLiteral(e ast.Expr) (magic, bool) {
	lit, ok := ast.Unparen(e).(*ast.BasicLit)
	if !ok {
		return magic{}, false
	}
	tv, ok := fp.TypesInfo.Types[lit]
	if !ok || tv.Value == nil {
		return magic{}, false
	}
	switch lit.Kind {
	case token.STRING:
		text := constant.StringVal(tv.Value)
		if text == "" {
			return magic{}, false // no code at all
		}
		return magic{lit: lit, text: text, isString: true}, true
	case token.INT, token.FLOAT:
		v := constant.ToInt(tv.Value)
		if v.Kind() != constant.Int {
			return magic{}, false // 4000.5 is no code
		}
		n, exact := constant.Int64Val(v)
		if !exact || n < 0 || (n == 0 && !fp.cfg.Zero) {
			return magic{}, false
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
		r.diag.Message = "magic TencentCloud code " + strconv.FormatInt(m.value, 10) + " (" + common.meaning + "); use tccode." + common.name
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
		r.literal = analysis.TextEdit{Pos: m.lit.Pos(), End: m.lit.End(), NewText: []byte(text)}
		r.fixMessage = "Replace " + m.lit.Value + " with " + text
	}
	return r
}
