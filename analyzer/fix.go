package analyzer

import (
	"bytes"
	"cmp"
	"go/ast"
	"go/constant"
	"go/parser"
	"go/token"
	"go/types"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// This file builds what fixes need besides the new constant: a name
// for the constant's package that means that package at the fix site,
// and the import that brings it in.

// imports decides, for one file, how fixes refer to other packages.
type imports struct {
	f     *fileUnit
	sites []token.Pos                    // where the file's fixes write a constant, in order
	dots  bool                           // the file has a dot import
	fresh map[string]string              // by import path: the name a new import gets
	edits map[string][]analysis.TextEdit // by import path: the edit that adds it

	// placed holds, by the start of the line in an import block before
	// which new imports go, the specs put there (see pointEdit).
	placed map[token.Pos][]string
}

func newImports(f *fileUnit, sites []token.Pos) *imports {
	slices.Sort(sites)
	imp := &imports{
		f:      f,
		sites:  sites,
		fresh:  make(map[string]string),
		edits:  make(map[string][]analysis.TextEdit),
		placed: make(map[token.Pos][]string),
	}
	for _, spec := range f.file.Imports {
		imp.dots = imp.dots || spec.Name != nil && spec.Name.Name == "."
	}
	return imp
}

// qualify returns how to write the constant name of the package
// pkgPath (whose package name is pkgName) at pos, and the edits that
// import the package if the file does not import it yet. It reports
// false if the constant cannot be named there.
//
// An existing import is reused under its name (an alias included) if
// that name means the package at pos; a dot import, if the bare name
// means the constant. Otherwise the file gets a new import, under the
// package's name unless something else has that name at one of the
// file's fix sites, in which case under the first of name2, name3, ...
// that is free at all of them, so that every fix of the file adds the
// same import.
func (imp *imports) qualify(pkgPath, pkgName, name string, pos token.Pos) (string, []analysis.TextEdit, bool) {
	f := imp.f
	var scope *types.Scope // at pos, found when first needed
	lookup := func(name string) types.Object {
		if scope == nil {
			if scope = imp.scope(pos); scope == nil {
				return nil
			}
		}
		_, obj := scope.LookupParent(name, pos)
		return obj
	}
	if pkgPath == f.pass.Pkg.Path() || imp.dots {
		if c, ok := lookup(name).(*types.Const); ok && c.Pkg() != nil && c.Pkg().Path() == pkgPath && c.Parent() == c.Pkg().Scope() {
			return name, nil, true // declared in this package, or dot-imported
		}
		if pkgPath == f.pass.Pkg.Path() {
			return "", nil, false // shadowed in its own package
		}
	}
	imported := false
	for _, spec := range f.file.Imports {
		pkgName := f.pass.TypesInfo.PkgNameOf(spec)
		if pkgName == nil || pkgName.Imported().Path() != pkgPath {
			continue // another package, or a blank or dot import
		}
		if lookup(pkgName.Name()) == pkgName {
			return imp.text(pkgName.Name(), name), nil, true
		}
		// Imported under a name (or dot) that is hidden here. A blank
		// import gives no name: a named one beside it is no repeat.
		imported = imported || pkgName.Name() != "_"
	}
	if imported {
		return "", nil, false // never import a path twice
	}
	alias, ok := imp.fresh[pkgPath]
	if !ok {
		alias = imp.freshName(pkgName)
		imp.fresh[pkgPath] = alias
	}
	edits, ok := imp.edits[pkgPath]
	if !ok {
		specName := alias
		if alias == pkgName {
			specName = ""
		}
		edits = []analysis.TextEdit{imp.addImport(pkgPath, specName)}
		imp.edits[pkgPath] = edits
	}
	return imp.text(alias, name), edits, true
}

// text returns qualifier.name.
func (imp *imports) text(qualifier, name string) string { return qualifier + "." + name }

// freshName returns base, or base2, base3, ..., the first that names
// nothing at any of the file's fix sites.
func (imp *imports) freshName(base string) string {
	for i := 1; ; i++ {
		name := base
		if i > 1 {
			name += strconv.Itoa(i)
		}
		if !imp.nameInUse(name) && !imp.given(name) {
			return name // free, and not given to another package's import
		}
	}
}

// given reports whether a new import of the file already has the name.
func (imp *imports) given(name string) bool {
	for _, n := range imp.fresh {
		if n == name {
			return true
		}
	}
	return false
}

// nameInUse reports whether name means something at one of the sites.
func (imp *imports) nameInUse(name string) bool {
	file := imp.f.pass.TypesInfo.Scopes[imp.f.file]
	if file != nil {
		if _, obj := file.LookupParent(name, token.NoPos); obj != nil {
			return true // an import, or a package-level or universe name: seen everywhere
		}
	}
	// Only the local scopes around the sites can hide the name; look
	// in each of them once, and at each site only if one declares it.
	if file == nil || declaresAround(file, name, imp.sites) {
		for _, pos := range imp.sites {
			if scope := imp.scope(pos); scope != nil {
				if _, obj := scope.LookupParent(name, pos); obj != nil {
					return true
				}
			}
		}
	}
	// An import under this name in the file scope is visible at every
	// site and was caught above; a package-level declaration too, but
	// for those of the package's files that this build leaves out (test
	// files when the package is analyzed without them; files for other
	// platforms or build tags): the build that has them would not
	// compile.
	return imp.otherNames()[name]
}

// declaresAround reports whether a scope inside s that holds one of the
// positions sites (in order) declares name.
func declaresAround(s *types.Scope, name string, sites []token.Pos) bool {
	for child := range s.Children() {
		lo, _ := slices.BinarySearch(sites, child.Pos())
		hi, _ := slices.BinarySearch(sites, child.End())
		if lo < hi && (child.Lookup(name) != nil || declaresAround(child, name, sites[lo:hi])) {
			return true
		}
	}
	return false
}

// scope returns the innermost scope of the file at pos.
func (imp *imports) scope(pos token.Pos) *types.Scope {
	if file := imp.f.pass.TypesInfo.Scopes[imp.f.file]; file != nil {
		return file.Innermost(pos)
	}
	return imp.f.pass.Pkg.Scope().Innermost(pos)
}

// otherNames returns the package-level names declared in the Go files
// of the current file's directory that belong to its package and that
// the analysis does not see (its test files, when analyzed without
// them; those of other platforms and build tags, whatever their
// constraints), read from disk once per package.
func (imp *imports) otherNames() map[string]bool {
	f := imp.f
	if f.shared.otherNames != nil {
		return f.shared.otherNames
	}
	names := make(map[string]bool)
	f.shared.otherNames = names
	seen := make(map[string]bool)
	for _, file := range f.pass.Files {
		seen[f.pass.Fset.File(file.FileStart).Name()] = true
	}
	dir := filepath.Dir(f.pass.Fset.File(f.file.FileStart).Name())
	files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
	for _, name := range files {
		if seen[name] {
			continue // analyzed with the package: its names are in scope
		}
		other, err := parser.ParseFile(token.NewFileSet(), name, nil, parser.SkipObjectResolution)
		if err != nil || other.Name.Name != f.pass.Pkg.Name() {
			continue // unreadable, or another package (an external test, a program behind ignore)
		}
		for _, decl := range other.Decls {
			switch decl := decl.(type) {
			case *ast.FuncDecl:
				if decl.Recv == nil {
					names[decl.Name.Name] = true
				}
			case *ast.GenDecl:
				for _, spec := range decl.Specs {
					switch spec := spec.(type) {
					case *ast.ValueSpec:
						for _, n := range spec.Names {
							names[n.Name] = true
						}
					case *ast.TypeSpec:
						names[spec.Name.Name] = true
					}
				}
			}
		}
	}
	return names
}

// addImport returns the edit that imports path under name ("" for the
// package's own name). It adds the import to the file's last import
// block in sorted position, in the group of non-standard imports if
// there is one and that position is not between two imports with
// trailing comments, or in a new group otherwise; with no block, it adds a
// new declaration after the last import, or after the package clause.
func (imp *imports) addImport(path, name string) analysis.TextEdit {
	f := imp.f
	spec := strconv.Quote(path)
	if name != "" {
		spec = name + " " + spec
	}
	tok := f.pass.Fset.File(f.file.FileStart)
	lineStart := func(line int) token.Pos { return tok.LineStart(line) }
	line := func(p token.Pos) int { return rawLine(tok, p) }

	// after returns the last line of what ends at p: its line, or the
	// last line of the comments that start on it after p (package p /*
	// a<newline>b */); and whether nothing but comments follows p up to
	// the end of that line: a declaration there (import "fmt"; var _ =
	// ..., or package p /*<newline>*/ type T ...) leaves no line
	// between.
	// Within an import block, the next spec and the closing parenthesis
	// count as declarations.
	after := func(p token.Pos, block *ast.GenDecl) (int, bool) {
		l := line(p)
		for _, group := range f.file.Comments {
			if group.Pos() >= p && line(group.Pos()) <= l {
				l = max(l, line(group.End())) // comments come in order
			}
		}
		next := func(q token.Pos) bool { return q >= p && line(q) <= l }
		if slices.ContainsFunc(f.file.Decls, func(d ast.Decl) bool { return next(d.Pos()) }) {
			return l, false
		}
		if block != nil && (next(block.Rparen) || slices.ContainsFunc(block.Specs, func(s ast.Spec) bool { return next(specStart(s.(*ast.ImportSpec))) })) {
			return l, false
		}
		return l, true
	}

	// before returns the start of p's line, and whether a line can go
	// there: not inside a comment that runs across it (/*<newline>*/ "b").
	before := func(p token.Pos) (token.Pos, bool) {
		at := lineStart(line(p))
		for _, group := range f.file.Comments {
			for _, c := range group.List {
				if c.Pos() < at && at < c.End() {
					return at, false
				}
			}
		}
		return at, true
	}

	var lastImport, block *ast.GenDecl
	for _, decl := range f.file.Decls {
		gen, ok := decl.(*ast.GenDecl)
		if !ok || gen.Tok != token.IMPORT {
			break // imports come first
		}
		lastImport = gen
		if gen.Lparen.IsValid() && len(gen.Specs) > 0 && !importsC(gen) && line(gen.Rparen) > line(gen.Specs[len(gen.Specs)-1].End()) {
			block = gen
		}
	}

	if block != nil {
		// Split the block into groups at blank lines.
		var groups [][]*ast.ImportSpec
		for i, s := range block.Specs {
			is := s.(*ast.ImportSpec)
			if i == 0 || line(specStart(is)) > line(specEnd(block.Specs[i-1].(*ast.ImportSpec)))+1 {
				groups = append(groups, nil)
			}
			groups[len(groups)-1] = append(groups[len(groups)-1], is)
		}
		var group []*ast.ImportSpec
		for _, g := range slices.Backward(groups) {
			if slices.ContainsFunc(g, func(is *ast.ImportSpec) bool { return !isStdPath(importPath(is)) }) {
				group = g
				break
			}
		}
		if i := slices.IndexFunc(group, func(is *ast.ImportSpec) bool { return sortsAfter(is, path, name) }); i > 0 && group[i-1].Comment != nil && group[i].Comment != nil {
			// gofmt aligns the trailing comments of consecutive
			// specs: one without a comment between them would split
			// their run and realign them. The import gets a group of
			// its own.
			group = nil
		}
		if group == nil {
			// import (
			// 	"fmt"
			// +
			// +	"github.com/tccodelint/tccodelint/tccode"
			// )
			if at, ok := before(block.Rparen); ok {
				return analysis.TextEdit{Pos: at, End: at, NewText: []byte("\n\t" + spec + "\n")}
			}
			return analysis.TextEdit{Pos: block.Rparen, End: block.Rparen, NewText: []byte("\n\t" + spec + "\n")}
		}
		// Before the first import that sorts after ours, else after the group.
		last := group[len(group)-1]
		l, alone := after(last.End(), block)
		at, text, lined := lineStart(l+1), "\t"+spec+"\n", alone
		if !alone {
			at, text = last.End(), "\n\t"+spec // "a" /*<newline>*/ "b"
		}
		for _, is := range group {
			if sortsAfter(is, path, name) {
				if at, lined = before(specStart(is)); lined {
					text = "\t" + spec + "\n"
				} else {
					at, text = specStart(is), spec+"\n\t"
				}
				break
			}
		}
		if lined {
			return imp.place(at, spec)
		}
		return analysis.TextEdit{Pos: at, End: at, NewText: []byte(text)}
	}

	decl := "import " + spec
	// blank returns a blank line to follow the new declaration before
	// line l, unless l is blank already: gofmt keeps one between
	// declarations of different kinds.
	blank := func(l int) string {
		text := f.text()
		if text == nil {
			return ""
		}
		start := tok.Offset(lineStart(l))
		end := len(text)
		if l < tok.LineCount() {
			end = tok.Offset(lineStart(l + 1))
		}
		if len(bytes.TrimSpace(text[start:end])) == 0 {
			return ""
		}
		return "\n"
	}
	if lastImport != nil {
		// import "fmt"
		// +import "github.com/tccodelint/tccodelint/tccode"
		if l, alone := after(lastImport.End(), nil); alone && l < tok.LineCount() {
			return analysis.TextEdit{Pos: lineStart(l + 1), End: lineStart(l + 1), NewText: []byte(decl + "\n" + blank(l+1))}
		}
		return analysis.TextEdit{Pos: lastImport.End(), End: lastImport.End(), NewText: []byte("\n" + decl)}
	}
	// package p
	// +
	// +import "github.com/tccodelint/tccodelint/tccode"
	if l, alone := after(f.file.Name.End(), nil); alone && l < tok.LineCount() {
		return analysis.TextEdit{Pos: lineStart(l + 1), End: lineStart(l + 1), NewText: []byte("\n" + decl + "\n" + blank(l+1))}
	}
	return analysis.TextEdit{Pos: f.file.Name.End(), End: f.file.Name.End(), NewText: []byte("\n\n" + decl)}
}

// sortsAfter reports whether gofmt sorts the import is after an import
// of path under name.
func sortsAfter(is *ast.ImportSpec, path, name string) bool {
	isName := ""
	if is.Name != nil {
		isName = is.Name.Name
	}
	return cmp.Or(cmp.Compare(importPath(is), path), cmp.Compare(isName, name)) > 0
}

// place returns the edit that puts spec on a line of its own before the
// line that starts at at, in an import block. When the fixes of the
// file are all made, settle moves it to the point among those before
// the line that its sorted order calls for.
func (imp *imports) place(at token.Pos, spec string) analysis.TextEdit {
	imp.placed[at] = append(imp.placed[at], spec)
	return imp.pointEdit(at, spec, 0)
}

// pointEdit returns the edit that puts spec before the line that
// starts at at, at the point point. The points before a line, which
// the drivers' merge keeps in order, are -2 at the end of the line
// before, -1 in place of its newline, 0 at the start of the line, +1 in
// place of its indentation's tab (or of the block's closing
// parenthesis), +2 after the tab. Two new imports at one point would
// be merged in the order the drivers take the fixes.
func (imp *imports) pointEdit(at token.Pos, spec string, point int) analysis.TextEdit {
	switch point {
	case -2:
		// "a"<here>
		// "c"
		return analysis.TextEdit{Pos: at - 1, End: at - 1, NewText: []byte("\n\t" + spec)}
	case -1:
		// "a"<the newline, replaced>
		// "c"
		return analysis.TextEdit{Pos: at - 1, End: at, NewText: []byte("\n\t" + spec + "\n")}
	case +1:
		// "a"
		// <the tab, or the closing parenthesis, replaced>"c"
		first := imp.f.text()[imp.f.tok.Offset(at)]
		return analysis.TextEdit{Pos: at, End: at + 1, NewText: []byte("\t" + spec + "\n" + string(first))}
	case +2:
		// "a"
		// <tab><here>"c"
		return analysis.TextEdit{Pos: at + 1, End: at + 1, NewText: []byte(spec + "\n\t")}
	}
	return analysis.TextEdit{Pos: at, End: at, NewText: []byte("\t" + spec + "\n")}
}

// settle gives the new imports placed before one line distinct points
// there, in their sorted order, so that however the drivers merge the
// fixes that add them, they stay sorted; and rewrites the import edits
// of findings to match. Before a line of specs there are five points,
// before the closing parenthesis four; more imports than points stay
// at the start of the line, in the order the drivers merge them.
func (imp *imports) settle(findings []finding) {
	type key struct {
		pos  token.Pos
		text string
	}
	moved := make(map[key]analysis.TextEdit)
	text := imp.f.text()
	for at, specs := range imp.placed {
		offset := imp.f.tok.Offset(at)
		var points []int
		if text != nil && offset > 0 && text[offset-1] == '\n' {
			points = append(points, -2, -1)
		}
		points = append(points, 0)
		switch {
		case text != nil && offset < len(text) && text[offset] == '\t':
			points = append(points, +1, +2)
		case text != nil && offset < len(text) && text[offset] == ')':
			points = append(points, +1)
		}
		if len(specs) < 2 || len(specs) > len(points) {
			continue
		}
		slices.SortFunc(specs, func(a, b string) int { return cmp.Compare(importKey(a), importKey(b)) })
		for k, spec := range specs {
			old := imp.pointEdit(at, spec, 0)
			moved[key{old.Pos, string(old.NewText)}] = imp.pointEdit(at, spec, points[k])
		}
	}
	if len(moved) == 0 {
		return
	}
	for i := range findings {
		if fix := findings[i].fix; fix != nil {
			for k, e := range fix.imports {
				if m, ok := moved[key{e.Pos, string(e.NewText)}]; ok {
					fix.imports[k] = m
				}
			}
		}
	}
}

// importKey returns what gofmt sorts an import spec by: its path,
// then its name.
func importKey(spec string) string {
	name, path, found := strings.Cut(spec, " ")
	if !found {
		return spec + " "
	}
	return path + " " + name
}

// specEnd returns where the import spec ends, its line comment
// included.
func specEnd(is *ast.ImportSpec) token.Pos {
	if is.Comment != nil {
		return max(is.End(), is.Comment.End())
	}
	return is.End()
}

// specStart returns where the import spec begins, its doc comment included.
func specStart(is *ast.ImportSpec) token.Pos {
	if is.Doc != nil {
		return is.Doc.Pos()
	}
	return is.Pos()
}

func importPath(is *ast.ImportSpec) string {
	path, _ := strconv.Unquote(is.Path.Value)
	return path
}

// importsC reports whether the declaration imports "C", whose
// declaration must stay as cgo wrote it.
func importsC(decl *ast.GenDecl) bool {
	return slices.ContainsFunc(decl.Specs, func(s ast.Spec) bool { return importPath(s.(*ast.ImportSpec)) == "C" })
}

// isStdPath reports whether path looks like a standard library path:
// its first element has no dot.
func isStdPath(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

// namedConstant returns the package-level constant that can stand for
// the literal of m: the one constant with its value in the current
// package and the package that declares the code field (if the current
// package imports it), if there is exactly one, and if it has a type
// the code accepts and compiles wherever the literal does. It returns
// nil otherwise. It also reports whether the constant is a code (see
// isCode): only then is it the fix.
func (f *fileUnit) namedConstant(m magic) (*types.Const, bool) {
	want := constant.MakeInt64(m.value)
	var found []*types.Const
	collect := func(pkg *types.Package) {
		for _, c := range f.shared.constantsOf(pkg, want) {
			if !isNumber(c.Type()) {
				continue
			}
			if c.Pkg() == f.pass.Pkg && (!f.visibleFromFile(c) || !f.fixedValue(c)) {
				// Not compiled with this file (a test file's, a build
				// constraint's), or of another value elsewhere: left out
				// of the count too, so that the package and its test
				// variant agree on the fix.
				continue
			}
			if c.Pkg() != f.pass.Pkg && (!c.Exported() || f.constrained(c) || !f.plainValue(c)) {
				// Only what a fix could refer to counts, wherever the
				// code is built: the count must not change with how the
				// package was loaded (export data lists no unexported
				// constants; source does).
				continue
			}
			found = append(found, c)
		}
	}
	collect(f.pass.Pkg)
	// The envelope's package counts only if this package imports it:
	// a package known only through another one's export data lists
	// just the objects that one needs, not all its constants.
	if p := m.field.Pkg(); p != nil && p != f.pass.Pkg && f.imports(p) {
		collect(p)
	}
	if len(found) != 1 {
		return nil, false // none, or a choice we should not make
	}
	c := found[0]
	if b, ok := c.Type().(*types.Basic); !(ok && b.Info()&types.IsUntyped != 0) && !types.AssignableTo(c.Type(), m.codeType) {
		return nil, false // a typed constant the code does not accept
	}
	return c, f.isCode(c, m)
}

// isCode reports whether the constant c, of the value of m's literal,
// is a code and not a number that happens to share its value (a port,
// a size limit): the program must already treat it as one. Either its
// type is the code's own defined type (type Status int; const
// StatusLocked Status = 29000), or the package uses it as a code:
// compares a code with it, switches on a code with it as a case, or
// assigns it to a code field (r.Code = ErrBusy, Response{Code:
// ErrBusy}). Uses in test files count for literals in test files only,
// so that a package and its test variant agree on every other file.
func (f *fileUnit) isCode(c *types.Const, m magic) bool {
	if _, named := types.Unalias(m.codeType).(*types.Named); named && types.Identical(c.Type(), m.codeType) {
		return true
	}
	uses := f.shared.codeConstants(f.pass)
	return uses[c] == usedAsCode || uses[c] == usedInTests && isTestFile(f.tok.Name())
}

// How a constant is used as a code: in a file that is not a test, or
// in test files only.
const (
	usedAsCode = iota + 1
	usedInTests
)

// codeConstants returns how the package's files use constants as codes
// (see isCode), gathered when first asked: few packages ever ask, those
// with a product code to name.
func (p *packageNames) codeConstants(pass *analysis.Pass) map[*types.Const]int {
	if p.usedAsCode != nil {
		return p.usedAsCode
	}
	r := p.resolver
	p.usedAsCode = make(map[*types.Const]int)
	for curFile := range p.root.Children() {
		how := usedAsCode
		if isTestFile(pass.Fset.File(curFile.Node().Pos()).Name()) {
			how = usedInTests
		}
		add := func(e ast.Expr) {
			if c := r.constOf(e); c != nil && p.usedAsCode[c] != usedAsCode {
				p.usedAsCode[c] = how
			}
		}
		s := walk(r, curFile)
		for e := range s.codeValues(r) {
			add(e)
		}
		for _, n := range s.literals {
			for _, value := range codeFieldValues(r, n) {
				add(value)
			}
		}
		for n := range r.tablesIn(s) {
			for e := range tableEntries(r, n) {
				add(e)
			}
		}
	}
	return p.usedAsCode
}

// constantsOf returns the package-level constants of pkg of the value
// want (an integer or a string), in the order of their names; "_" is no
// name. The constants of a package are indexed by value when first
// asked: a table of thousands of codes asks once per literal.
func (p *packageNames) constantsOf(pkg *types.Package, want constant.Value) []*types.Const {
	if p.constants == nil {
		p.constants = make(map[*types.Package]map[string][]*types.Const)
	}
	index, ok := p.constants[pkg]
	if !ok {
		index = make(map[string][]*types.Const)
		scope := pkg.Scope()
		for _, name := range scope.Names() { // sorted
			if c, ok := scope.Lookup(name).(*types.Const); ok && name != "_" {
				if key, ok := valueKey(c.Val()); ok {
					index[key] = append(index[key], c)
				}
			}
		}
		p.constants[pkg] = index
	}
	key, _ := valueKey(want)
	return index[key]
}

// valueKey returns the key of v in constantsOf's index: its exact
// integer value (4000 and 4000.0 alike), or its quoted string.
func valueKey(v constant.Value) (string, bool) {
	switch v.Kind() {
	case constant.Int, constant.Float:
		if i := constant.ToInt(v); i.Kind() == constant.Int {
			return i.ExactString(), true
		}
	case constant.String:
		return v.ExactString(), true
	}
	return "", false
}

// constantName returns how a message names the constant c: by its
// name in the current package, qualified by its package's name
// elsewhere.
func (f *fileUnit) constantName(c *types.Const) string {
	if c.Pkg() == f.pass.Pkg {
		return c.Name()
	}
	return c.Pkg().Name() + "." + c.Name()
}

func isTestFile(name string) bool { return strings.HasSuffix(name, "_test.go") }

// visibleFromFile reports whether the package-level constant c, declared
// in this package, is compiled whenever the current file is: it is
// declared in the same file, or in a file with no build constraint (no
// //go:build line, no GOOS or GOARCH suffix) that is not a test file,
// or is one if the current file is too.
func (f *fileUnit) visibleFromFile(c *types.Const) bool {
	if c.Pos() >= f.file.FileStart && c.Pos() <= f.file.FileEnd {
		return true
	}
	for _, file := range f.pass.Files {
		if c.Pos() < file.FileStart || c.Pos() > file.FileEnd {
			continue
		}
		name := f.pass.Fset.File(file.FileStart).Name()
		return (!isTestFile(name) || isTestFile(f.tok.Name())) && !hasOSArchSuffix(name) && !hasBuildLine(file) && !isCgoOutput(file)
	}
	return false
}

// fixedValue reports whether the constant c, of the package, has the
// same value wherever the package is built: its value is not worked out
// from a constant declared for some platforms or tags only (const
// CodeQuota = quotaBase + 1, with quotaBase in codes_linux.go and
// codes_windows.go), from another package's constant (how that one is
// worked out, its export data does not say), nor from the platform's
// sizes (unsafe.Sizeof, ^uint(0)). A fix that names one of another
// value would compile and mean something else there.
func (f *fileUnit) fixedValue(c *types.Const) bool {
	if is, ok := f.shared.fixed[c]; ok {
		return is
	}
	if f.shared.fixed == nil {
		f.shared.fixed = make(map[*types.Const]bool)
	}
	f.shared.fixed[c] = true // a constant refers to itself through iota's group only
	value := f.constValueExpr(c)
	is := value != nil
	sameFile := func(d *types.Const) bool {
		return f.pass.Fset.File(d.Pos()) == f.pass.Fset.File(c.Pos())
	}
	if is {
		ast.Inspect(value, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.UnaryExpr:
				is = n.Op != token.XOR || !platformSized(f.pass.TypesInfo.TypeOf(n))
			case *ast.Ident:
				switch obj := f.pass.TypesInfo.Uses[n].(type) {
				case *types.Const:
					// One of the same file is built with c; one of
					// another file must be built everywhere.
					is = obj.Pkg() == f.pass.Pkg && (sameFile(obj) || !f.shared.resolver.constrainedAt(obj.Pos())) && f.fixedValue(obj)
				case *types.Builtin:
					is = obj.Name() != "Sizeof" && obj.Name() != "Alignof" && obj.Name() != "Offsetof"
				}
			}
			return is
		})
	}
	f.shared.fixed[c] = is
	return is
}

