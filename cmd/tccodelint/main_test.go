package main_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// module is the module the command is run on, less its go.mod, which
// names the repository's directory. A line the command reports carries
// a "want:" comment with the message; a "zero:" comment, a line
// reported only under -zero; a "follow:" comment, a line reported only
// under -follow-functions. A finding of the unhandled check, or a
// magic code that asks for a constant, comes without a fix and stays
// after -fix.
const module = `
-- api/api.go --
// Package api declares the envelope of TencentCloud's version 2 answers.
package api

// Response is the part that every answer shares.
type Response struct {
	Code     int
	Message  string
	CodeDesc string
}

// CodeAddressInUse is a code of one product.
const CodeAddressInUse = 28004

// An AppError is the application's own error. It has no CodeDesc: its
// codes are not TencentCloud's.
type AppError struct {
	Code    int
	Message string
}

// Denied reports whether r says that the signature did not verify.
func Denied(r Response) bool {
	return r.Code == 4100 // want: magic TencentCloud code 4100 (authentication failed); use tccode.AuthenticationFailed
}

// Invalid reports whether e is the application's bad-input error.
func Invalid(e AppError) bool {
	return e.Code == 4000
}
-- api/retry.go --
package api

import tc "github.com/tccodelint/tccodelint/tccode"

// Retry reports whether a call that answered r is worth another try.
func Retry(r *Response) bool {
	switch r.Code { // want: switch on TencentCloud code does not handle 5400 (partially executed): a batch call partly succeeded; inspect the per-resource results
	case tc.QuotaExceeded:
		return true
	case 6000: // want: magic TencentCloud code 6000 (internal server error); use tc.InternalServerError
		return true
	}
	return r.Code >= 6100 && r.Code < 7000
}
-- client/client.go --
// Package client turns answers into errors.
package client

import (
	"errors"
	"net/http"

	"example.com/app/api"
)

const partial = 5400

// Check returns the error that an answer stands for.
func Check(httpResp *http.Response, r api.Response) error {
	if httpResp.StatusCode == 404 {
		return errors.New("no such API")
	}
	code := r.Code
	if code == 0 { // zero: magic TencentCloud code 0 (success); use tccode.Success
		return nil
	}
	if code >= 4000 && code < 5000 {
		return errors.New("request rejected")
	}
	switch r.Code {
	case partial:
		return errors.New("partly done")
	case 28004: // want: magic TencentCloud code 28004, a product-specific code outside the common table; use api.CodeAddressInUse
		return errors.New("address in use")
	case 7001: // want: magic TencentCloud code 7001, a product-specific code outside the common table; name it with a constant
		return errors.New("security group busy")
	}
	if code != 5100 { // want: magic TencentCloud code 5100 (resource operation failed); use tccode.ResourceOperationFailed
		return errors.New(r.Message)
	}
	return errors.New("operation failed")
}
-- api/codeof.go --
package api

import "errors"

// An Error carries an answer.
type Error struct{ Response }

func (e *Error) Error() string { return e.Message }

// CodeOf returns the code behind err, or -1.
func CodeOf(err error) int {
	if e, ok := errors.AsType[*Error](err); ok {
		return e.Code
	}
	return -1
}
-- client/codeof.go --
package client

import "example.com/app/api"

// IsExpired reports whether err is a request that expired.
func IsExpired(err error) bool {
	return api.CodeOf(err) == 4200 // follow: magic TencentCloud code 4200 (request expired); use tccode.RequestExpired
}
-- client/fake.go --
package client

import "example.com/app/api"

// Partial returns the answer to a batch call that partly succeeded.
func Partial() api.Response {
	return api.Response{Code: 5400, CodeDesc: "PartiallyExecuted"} // want: magic TencentCloud code 5400 (partially executed); use tccode.PartiallyExecuted
}

// Expired returns r as answered to a request signed too long ago.
func Expired(r api.Response) api.Response {
	r.Code = 4200 // want: magic TencentCloud code 4200 (request expired); use tccode.RequestExpired
	r.CodeDesc = "RequestExpired"
	return r
}

// InUse returns the answer to a call for an address in use: the package
// uses api.CodeAddressInUse as a code, so it is the fix of 28004.
func InUse() api.Response {
	return api.Response{Code: api.CodeAddressInUse, CodeDesc: "AddressInUse"}
}
`

