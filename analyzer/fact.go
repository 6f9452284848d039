package analyzer

import (
	"go/ast"
	"go/types"
	"reflect"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// This file follows codes and batch answers through functions across
// packages, which needs facts: whether func codeOf(err error) int
// returns a code, or whether retryFailed(resp) handles 5400, is known
// only in the package that declares it. Facts have a price: a driver
// that sees an analyzer with facts analyzes every dependency from
// source. So they live in a separate analyzer, tccodeflow, that the
// main one requires only under -follow-functions.

// returnsCode is the fact that a function returns a result code: it
// has one integer result, and each of its return statements returns a
// code or a constant, at least one of them a code.
type returnsCode struct{}

func (*returnsCode) AFact()         {}
func (*returnsCode) String() string { return "returnsCode" }

// handlesPartial is the fact that a function handles the partial
// success (5400) of the batch answers passed as the given parameters
// (0 the receiver, then the parameters from 1): see handoffs.
type handlesPartial struct {
	Params []int
}

func (*handlesPartial) AFact()         {}
func (*handlesPartial) String() string { return "handlesPartial" }

// codeFuncs holds the functions that return a code.
type codeFuncs map[*types.Func]bool

// A flowResult is the result of tccodeflow: the functions of the
// package, and those of other packages that it calls, that return a
// code; and the functions of other packages that it calls that handle
// partial success, with the parameters they handle it for.
type flowResult struct {
	codes   codeFuncs
	partial map[*types.Func][]int
}

// newFlowAnalyzer returns the tccodeflow analyzer for the settings of c.
func newFlowAnalyzer(c *checker) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:       "tccodeflow",
		Doc:        "find functions that return a TencentCloud result code, or handle a batch answer's partial success\n\nIt runs under tccodelint -follow-functions and reports nothing itself.",
		URL:        "https://pkg.go.dev/github.com/tccodelint/tccodelint/analyzer",
		Run:        c.runFlow,
		FactTypes:  []analysis.Fact{new(returnsCode), new(handlesPartial)},
		ResultType: reflect.TypeFor[*flowResult](),
	}
}