// platformSized reports whether t is an unsigned integer type whose
// size is the platform's (uint, uintptr), so that ^x of it is another
// value on another platform.
func platformSized(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && (b.Kind() == types.Uint || b.Kind() == types.Uintptr)
}

// plainValue reports whether the constant c, of another package, is
// given its value by literals alone, as its declaring file shows
// (const CodeQuota = 28001, or iota and conversions): one worked out
// from other constants may be another value on another platform. A file
// that cannot be read counts as not plain: a fix must be sure.
func (f *fileUnit) plainValue(c *types.Const) bool {
	file := f.declaringFile(c)
	if file == nil {
		return false
	}
	value := constValue(file, func(name *ast.Ident) bool { return name.Name == c.Name() }) // a package-level name is declared once
	return value != nil && literalsOnly(value)
}

// declaringFile returns the file that declares c, a constant of another
// package, read from disk once per package analyzed; nil if it cannot
// be read or parsed (export data may name a file that is not there).
func (f *fileUnit) declaringFile(c *types.Const) *ast.File {
	tok := f.pass.Fset.File(c.Pos())
	if tok == nil {
		return nil
	}
	file, ok := f.shared.parsed[tok.Name()]
	if !ok {
		var err error
		file, err = parser.ParseFile(token.NewFileSet(), tok.Name(), nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			file = nil
		}
		if f.shared.parsed == nil {
			f.shared.parsed = make(map[string]*ast.File)
		}
		f.shared.parsed[tok.Name()] = file
	}
	return file
}