// oddModule is a module of odd input, less its go.mod and its huge
// file, which the test writes itself.
const oddModule = `
-- broken/broken.go --
package broken

type Response struct {
	Code     int
	CodeDesc string
}

func Broken(r Response) bool { return r.Code == 4100 && missing }
-- cgo/cgo.go --
package cgo

// #include <stdlib.h>
import "C"

import "errors"

type Response struct {
	Code     int
	CodeDesc string
}

// Check frees nothing, but needs cgo to build.
func Check(r Response) error {
	C.free(nil)
	if r.Code == 4100 { // want: magic TencentCloud code 4100 (authentication failed); use tccode.AuthenticationFailed
		return errors.New("credentials")
	}
	return nil
}
-- tags/tags.go --
package tags

type Response struct {
	Code     int
	CodeDesc string
}
-- tags/linux.go --
//go:build linux || darwin || windows

package tags

func Expired(r Response) bool {
	return r.Code == 4200 // want: magic TencentCloud code 4200 (request expired); use tccode.RequestExpired
}
-- tags/never.go --
//go:build never

package tags

func Denied(r Response) bool {
	return r.Code == 4300
}
`

// TestCommand builds tccodelint and runs it on a small module as the
// go command's users would: standalone, as go vet's tool and as go
// fix's.
func TestCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command and runs the go command")
	}
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go command not found")
	}
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	h := &harness{
		goCmd: goCmd,
		bin:   filepath.Join(t.TempDir(), "tccodelint"+exeSuffix()),
		root:  root,
	}
	// The command is built as go test built this test: in the
	// user's environment.
	if out, err := exec.Command(goCmd, "build", "-o", h.bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	goroot, err := exec.Command(goCmd, "env", "GOROOT").Output()
	if err != nil {
		t.Fatalf("go env GOROOT: %v", err)
	}
	h.gofmt = filepath.Join(strings.TrimSpace(string(goroot)), "bin", "gofmt"+exeSuffix())

	t.Run("Report", func(t *testing.T) {
		t.Parallel()
		dir := h.module(t)
		res := h.run(t, dir, h.bin, "./...")
		if res.code != 3 {
			t.Fatalf("tccodelint ./... exited %d, want 3 (diagnostics)\n%s", res.code, res.output())
		}
		checkFindings(t, "tccodelint ./...", findings(t, dir, res.stderr), markers(t, dir, "want"))
	})

	t.Run("Vet", func(t *testing.T) {
		t.Parallel()
		dir := h.module(t)
		res := h.run(t, dir, h.goCmd, "vet", "-vettool="+h.bin, "./...")
		if res.code == 0 {
			t.Fatalf("go vet -vettool succeeded despite diagnostics\n%s", res.output())
		}
		checkFindings(t, "go vet -vettool", findings(t, dir, res.stderr), markers(t, dir, "want"))
	})

	t.Run("VetZero", func(t *testing.T) {
		t.Parallel()
		dir := h.module(t)
		res := h.run(t, dir, h.goCmd, "vet", "-vettool="+h.bin, "-zero", "./...")
		if res.code == 0 {
			t.Fatalf("go vet -vettool -zero succeeded despite diagnostics\n%s", res.output())
		}
		checkFindings(t, "go vet -vettool -zero", findings(t, dir, res.stderr), markers(t, dir, "want", "zero"))
	})

	// -follow-functions: codes returned by a plain function of another
	// package, standalone and through vet's facts files.
	t.Run("FollowFunctions", func(t *testing.T) {
		t.Parallel()
		dir := h.module(t)
		for _, args := range [][]string{
			{h.bin, "-follow-functions", "./..."},
			{h.goCmd, "vet", "-vettool=" + h.bin, "-follow-functions=true", "./..."},
		} {
			what := strings.Join(args[1:], " ")
			res := h.run(t, dir, args[0], args[1:]...)
			if res.code == 0 {
				t.Fatalf("%s succeeded despite diagnostics\n%s", what, res.output())
			}
			checkFindings(t, what, findings(t, dir, res.stderr), markers(t, dir, "want", "follow"))
		}
	})

	// Odd input: a package with type errors is skipped with its errors
	// shown; cgo, build constraints and a huge file are analyzed, and
	// fixed into code that builds (but for the file that uses cgo).
	t.Run("OddInput", func(t *testing.T) {
		t.Parallel()
		var huge strings.Builder
		huge.WriteString("-- huge/huge.go --\npackage huge\n\ntype Response struct {\n\tCode     int\n\tCodeDesc string\n}\n")
		const hugeFuncs = 3000
		for i := range hugeFuncs {
			fmt.Fprintf(&huge, "\nfunc F%d(r Response) bool {\n\treturn r.Code == 4400 // want: magic TencentCloud code 4400 (quota exceeded); use tccode.QuotaExceeded\n}\n", i)
		}
		dir := h.moduleOf(t, oddModule+huge.String())

		res := h.run(t, dir, h.bin, "./broken")
		if res.code != 1 || !strings.Contains(res.stderr, "undefined: missing") || strings.Contains(res.output(), "panic") {
			t.Errorf("on a package with type errors: exit %d, want 1 and the type error\n%s", res.code, res.output())
		}

		pkgs := []string{"./tags", "./huge"}
		if cgo, _ := exec.Command(h.goCmd, "env", "CGO_ENABLED").Output(); strings.TrimSpace(string(cgo)) == "1" {
			pkgs = append(pkgs, "./cgo")
		} else {
			if err := os.RemoveAll(filepath.Join(dir, "cgo")); err != nil {
				t.Fatal(err)
			}
		}
		res = h.run(t, dir, h.bin, pkgs...)
		if res.code != 3 {
			t.Fatalf("tccodelint %s exited %d, want 3\n%.2000s", strings.Join(pkgs, " "), res.code, res.output())
		}
		checkFindings(t, "odd input", findings(t, dir, res.stderr), markers(t, dir, "want"))

		if res := h.run(t, dir, h.bin, append([]string{"-fix"}, pkgs...)...); res.code != 0 {
			t.Fatalf("tccodelint -fix exited %d\n%.2000s", res.code, res.output())
		}
		build := h.run(t, dir, h.goCmd, append([]string{"build"}, pkgs...)...)
		if build.code != 0 {
			t.Fatalf("go build after -fix: %s", build.output())
		}
		files := goFiles(t, dir)
		if n := strings.Count(files["huge/huge.go"], "== tccode.QuotaExceeded"); n != hugeFuncs {
			t.Errorf("after -fix, huge.go names tccode.QuotaExceeded %d times, want %d", n, hugeFuncs)
		}
		// The driver analyzes cgo's rewrite of a file that imports "C":
		// its findings come without fixes, which would edit the rewrite.
		if cgo, ok := files["cgo/cgo.go"]; ok && !strings.Contains(cgo, "r.Code == 4100") {
			t.Errorf("-fix edited a file that uses cgo:\n%s", cgo)
		}
	})

	t.Run("JSON", func(t *testing.T) {
		t.Parallel()
		dir := h.module(t)
		res := h.run(t, dir, h.bin, "-json", "./...")
		if res.code != 0 {
			t.Fatalf("tccodelint -json ./... exited %d, want 0\n%s", res.code, res.output())
		}
		// By package path, then by analyzer name.
		var tree map[string]map[string][]struct {
			Posn           string `json:"posn"`
			Message        string `json:"message"`
			Category       string `json:"category"`
			SuggestedFixes []struct {
				Message string `json:"message"`
			} `json:"suggested_fixes"`
		}
		if err := json.Unmarshal([]byte(res.stdout), &tree); err != nil {
			t.Fatalf("tccodelint -json printed invalid JSON: %v\n%s", err, res.stdout)
		}
		var got []string
		for pkg, byAnalyzer := range tree {
			for _, d := range byAnalyzer["tccodelint"] {
				got = append(got, findings(t, dir, d.Posn+": "+d.Message)...)
				if want := category(d.Message); d.Category != want {
					t.Errorf("%s: category %q, want %q", d.Posn, d.Category, want)
				}
				if hasFix := len(d.SuggestedFixes) > 0; hasFix != fixable(d.Message) {
					t.Errorf("%s (in %s): %d fixes for %q", d.Posn, pkg, len(d.SuggestedFixes), d.Message)
				}
			}
		}
		checkFindings(t, "tccodelint -json", got, markers(t, dir, "want"))
	})

	// A bad command line is one line of error, the last thing printed,
	// once: not the help, and not once per package under go vet or go
	// fix, which run the tool on every package and its dependencies.
	t.Run("BadFlag", func(t *testing.T) {
		t.Parallel()
		dir := h.module(t)
		for _, tc := range []struct {
			flag, want string
		}{
			{"-code-fields=bogus", `tccodelint: invalid value "bogus" for flag -code-fields: invalid code field "bogus": want importpath.Type.Field`},
			{`-known-codes=A,"B"`, `tccodelint: invalid value "A,\"B\"" for flag -known-codes: invalid known code "\"B\"": want a code as the API returns it`},
			{"-require=5401", `tccodelint: invalid value "5401" for flag -require: 5401 is not one of the sixteen common error codes (did you mean 5400?); want`},
			{"-require=0", `tccodelint: invalid value "0" for flag -require: 0 is success, not an error code to handle; want`},
			{"-require=PartialyExecuted", `(did you mean PartiallyExecuted?)`},
			{"-zero=maybe", `tccodelint: invalid boolean value "maybe" for -zero`},
			{"-bogus", `tccodelint: flag provided but not defined: -bogus (tccodelint -h lists the flags)`},
		} {
			for _, args := range [][]string{
				{h.bin, tc.flag, "./..."},
				{h.goCmd, "vet", "-vettool=" + h.bin, tc.flag, "./..."},
				{h.goCmd, "fix", "-fixtool=" + h.bin, tc.flag, "./..."},
			} {
				what := strings.Join(append([]string{filepath.Base(args[0])}, args[1:]...), " ")
				if (tc.flag == "-bogus" || tc.flag == "-zero=maybe") && args[0] == h.goCmd {
					continue // the go command refuses it itself, knowing the tool's flags and which are boolean
				}
				res := h.run(t, dir, args[0], args[1:]...)
				lines := strings.Split(strings.TrimSpace(res.stderr), "\n")
				if res.code == 0 || !strings.Contains(lines[len(lines)-1], tc.want) {
					t.Errorf("%s: exited %d, want non-zero and a last line containing %q\n%s", what, res.code, tc.want, res.output())
				}
				if n := strings.Count(res.stderr, "tccodelint: "); n != 1 {
					t.Errorf("%s: the error shows %d times, want once\n%s", what, n, res.output())
				}
				if args[0] == h.bin && len(lines) != 1 {
					t.Errorf("%s: printed %d lines, want the error alone\n%s", what, len(lines), res.output())
				}
			}
		}
		// Without packages the error is as alone, and last.
		for _, args := range [][]string{{"-bogus"}, {"-require=5401"}, {"-zero", "-bogus"}} {
			res := h.run(t, dir, h.bin, args...)
			lines := strings.Split(strings.TrimSpace(res.stderr), "\n")
			if res.code != 2 || len(lines) != 1 || !strings.HasPrefix(lines[0], "tccodelint: ") || !strings.HasSuffix(lines[0], " (tccodelint -h lists the flags)") {
				t.Errorf("tccodelint %s: exited %d, want 2 and one line, as with packages\n%s", strings.Join(args, " "), res.code, res.output())
			}
		}
		// A flag after the packages would be taken for a package.
		if res := h.run(t, dir, h.bin, "./...", "-fix"); res.code != 2 || strings.TrimSpace(res.stderr) != "tccodelint: flag -fix after the packages: flags go before them, as in tccodelint -fix ./..." {
			t.Errorf("tccodelint ./... -fix: exited %d\n%s", res.code, res.output())
		}
		// -h, help (which go vet and go fix advise) and no packages at
		// all print the help, flags included.
		for _, args := range [][]string{{"-h"}, {"help"}, {}, {"-zero"}} {
			res := h.run(t, dir, h.bin, args...)
			if !strings.Contains(res.stderr, "-require codes") || !strings.Contains(res.stderr, "# Flags") || !strings.HasSuffix(res.stderr, "tccode.Success\n") {
				t.Errorf("tccodelint %s: no full help\n%s", strings.Join(args, " "), res.output())
			}
		}
	})

	t.Run("Fix", func(t *testing.T) {
		t.Parallel()
		dir := h.module(t)
		if res := h.run(t, dir, h.bin, "-fix", "./..."); res.code != 0 {
			t.Fatalf("tccodelint -fix ./... exited %d\n%s", res.code, res.output())
		}
		fixed := h.checkFixed(t, dir)

		// What fixes write: an import reused under its alias, a new one
		// where there is none, a product code's own constant.
		for file, want := range map[string]string{
			"api/retry.go":     "case tc.InternalServerError:",
			"api/api.go":       "package api\n\nimport \"github.com/tccodelint/tccodelint/tccode\"\n",
			"client/client.go": "case api.CodeAddressInUse:",
			"client/fake.go":   "import \"example.com/app/api\"\nimport \"github.com/tccodelint/tccodelint/tccode\"\n",
		} {
			if !strings.Contains(fixed[file], want) {
				t.Errorf("after -fix, %s does not contain %q:\n%s", file, want, fixed[file])
			}
		}
		if n := strings.Count(fixed["api/retry.go"], "tccodelint/tccode\""); n != 1 {
			t.Errorf("after -fix, api/retry.go imports tccode %d times, want once:\n%s", n, fixed["api/retry.go"])
		}

		res := h.run(t, dir, h.bin, "./...")
		var unfixable []string
		for _, f := range markers(t, dir, "want") {
			if _, msg, _ := strings.Cut(f, ": "); !fixable(msg) {
				unfixable = append(unfixable, f)
			}
		}
		if res.code != 3 {
			t.Errorf("tccodelint ./... after -fix exited %d, want 3 (diagnostics)\n%s", res.code, res.output())
		}
		checkFindings(t, "tccodelint ./... after -fix", findings(t, dir, res.stderr), unfixable)

		if res := h.run(t, dir, h.bin, "-fix", "./..."); res.code != 0 {
			t.Fatalf("second tccodelint -fix ./... exited %d\n%s", res.code, res.output())
		}
		if again := goFiles(t, dir); !maps.Equal(again, fixed) {
			t.Errorf("a second -fix changed files:\n%s", diffFiles(fixed, again))
		}

		// The other drivers apply the same fixes.
		t.Run("Vet", func(t *testing.T) {
			t.Parallel()
			dir := h.module(t)
			if res := h.run(t, dir, h.goCmd, "vet", "-vettool="+h.bin, "-fix", "./..."); res.code != 0 {
				t.Fatalf("go vet -vettool -fix exited %d\n%s", res.code, res.output())
			}
			if got := h.checkFixed(t, dir); !maps.Equal(got, fixed) {
				t.Errorf("go vet -vettool -fix and tccodelint -fix disagree:\n%s", diffFiles(fixed, got))
			}
		})
		t.Run("GoFix", func(t *testing.T) {
			t.Parallel()
			dir := h.module(t)
			if res := h.run(t, dir, h.goCmd, "fix", "-fixtool="+h.bin, "./..."); res.code != 0 {
				t.Fatalf("go fix -fixtool exited %d\n%s", res.code, res.output())
			}
			if got := h.checkFixed(t, dir); !maps.Equal(got, fixed) {
				t.Errorf("go fix -fixtool and tccodelint -fix disagree:\n%s", diffFiles(fixed, got))
			}
		})
	})
}