func (c *checker) runFlow(pass *analysis.Pass) (_ any, err error) {
	defer recoverInto(&err, pass)
	res := &flowResult{codes: make(codeFuncs), partial: make(map[*types.Func][]int)}
	root := inspector.New(pass.Files).Root()
	funcs := res.codes

	// The functions of other packages that this one calls, by their facts.
	for cur := range root.Preorder((*ast.CallExpr)(nil)) {
		fn, ok := typeutil.Callee(pass.TypesInfo, cur.Node().(*ast.CallExpr)).(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg() == pass.Pkg || funcs[fn] {
			continue // not a function of another package, or known already
		}
		if pass.ImportObjectFact(fn.Origin(), new(returnsCode)) {
			funcs[fn] = true
			funcs[fn.Origin()] = true
		}
		var h handlesPartial
		if pass.ImportObjectFact(fn.Origin(), &h) {
			res.partial[fn.Origin()] = h.Params
		}
	}

	// This package's own, as a greatest fixed point: start from every
	// function with one integer result and drop those with a return
	// that is not a code, until nothing changes. That keeps functions
	// that return each other's results.
	type candidate struct {
		fn      *types.Func
		returns []*ast.ReturnStmt
		calls   []*types.Func // the functions its body calls
	}
	var candidates []candidate
	for cur := range root.Preorder((*ast.FuncDecl)(nil)) {
		decl := cur.Node().(*ast.FuncDecl)
		fn, ok := pass.TypesInfo.Defs[decl.Name].(*types.Func)
		if !ok || decl.Body == nil || !returnsOneInteger(fn) {
			continue
		}
		cand := candidate{fn: fn}
		cur.Inspect([]ast.Node{(*ast.ReturnStmt)(nil), (*ast.FuncLit)(nil)}, func(r inspector.Cursor) bool {
			if ret, ok := r.Node().(*ast.ReturnStmt); ok {
				cand.returns = append(cand.returns, ret)
			}
			_, lit := r.Node().(*ast.FuncLit)
			return !lit // a literal's returns are its own
		})
		if len(cand.returns) > 0 {
			for call := range cur.Preorder((*ast.CallExpr)(nil)) {
				if callee := typeutil.StaticCallee(pass.TypesInfo, call.Node().(*ast.CallExpr)); callee != nil {
					cand.calls = append(cand.calls, callee)
				}
			}
			candidates = append(candidates, cand)
			funcs[fn] = true
		}
	}

	// Put the functions a candidate calls before it, as far as cycles
	// allow: each round of the fixed points below then sees the verdict
	// on a candidate's callees, among them those its locals are
	// assigned from, and a chain of calls settles in a round or two
	// rather than a round per link.
	index := make(map[*types.Func]int, len(candidates))
	for i, cand := range candidates {
		index[cand.fn] = i
	}
	visited := make([]bool, len(candidates))
	var ordered []candidate
	var visit func(i int)
	visit = func(i int) {
		if visited[i] {
			return
		}
		visited[i] = true
		for _, callee := range candidates[i].calls {
			if j, ok := index[callee.Origin()]; ok {
				visit(j)
			}
		}
		ordered = append(ordered, candidates[i])
	}
	for i := range candidates {
		visit(i)
	}
	candidates = ordered
	for changed := true; changed; {
		changed = false
		// Each round needs a fresh resolver: which locals hold codes
		// depends on the functions that return them.
		r := newResolver(pass.TypesInfo, pass.Pkg, &c.cfg, funcs, pass.Files, pass.Fset)
		for _, cand := range candidates {
			if !funcs[cand.fn] {
				continue
			}
			codes := 0
			for _, ret := range cand.returns {
				if len(ret.Results) != 1 {
					codes = -1 // a bare return of a named result
					break
				}
				switch _, isCode := r.code(ret.Results[0]); {
				case r.constValue(ret.Results[0]) != nil:
				case isCode:
					codes++
				default:
					codes = -1
				}
				if codes < 0 {
					break
				}
			}
			if codes <= 0 {
				delete(funcs, cand.fn)
				changed = true
			}
		}
	}

	// The fixed point above keeps functions that only return each
	// other's results, or their own (a recursion that ends in a
	// constant): a code must come from somewhere. So grow the final set
	// from nothing, as a least fixed point: a function joins once one of
	// its returns is a code through fields, getters, other packages'
	// functions and the functions already in.
	grounded := make(codeFuncs)
	for fn := range funcs {
		if fn.Pkg() != pass.Pkg {
			grounded[fn] = true // known by its fact
		}
	}
	for changed := true; changed; {
		changed = false
		r := newResolver(pass.TypesInfo, pass.Pkg, &c.cfg, grounded, pass.Files, pass.Fset)
		for _, cand := range candidates {
			if !funcs[cand.fn] || grounded[cand.fn] {
				continue
			}
			for _, ret := range cand.returns {
				if _, isCode := r.code(ret.Results[0]); isCode && r.constValue(ret.Results[0]) == nil {
					grounded[cand.fn] = true
					changed = true
					break
				}
			}
		}
	}
	for _, cand := range candidates {
		if grounded[cand.fn] {
			pass.ExportObjectFact(cand.fn, new(returnsCode))
		}
	}
	res.codes = grounded

	// The functions of the package that handle a batch answer's partial
	// success, for the packages that call them.
	h := newHandoffs(newResolver(pass.TypesInfo, pass.Pkg, &c.cfg, grounded, pass.Files, pass.Fset), res.partial)
	for cur := range root.Preorder((*ast.FuncDecl)(nil)) {
		decl := cur.Node().(*ast.FuncDecl)
		fn, ok := pass.TypesInfo.Defs[decl.Name].(*types.Func)
		if !ok || decl.Body == nil {
			continue
		}
		if params := h.summary(fn); len(params) > 0 {
			pass.ExportObjectFact(fn, &handlesPartial{Params: slices.Clone(params)})
		}
	}
	return res, nil
}

// returnsOneInteger reports whether fn has a single result, of an
// integer type.
func returnsOneInteger(fn *types.Func) bool {
	results := fn.Signature().Results()
	if results.Len() != 1 {
		return false
	}
	b, ok := results.At(0).Type().Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}