// literalsOnly reports whether the constant expression e, read without
// types, is made of literals, iota, true and false, operators and
// conversions (or len) of such: no other constant, no unsafe.Sizeof, no
// ^ (which depends on the size of an unsigned operand).
func literalsOnly(e ast.Expr) bool {
	ok := true
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			if _, isIdent := ast.Unparen(n.Fun).(*ast.Ident); !isIdent {
				ok = false // unsafe.Sizeof(x), pkg.Type(x)
				return false
			}
			for _, arg := range n.Args {
				ok = ok && literalsOnly(arg)
			}
			return false // the function's name is a type's, or len
		case *ast.UnaryExpr:
			ok = ok && n.Op != token.XOR
		case *ast.Ident:
			ok = ok && (n.Name == "iota" || n.Name == "true" || n.Name == "false")
		case *ast.SelectorExpr:
			ok = false
		}
		return ok
	})
	return ok
}

// constValueExpr returns the expression that gives the constant c, of
// the package, its value (see constValue); nil if it cannot be found.
func (f *fileUnit) constValueExpr(c *types.Const) ast.Expr {
	for _, file := range f.pass.Files {
		if c.Pos() >= file.FileStart && c.Pos() <= file.FileEnd {
			return constValue(file, func(name *ast.Ident) bool { return name.Pos() == c.Pos() })
		}
	}
	return nil
}