// A harness runs the command and the go command.
type harness struct {
	goCmd string // the go command
	gofmt string // the gofmt beside it
	bin   string // the tccodelint command, built for the test
	root  string // the repository's root directory
}

// module writes the test module to a new directory and returns it.
func (h *harness) module(t *testing.T) string {
	t.Helper()
	return h.moduleOf(t, module)
}

// moduleOf writes the module whose files are the txtar archive files
// to a new directory and returns it.
func (h *harness) moduleOf(t *testing.T, files string) string {
	t.Helper()
	dir := t.TempDir()
	gomod, err := os.ReadFile(filepath.Join(h.root, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	// The go line is the repository's: an older one would need go.mod
	// updated, since the module requires the repository's. With the
	// repository replaced by a directory and tccode importing nothing,
	// the module needs no go.sum and nothing from the network.
	goLine := regexp.MustCompile(`(?m)^go \S+$`).Find(gomod)
	if goLine == nil {
		t.Fatalf("%s/go.mod has no go line", h.root)
	}
	ar := txtar.Parse([]byte(files))
	ar.Files = append(ar.Files, txtar.File{
		Name: "go.mod",
		Data: []byte("module example.com/app\n\n" + string(goLine) + "\n\n" +
			"require github.com/tccodelint/tccodelint v0.0.0\n\n" +
			"replace github.com/tccodelint/tccodelint => " + h.root + "\n"),
	})
	for _, f := range ar.Files {
		name := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(name), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, f.Data, 0o666); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// checkFixed checks that the fixed module in dir builds, passes go vet
// and is formatted, and returns its Go files.
func (h *harness) checkFixed(t *testing.T, dir string) map[string]string {
	t.Helper()
	h.mustRun(t, dir, h.goCmd, "build", "./...")
	h.mustRun(t, dir, h.goCmd, "vet", "./...")
	if out := h.mustRun(t, dir, h.gofmt, "-l", "."); out != "" {
		t.Errorf("after the fixes, gofmt -l lists:\n%s", out)
	}
	return goFiles(t, dir)
}

// A result is what a command printed and its exit code.
type result struct {
	stdout, stderr string
	code           int
}

func (r result) output() string { return r.stdout + r.stderr }

// run runs the named program in the test module dir and returns its
// result; it fails the test if the program could not be started.
func (h *harness) run(t *testing.T, dir, name string, args ...string) result {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	// Keep the user's settings from changing how the module builds, and
	// make sure that it needs no network.
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=readonly", "GOPROXY=off")
	var stdout, stderr strings.Builder
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	res := result{stdout: stdout.String(), stderr: stderr.String()}
	if exitErr, ok := errors.AsType[*exec.ExitError](err); ok {
		res.code = exitErr.ExitCode()
	} else if err != nil {
		t.Fatalf("%s %s: %v", name, strings.Join(args, " "), err)
	}
	return res
}

// mustRun is run for a command that must succeed; it returns the
// command's standard output.
func (h *harness) mustRun(t *testing.T, dir, name string, args ...string) string {
	t.Helper()
	res := h.run(t, dir, name, args...)
	if res.code != 0 {
		t.Fatalf("%s %s (in %s) exited %d\n%s", filepath.Base(name), strings.Join(args, " "), dir, res.code, res.output())
	}
	return res.stdout
}

// diagLine matches a diagnostic as drivers print it: file:line:col: message.
var diagLine = regexp.MustCompile(`(?m)^(\S.*?\.go):(\d+):\d+: (.*)$`)

// findings returns the diagnostics in out as file:line: message, with
// the file relative to dir.
func findings(t *testing.T, dir, out string) []string {
	t.Helper()
	var list []string
	for _, m := range diagLine.FindAllStringSubmatch(out, -1) {
		file := m[1]
		if filepath.IsAbs(file) {
			rel, err := filepath.Rel(dir, file)
			if err != nil {
				t.Fatal(err)
			}
			file = rel
		}
		list = append(list, filepath.ToSlash(filepath.Clean(file))+":"+m[2]+": "+m[3])
	}
	return list
}

// markers returns the findings that the comments of the given kinds
// ("want", "zero") in the Go files of dir announce, as file:line:
// message.
func markers(t *testing.T, dir string, kinds ...string) []string {
	t.Helper()
	var list []string
	for file, src := range goFiles(t, dir) {
		for i, line := range strings.Split(src, "\n") {
			for _, kind := range kinds {
				if _, msg, ok := strings.Cut(line, "// "+kind+": "); ok {
					list = append(list, file+":"+strconv.Itoa(i+1)+": "+msg)
				}
			}
		}
	}
	return list
}

// checkFindings reports the difference between the findings that what
// printed and those the test wants, as sets.
func checkFindings(t *testing.T, what string, got, want []string) {
	t.Helper()
	slices.Sort(got)
	slices.Sort(want)
	if len(want) == 0 {
		t.Fatalf("%s: the test module announces no findings", what)
	}
	for _, f := range want {
		if !slices.Contains(got, f) {
			t.Errorf("%s: missing %s", what, f)
		}
	}
	for _, f := range got {
		if !slices.Contains(want, f) {
			t.Errorf("%s: unexpected %s", what, f)
		}
	}
	if len(got) != len(slices.Compact(slices.Clone(got))) {
		t.Errorf("%s: a finding is reported twice:\n%s", what, strings.Join(got, "\n"))
	}
}

// category returns the category of the finding with message msg.
func category(msg string) string {
	if strings.HasPrefix(msg, "magic ") {
		return "magic"
	}
	return "unhandled"
}

// fixable reports whether the finding with message msg comes with a
// fix: a magic code that has a named constant.
func fixable(msg string) bool {
	return category(msg) == "magic" && !strings.HasSuffix(msg, "; name it with a constant")
}

// goFiles returns the Go files under dir by slash-separated relative name.
func goFiles(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := make(map[string]string)
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(dir, path)
		files[filepath.ToSlash(rel)] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// diffFiles describes how the files of b differ from those of a.
func diffFiles(a, b map[string]string) string {
	var out strings.Builder
	for _, name := range slices.Sorted(maps.Keys(a)) {
		if a[name] != b[name] {
			out.WriteString("--- " + name + " (tccodelint -fix)\n" + a[name] + "\n+++ " + name + "\n" + b[name] + "\n")
		}
	}
	for _, name := range slices.Sorted(maps.Keys(b)) {
		if _, ok := a[name]; !ok {
			out.WriteString("+++ " + name + " (new)\n")
		}
	}
	return out.String()
}

func exeSuffix() string {
	if runtime.GOOS == "windows" {
		return ".exe"
	}
	return ""
}
