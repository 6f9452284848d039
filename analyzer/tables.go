package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"iter"

	"golang.org/x/tools/go/types/typeutil"
)

// This file finds tables of codes: map literals whose keys a lookup
// compares with a code (transient[resp.Code], for var transient =
// map[int]bool{5100: true, 6200: true}), and slice or array literals
// searched for one (slices.Contains([]int{4200, 4500}, resp.Code), or a
// range over the list whose value is compared with a code). The keys or
// elements of such a table are codes, as the values compared with a
// code are.

// A codeTable is a composite literal whose keys (of a map) or elements
// (of a slice or an array) are codes.
type codeTable struct {
	codes []codeRef // the codes it is consulted with, in order
}

// tableUse is what one use of a table candidate says of it.
type tableUse uint8

const (
	codeUse    tableUse = iota + 1 // consulted with a code
	nonCodeUse                     // consulted with something else, or used another way
)

// codeTables returns the package's tables of codes, found when first
// needed: literals consulted only with codes, directly or through a
// variable that is given the literal once and used only to consult it.
func (r *resolver) codeTables() map[*ast.CompositeLit]codeTable {
	if r.tables != nil {
		return r.tables
	}
	r.tables = make(map[*ast.CompositeLit]codeTable)

	// The variables given a table literal once: package-level ones
	// never assigned again, locals assigned once.
	literalOf := make(map[*types.Var]*ast.CompositeLit)
	for _, file := range r.files {
		ast.Inspect(file, func(n ast.Node) bool {
			var names []*ast.Ident
			var values []ast.Expr
			switch n := n.(type) {
			case *ast.ValueSpec:
				names, values = n.Names, n.Values
			case *ast.AssignStmt:
				if n.Tok == token.DEFINE {
					for _, lhs := range n.Lhs {
						id, _ := lhs.(*ast.Ident)
						names = append(names, id)
					}
					values = n.Rhs
				}
			}
			if len(names) != len(values) {
				return true
			}
			for i, name := range names {
				v, _ := r.info.Defs[name].(*types.Var)
				if lit := tableLiteral(r.info, values[i]); v != nil && lit != nil {
					literalOf[v] = lit
				}
			}
			return true
		})
	}

	uses := make(map[*ast.CompositeLit]tableUse)
	codes := make(map[*ast.CompositeLit][]codeRef)
	note := func(lit *ast.CompositeLit, use tableUse, code ...codeRef) {
		codes[lit] = append(codes[lit], code...)
		uses[lit] = max(uses[lit], use)
	}
	for _, file := range r.files {
		test := r.inTestFile(file.Pos())
		ast.PreorderStack(file, nil, func(n ast.Node, stack []ast.Node) bool {
			var lit *ast.CompositeLit
			switch n := n.(type) {
			case *ast.CompositeLit:
				lit = tableLiteral(r.info, n)
				if lit == nil || len(stack) == 0 {
					return true
				}
				switch stack[len(stack)-1].(type) {
				case *ast.ValueSpec, *ast.AssignStmt:
					return true // a variable's value: its uses count
				}
			case *ast.Ident:
				v, ok := r.info.Uses[n].(*types.Var)
				if !ok || literalOf[v] == nil {
					return true
				}
				lit = literalOf[v]
				if test && !r.inTestFile(lit.Pos()) {
					return true // the tests' uses count for the tests' tables only
				}
				if l := r.local(v); l != nil && l.alias != ast.Expr(lit) {
					note(lit, nonCodeUse) // given another value too
					return true
				}
				if v.Parent() == r.pkg.Scope() && r.assigned(v) {
					note(lit, nonCodeUse)
					return true
				}
			default:
				return true
			}
			if code, ok := r.consults(n.(ast.Expr), stack); ok {
				note(lit, codeUse, code...)
			} else {
				note(lit, nonCodeUse)
			}
			return true
		})
	}
	for lit, use := range uses {
		if use == codeUse {
			r.tables[lit] = codeTable{codes: codes[lit]}
		}
	}
	return r.tables
}

// tableLiteral returns e as a map literal with number or string keys,
// or a slice or array literal of numbers or strings; nil otherwise.
func tableLiteral(info *types.Info, e ast.Expr) *ast.CompositeLit {
	lit, ok := ast.Unparen(e).(*ast.CompositeLit)
	if !ok {
		return nil
	}
	switch t := info.TypeOf(lit).Underlying().(type) {
	case *types.Map:
		if isNumber(t.Key()) || isString(t.Key()) {
			return lit
		}
	case *types.Slice:
		if isNumber(t.Elem()) || isString(t.Elem()) {
			return lit
		}
	case *types.Array:
		if isNumber(t.Elem()) || isString(t.Elem()) {
			return lit
		}
	}
	return nil
}

