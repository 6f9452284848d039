package analyzer

import (
	"bytes"
	"encoding/gob"
	"go/ast"
	"go/constant"
	"go/parser"
	"go/token"
	"go/types"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// TestCommonCodes holds the tables of common codes against the source
// of package tccode: every entry names a constant of its value, and
// every constant has an entry.
func TestCommonCodes(t *testing.T) {
	fset := token.NewFileSet()
	files, err := filepath.Glob(filepath.Join("..", "tccode", "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	var syntax []*ast.File
	for _, name := range files {
		if !strings.HasSuffix(name, "_test.go") {
			f, err := parser.ParseFile(fset, name, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			syntax = append(syntax, f)
		}
	}
	pkg, err := new(types.Config).Check(tccodePath, fset, syntax, nil)
	if err != nil {
		t.Fatal(err)
	}
	if pkg.Name() != "tccode" {
		t.Errorf("package %s, want tccode", pkg.Name())
	}
	for value, c := range commonCodes {
		obj, ok := pkg.Scope().Lookup(c.name).(*types.Const)
		if !ok {
			t.Errorf("tccode has no constant %s", c.name)
			continue
		}
		if got, _ := constant.Int64Val(obj.Val()); got != value {
			t.Errorf("tccode.%s = %d, the table says %d", c.name, got, value)
		}
		if b, ok := obj.Type().(*types.Basic); !ok || b.Kind() != types.UntypedInt {
			t.Errorf("tccode.%s has type %s, want an untyped integer", c.name, obj.Type())
		}
	}
	for value, c := range v3Codes {
		obj, ok := pkg.Scope().Lookup(c.name).(*types.Const)
		if !ok {
			t.Errorf("tccode has no constant %s", c.name)
			continue
		}
		if got := constant.StringVal(obj.Val()); got != value {
			t.Errorf("tccode.%s = %q, the table says %q", c.name, got, value)
		}
		if want := "V3" + strings.ReplaceAll(value, ".", ""); c.name != want {
			t.Errorf("tccode.%s names %q: want the name %s", c.name, value, want)
		}
	}
	for _, name := range pkg.Scope().Names() {
		c, ok := pkg.Scope().Lookup(name).(*types.Const)
		if !ok || !c.Exported() {
			continue
		}
		switch c.Val().Kind() {
		case constant.Int:
			v, _ := constant.Int64Val(c.Val())
			if commonCodes[v].name != name {
				t.Errorf("tccode.%s = %d is not in the table", name, v)
			}
		case constant.String:
			if v := constant.StringVal(c.Val()); v3Codes[v].name != name {
				t.Errorf("tccode.%s = %q is not in the table", name, v)
			}
		default:
			t.Errorf("tccode.%s is neither an integer nor a string", name)
		}
	}
}

// TestFactGob checks that the fact survives the gob encoding that
// drivers store facts in.
func TestFactGob(t *testing.T) {
	var buf bytes.Buffer
	var in analysis.Fact = new(returnsCode)
	if err := gob.NewEncoder(&buf).Encode(in); err != nil {
		t.Fatal(err)
	}
	out := new(returnsCode)
	if err := gob.NewDecoder(&buf).Decode(out); err != nil {
		t.Fatal(err)
	}
	if out.String() != "returnsCode" {
		t.Errorf("decoded %v", out)
	}
}

// TestOSArchSuffix checks which file names go/build builds for some
// platforms only: a constant of such a file is no fix elsewhere.
func TestOSArchSuffix(t *testing.T) {
	for name, want := range map[string]bool{
		"codes.go":                 false,
		"codes_test.go":            false,
		"codes_linux.go":           true,
		"codes_windows_test.go":    true, // _test is cut first, as go/build does
		"codes_windows_amd64.go":   true,
		"codes_linux.pb.go":        true,
		"linux.go":                 false, // a bare name is no constraint
		"codes_latest_test.go":     false,
		"dir/codes_darwin_test.go": true,
	} {
		if got := hasOSArchSuffix(name); got != want {
			t.Errorf("hasOSArchSuffix(%q) = %v, want %v", name, got, want)
		}
	}
}