// constValue returns the expression that gives the package-level
// constant of file whose name is is true of its value: its own, or, in
// a group, the last one given before it (const ( A = base + iota; B ));
// nil if there is none.
func constValue(file *ast.File, is func(name *ast.Ident) bool) ast.Expr {
	for _, decl := range file.Decls {
		gen, ok := decl.(*ast.GenDecl)
		if !ok || gen.Tok != token.CONST {
			continue
		}
		var values []ast.Expr
		for _, spec := range gen.Specs {
			vs := spec.(*ast.ValueSpec)
			if len(vs.Values) > 0 {
				values = vs.Values
			}
			for i, name := range vs.Names {
				if is(name) && i < len(values) {
					return values[i]
				}
			}
		}
	}
	return nil
}

// imports reports whether a file of the package imports pkg: for a
// file that is not a test file, one that is not a test file either, so
// that a package and its test variant, whose test files may import
// more, agree.
func (f *fileUnit) imports(pkg *types.Package) bool {
	for _, file := range f.pass.Files {
		if isTestFile(f.pass.Fset.File(file.FileStart).Name()) && !isTestFile(f.tok.Name()) {
			continue
		}
		for _, spec := range file.Imports {
			if name := f.pass.TypesInfo.PkgNameOf(spec); name != nil && name.Imported() == pkg {
				return true
			}
		}
	}
	return false
}

