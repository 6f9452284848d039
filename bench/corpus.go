package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// writeCorpus writes a module of n packages to dir, each with files
// full of envelopes, magic codes, dispatches and batch answers, as a
// large client of the version 2 API would be, and returns dir.
func writeCorpus(dir, repo string, n int) error {
	gomod := fmt.Sprintf("module example.com/corpus\n\ngo 1.26.0\n\nrequire github.com/tccodelint/tccodelint v0.0.0\n\nreplace github.com/tccodelint/tccodelint => %s\n", repo)
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(gomod), 0o644); err != nil {
		return err
	}
	for i := range n {
		pkg := filepath.Join(dir, fmt.Sprintf("p%03d", i))
		if err := os.MkdirAll(pkg, 0o755); err != nil {
			return err
		}
		for j := range 4 {
			var b strings.Builder
			fmt.Fprintf(&b, "package p%03d\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n)\n\n", i)
			if j > 0 && i > 0 {
				// Import the previous package, so that packages depend on each other.
				b.Reset()
				fmt.Fprintf(&b, "package p%03d\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n\n\tprev \"example.com/corpus/p%03d\"\n)\n\nvar _ = prev.Ping\n\n", i, i-1)
			}
			if j == 0 {
				b.WriteString("func Ping() {}\n\n")
			}
			for k := range 10 {
				fmt.Fprintf(&b, corpusUnit, j, k)
			}
			name := filepath.Join(pkg, fmt.Sprintf("f%d.go", j))
			if err := os.WriteFile(name, []byte(b.String()), 0o644); err != nil {
				return err
			}
		}
	}
	return nil
}

// corpusUnit is one unit of a corpus file, formatted with the file's
// and the unit's numbers: an envelope, a batch answer, and functions
// that compare, switch on and test their codes, beside code that has
// nothing to do with codes.
const corpusUnit = `
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
