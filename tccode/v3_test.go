package tccode_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"strings"
	"testing"
)

// TestV3Names checks the version 3 constants: each is named V3 and its
// code without dots, has a doc comment that starts with its name, and
// no two share a code.
func TestV3Names(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "v3.go", nil, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	seen := make(map[string]string)
	for _, decl := range f.Decls {
		gen, ok := decl.(*ast.GenDecl)
		if !ok || gen.Tok != token.CONST {
			continue
		}
		for _, spec := range gen.Specs {
			vs := spec.(*ast.ValueSpec)
			name := vs.Names[0].Name
			code, err := strconv.Unquote(vs.Values[0].(*ast.BasicLit).Value)
			if err != nil {
				t.Fatal(err)
			}
			if want := "V3" + strings.ReplaceAll(code, ".", ""); name != want {
				t.Errorf("%s = %q: want the name %s", name, code, want)
			}
			if vs.Doc == nil || !strings.HasPrefix(vs.Doc.Text(), name+": ") {
				t.Errorf("%s has no doc comment starting %q", name, name+": ")
			}
			if other, ok := seen[code]; ok {
				t.Errorf("%s and %s both name %q", name, other, code)
			}
			seen[code] = name
		}
	}
	if len(seen) != 38+9 {
		t.Errorf("%d version 3 codes, want the 38 common codes and the SDK's 9 client codes", len(seen))
	}
}