// constrained reports whether the constant c, of another package, is
// declared in a file that is built only for some platforms or tags (a
// _GOOS or _GOARCH suffix, a //go:build line): a fix that names it
// would not build everywhere the literal's file does. A file that cannot
// be read counts as constrained: a fix must be sure.
func (f *fileUnit) constrained(c *types.Const) bool {
	tok := f.pass.Fset.File(c.Pos())
	if tok == nil || hasOSArchSuffix(tok.Name()) || strings.HasSuffix(tok.Name(), "_test.go") {
		return true
	}
	file := f.declaringFile(c)
	return file == nil || hasBuildLine(file) || importsCgo(file)
}

// importsCgo reports whether the file imports "C": it is built only
// with cgo.
func importsCgo(file *ast.File) bool {
	return slices.ContainsFunc(file.Imports, func(is *ast.ImportSpec) bool { return importPath(is) == "C" })
}

// hasBuildLine reports whether the file has a //go:build or // +build
// line before its package clause.
func hasBuildLine(file *ast.File) bool {
	return headerComment(file, func(text string) bool {
		return strings.HasPrefix(text, "//go:build") || strings.HasPrefix(text, "// +build")
	})
}

// hasOSArchSuffix reports whether the file name ends in _GOOS, _GOARCH
// or _GOOS_GOARCH, which the go command treats as a build constraint.
func hasOSArchSuffix(filename string) bool {
	base := filepath.Base(filename)
	if dot := strings.IndexByte(base, '.'); dot >= 0 {
		base = base[:dot] // codes_linux.pb.go is linux's, as for go/build
	}
	base = strings.TrimSuffix(base, "_test") // codes_windows_test.go is windows's too
	parts := strings.Split(base, "_")
	if len(parts) < 2 {
		return false
	}
	last := parts[len(parts)-1]
	return knownOS[last] || knownArch[last]
}

