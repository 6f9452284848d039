package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"iter"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// This file is the find stage's one walk of a file: it gathers what the
// checks look at (comparisons of codes with constants, switches on
// codes, if chains, assignments and composite literals), resolving
// each comparison and switch once, for all the checks.

// A comparison is an equality test of a code with a constant, either
// way round: r.Code == 4100, 0 != code, e.GetCode() == "InternalError".
type comparison struct {
	cur   inspector.Cursor // at the *ast.BinaryExpr
	node  *ast.BinaryExpr
	side  ast.Expr // the code side
	code  codeRef
	value ast.Expr       // the constant side
	val   constant.Value // its value
}

// intValue returns the value of c's constant if c compares a number
// code with an integer constant: a comparison that can handle a code.
func (c comparison) intValue() (int64, bool) {
	if !c.code.isNumber() {
		return 0, false
	}
	return int64Of(c.val)
}

// A codeSwitch is a switch statement whose tag is a code.
type codeSwitch struct {
	cur   inspector.Cursor // at the *ast.SwitchStmt
	node  *ast.SwitchStmt
	code  codeRef
	cases []caseValue // its constant case values, in order
}

// A caseValue is a constant case value of a switch on a code.
type caseValue struct {
	expr   ast.Expr
	val    constant.Value
	clause *ast.CaseClause
}

// A fileSites holds what the walk of one file found.
type fileSites struct {
	comparisons []comparison
	byNode      map[*ast.BinaryExpr]int // index in comparisons
	switches    []codeSwitch
	tagless     []inspector.Cursor // tagless switches, whose comparisons are comparisons like any other
	chains      []inspector.Cursor // if statements that are not the else of another
	assigns     []*ast.AssignStmt
	literals    []*ast.CompositeLit

	tests map[answerID][]codeTest // by answer, made when first needed (testsOf)
}

// A codeTest is a comparison of an answer's number code with an integer
// constant, or a case of one in a switch on the code.
type codeTest struct {
	node  ast.Node // the comparison, or the case value
	value int64
}

// testsOf returns the tests of the code of the answer id in the file.
func (s *fileSites) testsOf(id answerID) []codeTest {
	if s.tests == nil {
		s.tests = make(map[answerID][]codeTest)
		for _, c := range s.comparisons {
			if v, ok := c.intValue(); ok {
				s.tests[c.code.answer.id] = append(s.tests[c.code.answer.id], codeTest{c.node, v})
			}
		}
		for _, sw := range s.switches {
			if !sw.code.isNumber() {
				continue
			}
			for _, cv := range sw.cases {
				if v, ok := int64Of(cv.val); ok {
					s.tests[sw.code.answer.id] = append(s.tests[sw.code.answer.id], codeTest{cv.expr, v})
				}
			}
		}
	}
	return s.tests[id]
}

// codeValues yields the expressions of the file that a code is compared
// with, that a switch on a code has as a case, or that a code field is
// assigned (r.Code = 4200, not a local's code = 4200), each with the
// code.
func (s *fileSites) codeValues(r *resolver) iter.Seq2[ast.Expr, codeRef] {
	return func(yield func(ast.Expr, codeRef) bool) {
		for _, c := range s.comparisons {
			if !yield(c.value, c.code) {
				return
			}
		}
		for _, sw := range s.switches {
			for _, cv := range sw.cases {
				if !yield(cv.expr, sw.code) {
					return
				}
			}
		}
		for _, n := range s.assigns {
			for i, lhs := range n.Lhs {
				if _, ok := ast.Unparen(lhs).(*ast.Ident); ok {
					continue // a local variable, not a field of an answer
				}
				if code, ok := r.code(lhs); ok && !yield(n.Rhs[i], code) {
					return
				}
			}
		}
	}
}

// walk walks the file at curFile once and returns what the checks look
// at.
func walk(r *resolver, curFile inspector.Cursor) *fileSites {
	s := &fileSites{byNode: make(map[*ast.BinaryExpr]int)}
	for cur := range curFile.Preorder(walkNodes...) {
		switch n := cur.Node().(type) {
		case *ast.BinaryExpr:
			if c, ok := compare(r, cur, n); ok {
				s.byNode[n] = len(s.comparisons)
				s.comparisons = append(s.comparisons, c)
			}
		case *ast.SwitchStmt:
			if n.Tag == nil {
				s.tagless = append(s.tagless, cur)
				continue
			}
			code, ok := r.code(n.Tag)
			if !ok || !isNumber(code.typ) && !isString(code.typ) {
				continue // not a switch on a code
			}
			sw := codeSwitch{cur: cur, node: n, code: code}
			for _, stmt := range n.Body.List {
				clause := stmt.(*ast.CaseClause)
				for _, e := range clause.List {
					if v := r.constValue(e); v != nil {
						sw.cases = append(sw.cases, caseValue{e, v, clause})
					}
				}
			}
			s.switches = append(s.switches, sw)
		case *ast.IfStmt:
			if kind, _ := cur.ParentEdge(); kind != edge.IfStmt_Else {
				s.chains = append(s.chains, cur)
			}
		case *ast.AssignStmt:
			if n.Tok == token.ASSIGN && len(n.Lhs) == len(n.Rhs) {
				s.assigns = append(s.assigns, n)
			}
		case *ast.CompositeLit:
			s.literals = append(s.literals, n)
		}
	}
	return s
}

var walkNodes = []ast.Node{
	(*ast.BinaryExpr)(nil),
	(*ast.SwitchStmt)(nil),
	(*ast.IfStmt)(nil),
	(*ast.AssignStmt)(nil),
	(*ast.CompositeLit)(nil),
}

// compare returns the comparison that n is, if it compares a code with
// a constant.
func compare(r *resolver, cur inspector.Cursor, n *ast.BinaryExpr) (comparison, bool) {
	if n.Op != token.EQL && n.Op != token.NEQ {
		return comparison{}, false // an ordered comparison tests a range of codes
	}
	pairs := [2][2]ast.Expr{{n.X, n.Y}, {n.Y, n.X}}
	if _, lit := ast.Unparen(n.X).(*ast.BasicLit); lit {
		pairs[0], pairs[1] = pairs[1], [2]ast.Expr{} // 4100 == r.Code: the literal is the constant
	} else if _, lit := ast.Unparen(n.Y).(*ast.BasicLit); lit {
		pairs[1] = [2]ast.Expr{} // r.Code == 4100
	}
	for _, pair := range pairs {
		codeSide, value := pair[0], pair[1]
		if codeSide == nil {
			break
		}
		v := r.constValue(value)
		if v == nil {
			continue
		}
		code, ok := r.code(codeSide)
		if !ok || code.typ == nil || !isNumber(code.typ) && !isString(code.typ) {
			continue
		}
		return comparison{cur: cur, node: n, side: codeSide, code: code, value: value, val: v}, true
	}
	return comparison{}, false
}

// outermostFunc returns the function declaration around cur, or the
// outermost function literal where there is none: closures belong to
// the function they are written in.
func outermostFunc(cur inspector.Cursor) ast.Node {
	var fn ast.Node
	for c := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		fn = c.Node()
	}
	return fn
}

// innermostFunc returns the type and body of the function declaration
// or literal around cur, and whether there is one with a body.
func innermostFunc(cur inspector.Cursor) (*ast.FuncType, *ast.BlockStmt, bool) {
	for c := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		switch fn := c.Node().(type) {
		case *ast.FuncDecl:
			return fn.Type, fn.Body, fn.Body != nil
		case *ast.FuncLit:
			return fn.Type, fn.Body, true
		}
	}
	return nil, nil, false
}
