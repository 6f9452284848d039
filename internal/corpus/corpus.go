// Package corpus generates the version 2 client code that the benchmarks
// run on: the bench command's generated module, and the analyzer's Go
// benchmarks, which so measure the same code.
package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// UnitsPerFile and FilesPerPackage give the shape of a package.
const (
	UnitsPerFile    = 10
	FilesPerPackage = 4
)

// WriteModule writes to dir a module of n packages, p000, p001, ...,
// each of FilesPerPackage files (File), that requires the module at
// repo (this repository) through a replace directive. Each package but
// the first imports the one before it, so that packages depend on each
// other as in a real module.
func WriteModule(dir, repo string, n int) error {
	gomod := fmt.Sprintf("module example.com/corpus\n\ngo 1.26.0\n\nrequire github.com/tccodelint/tccodelint v0.0.0\n\nreplace github.com/tccodelint/tccodelint => %s\n", repo)
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(gomod), 0o644); err != nil {
		return err
	}
	for i := range n {
		pkg := filepath.Join(dir, fmt.Sprintf("p%03d", i))
		if err := os.MkdirAll(pkg, 0o755); err != nil {
			return err
		}
		for j := range FilesPerPackage {
			name := filepath.Join(pkg, fmt.Sprintf("f%d.go", j))
			if err := os.WriteFile(name, []byte(File(i, j)), 0o644); err != nil {
				return err
			}
		}
	}
	return nil
}

// File returns the source of file j of package i: UnitsPerFile units of
// envelopes, magic codes, dispatches and batch answers, as a large
// client of the version 2 API would have. File 0 of a package imports
// only the standard library; the others, of every package but the
// first, import the package before.
func File(i, j int) string {
	var b strings.Builder
	if j > 0 && i > 0 {
		fmt.Fprintf(&b, "package p%03d\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n\n\tprev \"example.com/corpus/p%03d\"\n)\n\nvar _ = prev.Ping\n\n", i, i-1)
	} else {
		fmt.Fprintf(&b, "package p%03d\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n)\n\n", i)
	}
	if j == 0 {
		b.WriteString("func Ping() {}\n\n")
	}
	for k := range UnitsPerFile {
		fmt.Fprintf(&b, unit, j, k)
	}
	return b.String()
}

// FindingsPerUnit is how many findings tccodelint reports on a unit
// with its default settings.
const FindingsPerUnit = 7

// unit is one unit of a corpus file, formatted with the file's and the
// unit's numbers: an envelope, a batch answer, and functions that
// compare, switch on and test their codes, beside code that has
// nothing to do with codes.
const unit = `
type Response%[1]d_%[2]d struct {
	Code     int    ` + "`json:\"code\"`" + `
	Message  string ` + "`json:\"message\"`" + `
	CodeDesc string ` + "`json:\"codeDesc\"`" + `
}

type Batch%[1]d_%[2]d struct {
	Response%[1]d_%[2]d
	Detail map[string]struct {
		Code int
		Msg  string
	}
}

func (r *Response%[1]d_%[2]d) GetCode() int { return r.Code }

func check%[1]d_%[2]d(r *Response%[1]d_%[2]d, b *Batch%[1]d_%[2]d) error {
	if r.Code == 4100 {
		return errors.New("credentials")
	}
	switch r.GetCode() {
	case 0:
		return nil
	case 4400, 6000:
		return fmt.Errorf("retry: %%s", r.Message)
	}
	code := r.Code
	if code == 0 {
		return nil
	} else if code == 5000 {
		return errors.New("gone")
	}
	if b.Code != 0 {
		return errors.New(b.Message)
	}
	for id, d := range b.Detail {
		if d.Code != 0 {
			return fmt.Errorf("%%s: %%s", id, d.Msg)
		}
	}
	return nil
}

func unrelated%[1]d_%[2]d(xs []int, m map[string]int) (int, error) {
	total := 0
	for i, x := range xs {
		if x == 4000 || i == 5400 {
			total += x
		}
		switch x %% 3 {
		case 0:
			total++
		case 1:
			total--
		}
	}
	if v, ok := m["code"]; ok && v != 0 {
		return v, nil
	}
	return total, nil
}
`