var knownOS = setOf("aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js",
	"linux", "nacl", "netbsd", "openbsd", "plan9", "solaris", "wasip1", "windows", "zos")

var knownArch = setOf("386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "loong64",
	"mips", "mipsle", "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc", "ppc64", "ppc64le",
	"riscv", "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm")

func setOf(names ...string) map[string]bool {
	set := make(map[string]bool, len(names))
	for _, n := range names {
		set[n] = true
	}
	return set
}

// stringConstants returns the constants that can stand for the string
// literal of m, best first: package-level constants of exactly its
// value, of a type the code accepts, from the current package, then
// from the packages the file imports, those of the SDK whose error
// holds the code first (a file may import a product from both the
// official and the international SDK), then in order of import path;
// within a package, the first name in alphabetical order. A constant
// counts only if it is a code: one of the SDK's (its product packages
// name their codes), or one the program treats as a code (see isCode).
// It also returns the first constant of the value that is not a code,
// if any, for the message to name.
func (f *fileUnit) stringConstants(m magic) (found []*types.Const, notCode *types.Const) {
	want := constant.MakeString(m.text)
	find := func(pkg *types.Package) *types.Const {
		for _, c := range f.shared.constantsOf(pkg, want) { // sorted by name
			if c.Val().Kind() != constant.String {
				continue
			}
			if pkg != f.pass.Pkg && !c.Exported() {
				continue
			}
			if b, ok := c.Type().(*types.Basic); !(ok && b.Info()&types.IsUntyped != 0) && !types.AssignableTo(c.Type(), m.codeType) {
				continue // a typed constant the code does not accept
			}
			if pkg == f.pass.Pkg && (!f.visibleFromFile(c) || !f.fixedValue(c)) || pkg != f.pass.Pkg && (f.constrained(c) || !f.plainValue(c)) {
				continue
			}
			if sdkModule(pkg.Path()) == "" && !f.isCode(c, m) {
				if notCode == nil {
					notCode = c
				}
				continue
			}
			return c
		}
		return nil
	}
	if c := find(f.pass.Pkg); c != nil {
		found = append(found, c)
	}
	var imported []*types.Package
	for _, spec := range f.file.Imports {
		if name := f.pass.TypesInfo.PkgNameOf(spec); name != nil && name.Name() != "_" && name.Name() != "." {
			imported = append(imported, name.Imported())
		}
	}
	sdk := ""
	if m.field != nil && m.field.Pkg() != nil {
		sdk = sdkModule(m.field.Pkg().Path())
	}
	slices.SortFunc(imported, func(a, b *types.Package) int {
		return cmp.Or(
			cmp.Compare(b2i(sdk == "" || sdkModule(a.Path()) != sdk), b2i(sdk == "" || sdkModule(b.Path()) != sdk)),
			cmp.Compare(a.Path(), b.Path()))
	})
	for _, pkg := range imported {
		if c := find(pkg); c != nil {
			found = append(found, c)
		}
	}
	return found, notCode
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// fixMagic returns the findings of the magic literals found in the
// file, each with a fix if a named constant of its value can replace it
// without changing what the code means.
func (f *fileUnit) fixMagic(found []magic) []finding {
	if len(found) == 0 {
		return nil
	}
	sites := make([]token.Pos, len(found))
	for i, m := range found {
		sites[i] = m.lit.Pos()
	}
	imp := newImports(f, sites)
	findings := make([]finding, 0, len(found))
	for _, m := range found {
		r := f.magicFinding(imp, m)
		if m.inTable && r.fix == nil && r.category != "unknown" {
			// A table of codes with no name to give them (a catalogue
			// of a product's codes and their messages) names them
			// itself: one finding per row would be noise.
			continue
		}
		findings = append(findings, r)
	}
	imp.settle(findings)
	return findings
}

// magicFinding returns the finding of m, with its fix if it has one.
func (f *fileUnit) magicFinding(imp *imports, m magic) finding {
	r := finding{pos: m.lit.Pos(), end: m.lit.End(), category: "magic"}
	var (
		text    string // the qualified constant the fix writes
		imports []analysis.TextEdit
		ok      bool
	)
	if m.isString {
		if msg, unknown := f.unknownMessage(m.text, m.answers); unknown {
			// No fix: another value would change what the code does.
			r.category, r.message = "unknown", msg
			return r
		}
		// An existing constant first: the SDK's product packages name
		// their codes (cvm.INTERNALERROR). Then package tccode.
		v3, isCommon := v3Codes[m.text]
		hint := "name it with a constant"
		found, notCode := f.stringConstants(m)
		for _, c := range found {
			if text, imports, ok = imp.qualify(c.Pkg().Path(), c.Pkg().Name(), c.Name(), m.lit.Pos()); ok {
				hint = "use " + text
				break
			}
		}
		if !ok && isCommon {
			text, imports, ok = imp.qualify(tccodePath, "tccode", v3.name, m.lit.Pos())
			hint = "use " + text
		}
		if !ok {
			hint = "name it with a constant"
			if notCode != nil {
				hint += " (" + f.constantName(notCode) + " has this value, but nothing here uses it as a code)"
			}
		}
		meaning := ""
		if isCommon {
			meaning = " (" + v3.meaning + ")"
		}
		r.message = "magic TencentCloud code " + m.lit.Value + meaning + "; " + hint
	} else if common, isCommon := commonCodes[m.value]; isCommon {
		text, imports, ok = imp.qualify(tccodePath, "tccode", common.name, m.lit.Pos())
		r.message = commonMessages[m.value]
		if !ok {
			r.message += " (no fix: the name is hidden here)"
		} else if text != "tccode."+common.name {
			// The message names what the fix writes: tccode2.X under a
			// fresh name, X inside package tccode or under a dot import.
			r.message = "magic TencentCloud code " + m.lit.Value + " (" + common.meaning + "); use " + text
		}
	} else {
		c, isCode := f.namedConstant(m)
		if isCode {
			text, imports, ok = imp.qualify(c.Pkg().Path(), c.Pkg().Name(), c.Name(), m.lit.Pos())
		}
		r.message = "magic TencentCloud code " + strconv.FormatInt(m.value, 10) + ", a product-specific code outside the common table"
		switch {
		case ok:
			r.message += "; use " + text
		case c != nil && !isCode:
			// A port number may share the value: say which constant,
			// and leave the choice to the reader.
			r.message += "; name it with a constant (" + f.constantName(c) + " has this value, but nothing here uses it as a code)"
		default:
			r.message += "; name it with a constant"
		}
	}

	if ok {
		// case 5400: // partial
		//      ----
		// case tccode.PartiallyExecuted: // partial
		r.fix = &fix{
			message: "Replace " + m.lit.Value + " with " + text,
			imports: imports,
			literal: analysis.TextEdit{Pos: m.lit.Pos(), End: m.lit.End(), NewText: []byte(text)},
		}
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