// consults reports whether e, a table or a variable that holds one, is
// consulted with a code where it stands (stack holds its ancestors):
// indexed with one (a map), given to slices.Contains or slices.Index
// with one, or ranged over with a value (a key, for a map) that is only
// compared with codes. It returns the codes.
func (r *resolver) consults(e ast.Expr, stack []ast.Node) ([]codeRef, bool) {
	if len(stack) == 0 {
		return nil, false
	}
	one := func(e ast.Expr) ([]codeRef, bool) {
		c, ok := r.code(e)
		return []codeRef{c}, ok
	}
	switch parent := stack[len(stack)-1].(type) {
	case *ast.IndexExpr:
		if parent.X == e {
			if _, isMap := r.info.TypeOf(e).Underlying().(*types.Map); isMap {
				return one(parent.Index) // transient[resp.Code]
			}
		}
	case *ast.CallExpr:
		fn := typeutil.StaticCallee(r.info, parent)
		if fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "slices" && (fn.Name() == "Contains" || fn.Name() == "Index") &&
			len(parent.Args) == 2 && parent.Args[0] == e {
			return one(parent.Args[1]) // slices.Contains(list, resp.Code)
		}
	case *ast.RangeStmt:
		if parent.X != e {
			break
		}
		elem := parent.Value // the element of a slice or an array
		if _, isMap := r.info.TypeOf(e).Underlying().(*types.Map); isMap {
			elem = parent.Key // the key of a map
		}
		id, ok := elem.(*ast.Ident)
		if !ok || parent.Tok != token.DEFINE {
			break
		}
		if v, ok := r.info.Defs[id].(*types.Var); ok {
			return r.comparedWithCodes(v, parent.Body)
		}
	}
	return nil, false
}

// comparedWithCodes reports whether every use of v in body, at least
// one, is one side of an equality test whose other side is a code; it
// returns those codes.
func (r *resolver) comparedWithCodes(v *types.Var, body *ast.BlockStmt) ([]codeRef, bool) {
	var codes []codeRef
	other := false
	ast.PreorderStack(body, nil, func(n ast.Node, stack []ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok || r.info.Uses[id] != v || other {
			return !other
		}
		bin, ok := stack[len(stack)-1].(*ast.BinaryExpr)
		if !ok || bin.Op != token.EQL && bin.Op != token.NEQ {
			other = true
			return false
		}
		peer := bin.Y
		if bin.Y == ast.Expr(id) {
			peer = bin.X
		}
		code, ok := r.code(peer)
		if !ok {
			other = true
			return false
		}
		codes = append(codes, code)
		return true
	})
	return codes, len(codes) > 0 && !other
}

// assigned reports whether the package-level variable v is assigned,
// or its address taken, in the package: in test files only if v is
// declared in one, so that a package and its test variant agree.
func (r *resolver) assigned(v *types.Var) bool {
	if r.assignedVars == nil {
		r.assignedVars = make(map[*types.Var]bool)
		for _, file := range r.files {
			test := r.inTestFile(file.Pos())
			mark := func(e ast.Expr) {
				if id, ok := ast.Unparen(e).(*ast.Ident); ok {
					if v, ok := r.info.Uses[id].(*types.Var); ok && (!test || r.inTestFile(v.Pos())) {
						r.assignedVars[v] = true
					}
				}
			}
			ast.Inspect(file, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.AssignStmt:
					for _, lhs := range n.Lhs {
						mark(lhs)
					}
				case *ast.UnaryExpr:
					if n.Op == token.AND {
						mark(n.X)
					}
				case *ast.IncDecStmt:
					mark(n.X)
				}
				return true
			})
		}
	}
	return r.assignedVars[v]
}

// tablesIn yields the tables of codes among the literals of the file
// whose sites are s, in order. It looks for the package's tables only if
// the file has a literal that could be one.
func (r *resolver) tablesIn(s *fileSites) iter.Seq2[*ast.CompositeLit, codeTable] {
	return func(yield func(*ast.CompositeLit, codeTable) bool) {
		for _, n := range s.literals {
			if tableLiteral(r.info, n) == nil {
				continue
			}
			if t, ok := r.codeTables()[n]; ok && !yield(n, t) {
				return
			}
		}
	}
}

// tableEntries yields the keys of the map literal n, or the elements of
// the slice or array literal n, with their type.
func tableEntries(r *resolver, n *ast.CompositeLit) iter.Seq2[ast.Expr, types.Type] {
	return func(yield func(ast.Expr, types.Type) bool) {
		switch t := r.info.TypeOf(n).Underlying().(type) {
		case *types.Map:
			for _, elt := range n.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok && !yield(kv.Key, t.Key()) {
					return
				}
			}
		case *types.Slice, *types.Array:
			elem := t.(interface{ Elem() types.Type }).Elem()
			for _, elt := range n.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok {
					elt = kv.Value // []int{2: 4000}: the index is no code
				}
				if !yield(elt, elem) {
					return
				}
			}
		}
	}
}
