package main_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestReadme runs the shell commands of README.md as they are written,
// from the root of a fresh copy of the repository, as a newcomer would:
// each ```sh block as one script, in its own copy, in the order of the
// README, with HOME in a temporary directory (so that ~/bin is there)
// and GOBIN too (so that the command the README installs is the one on
// PATH). Every command must be known to readmeLines, which says what it
// must do, or why this test does not run it; a command added to the
// README and not to readmeLines fails the test.
func TestReadme(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go command on a copy of the repository")
	}
	if runtime.GOOS == "windows" {
		t.Skip("the README's commands are for a POSIX shell")
	}
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("bash not found")
	}
	r := newReadmeRunner(t, bash)
	blocks := readmeBlocks(t, filepath.Join(r.root, "README.md"))
	for line := range readmeLines {
		if !slices.ContainsFunc(blocks, func(b readmeBlock) bool { return slices.Contains(b.lines, line) }) {
			t.Errorf("readmeLines has %q, which README.md does not", line)
		}
	}

	for _, b := range blocks {
		var run []string
		for _, line := range b.lines {
			spec, ok := readmeLines[line]
			switch {
			case !ok:
				t.Errorf("README.md, %s: %q is run by no test: add it to readmeLines", b.section, line)
			case spec.skip == "":
				run = append(run, line)
			}
		}
		if len(run) == 0 {
			continue // every line is run elsewhere, or cannot be
		}
		if len(run) != len(b.lines) {
			t.Errorf("README.md, %s: a block mixes commands this test runs and commands it does not: %q", b.section, b.lines)
			continue
		}
		res := r.runBlock(t, b, r.env(true))
		for i, line := range b.lines {
			spec := readmeLines[line]
			what := fmt.Sprintf("README.md, %s: %s", b.section, line)
			if i >= len(res.status) {
				t.Errorf("%s: did not run (the script stopped before it)\n%s", what, res.outputs())
				break
			}
			if res.status[i] != spec.status {
				t.Errorf("%s: exit status %d, want %d\n%s", what, res.status[i], spec.status, res.output[i])
			}
			if spec.check != nil {
				spec.check(t, r, res, i)
			}
		}
	}

	// Each command that fixes, alone in a fresh copy: in its block it
	// may find the work done by the one before it.
	for _, b := range blocks {
		for _, line := range b.lines {
			spec := readmeLines[line]
			if spec.skip != "" || !strings.Contains(line, "-fix") || strings.Contains(line, "-diff") || strings.Contains(line, "/path/to/") {
				continue
			}
			var alone []string
			for _, l := range b.lines {
				if readmeAssignment.MatchString(l) {
					alone = append(alone, l)
				}
			}
			res := r.runBlock(t, readmeBlock{section: b.section, lines: append(alone, line)}, r.env(true))
			if got := res.status[len(res.status)-1]; got != spec.status {
				t.Errorf("README.md, %s: %s, alone: exit status %d, want %d\n%s", b.section, line, got, spec.status, res.outputs())
			}
			checkExampleFixed(t, r, res, len(res.status)-1)
		}
	}

	// Without tccodelint on PATH, the go vet and go fix commands stop
	// loudly, before the go command runs a tool of its own.
	for _, b := range blocks {
		for _, line := range b.lines {
			if !strings.Contains(line, "-vettool=") && !strings.Contains(line, "-fixtool=") {
				continue
			}
			var prelude []string
			for _, l := range b.lines {
				if readmeAssignment.MatchString(l) {
					prelude = append(prelude, l)
				}
			}
			missing := readmeBlock{section: b.section, lines: append(prelude, line)}
			res := r.runBlock(t, missing, r.env(false))
			if len(res.status) == len(missing.lines) || !strings.Contains(res.outputs(), "tccodelint: is not on PATH") {
				t.Errorf("README.md, %s: %s, without tccodelint on PATH: ran on, or said nothing clear\n%s", b.section, line, res.outputs())
			}
			if got := goFiles(t, filepath.Join(res.dir, "example")); !strings.Contains(got["cvm/snapshot.go"], "resp.Code == 4100") {
				t.Errorf("README.md, %s: %s, without tccodelint on PATH, changed the example", b.section, line)
			}
		}
	}
}

// A readmeLine says what a command of the README must do, or why the
// test does not run it.
type readmeLine struct {
	skip   string // why it is not run here; "" runs it
	status int    // its exit status
	// check, if set, checks more: res.output[i] is the command's
	// output; res.dir holds the copy as the whole block left it.
	check func(t *testing.T, r *readmeRunner, res readmeResult, i int)
}

// readmeLines lists every shell command of README.md.
var readmeLines = map[string]readmeLine{
	// Set up.
	"go run ./cmd/tccodelint ./example/...": {status: 1, check: func(t *testing.T, r *readmeRunner, res readmeResult, i int) {
		// The go command reports the status, 3, and exits 1.
		out, ok := strings.CutSuffix(res.output[i], "exit status 3\n")
		if !ok {
			t.Errorf("go run: the output does not end with exit status 3:\n%s", res.output[i])
		}
		if got, want := strings.ReplaceAll(out, res.dir+string(filepath.Separator), ""), r.exampleOutput(t); got != want {
			t.Errorf("go run ./cmd/tccodelint ./example/... prints\n%s\nREADME.md shows\n%s", got, want)
		}
	}},
	"go test ./...": {skip: "it runs this test; .ci/run runs it as written in a fresh clone with empty Go caches"},

	// Install.
	"go install ./cmd/tccodelint": {status: 0, check: func(t *testing.T, r *readmeRunner, res readmeResult, i int) {
		if _, err := os.Stat(filepath.Join(r.gobin, "tccodelint")); err != nil {
			t.Errorf("go install ./cmd/tccodelint: %v", err)
		}
	}},
	"go install github.com/tccodelint/tccodelint/cmd/tccodelint@latest": {skip: "the module is not published yet"},

	// Use, standalone. The lines run in the order of the README, in
	// one copy: the diff before the fix, the fix before the rest.
	"tccodelint ./...                 # report; exit status 3 if anything was found": {status: 3, check: func(t *testing.T, r *readmeRunner, res readmeResult, i int) {
		if got, want := strings.ReplaceAll(res.output[i], res.dir+string(filepath.Separator), ""), r.exampleOutput(t); got != want {
			t.Errorf("tccodelint ./... from the root prints\n%s\nwant the example's findings\n%s", got, want)
		}
	}},
	"tccodelint -fix -diff ./...      # print the fixes as a diff": {status: 0, check: func(t *testing.T, r *readmeRunner, res readmeResult, i int) {
		if !strings.Contains(res.output[i], "+\t\tif resp.Code == tccode.AuthenticationFailed {") {
			t.Errorf("tccodelint -fix -diff ./... prints no fix of 4100:\n%s", res.output[i])
		}
	}},
	"tccodelint -fix ./...            # apply them": {status: 0, check: checkExampleFixed},
	"tccodelint -json ./...           # report as JSON (exit status 0)": {status: 0, check: func(t *testing.T, r *readmeRunner, res readmeResult, i int) {
		var tree map[string]map[string][]struct{ Message string }
		if err := json.Unmarshal([]byte(res.output[i]), &tree); err != nil {
			t.Errorf("tccodelint -json ./... prints invalid JSON: %v\n%s", err, res.output[i])
		}
		if !strings.Contains(res.output[i], "28009, a product-specific code") {
			t.Errorf("tccodelint -json ./... after -fix lacks the finding without a fix:\n%s", res.output[i])
		}
	}},
	"tccodelint -zero ./...           # an analyzer flag: see Settings": {status: 3, check: func(t *testing.T, r *readmeRunner, res readmeResult, i int) {
		if !strings.Contains(res.output[i], "magic TencentCloud code 0 (success); use tccode.Success") {
			t.Errorf("tccodelint -zero ./... reports no comparison with 0:\n%s", res.output[i])
		}
	}},

	// Use, as the tool of go vet and go fix.
	"tccodelint=$(command -v tccodelint)": {status: 0},
	`go vet -vettool="${tccodelint:?is not on PATH}" ./...`: {status: 1, check: func(t *testing.T, r *readmeRunner, res readmeResult, i int) {
		if !strings.Contains(res.output[i], "snapshot.go:50:19: magic TencentCloud code 4100") {
			t.Errorf("go vet -vettool: no finding at snapshot.go:50:19\n%s", res.output[i])
		}
	}},
	`go vet -vettool="${tccodelint:?is not on PATH}" -zero ./...`: {status: 1, check: func(t *testing.T, r *readmeRunner, res readmeResult, i int) {
		if !strings.Contains(res.output[i], "magic TencentCloud code 0 (success)") {
			t.Errorf("go vet -vettool -zero: no comparison with 0 reported\n%s", res.output[i])
		}
	}},
	`go vet -vettool="${tccodelint:?is not on PATH}" -fix ./...`: {status: 0, check: checkExampleFixed},
	`go fix -fixtool="${tccodelint:?is not on PATH}" ./...`:      {status: 0},

	// The fixed code's dependency on tccode, on a module of the user's.
	"cd /path/to/your/module": {status: 0},
	"go mod edit -replace=github.com/tccodelint/tccodelint=/path/to/tccodelint": {status: 0},
	"tccodelint -fix ./...": {status: 0, check: func(t *testing.T, r *readmeRunner, res readmeResult, i int) {
		if got := goFiles(t, r.userModule); !strings.Contains(got["app.go"], "r.Code == tccode.AuthenticationFailed") {
			t.Errorf("tccodelint -fix did not fix the user's module:\n%s", got["app.go"])
		}
	}},
	"go mod tidy": {status: 0, check: func(t *testing.T, r *readmeRunner, res readmeResult, i int) {
		gomod, _ := os.ReadFile(filepath.Join(r.userModule, "go.mod"))
		if !strings.Contains(string(gomod), "require github.com/tccodelint/tccodelint") {
			t.Errorf("go mod tidy added no requirement:\n%s", gomod)
		}
	}},
	"go build ./...": {status: 0},
	"go get github.com/tccodelint/tccodelint/tccode@latest": {skip: "the module is not published yet"},

	// The golangci-lint and gopls builds take minutes: their own
	// end-to-end tests, which .ci/run runs, run these lines as written.
	"(cd integration/golangci-lint && go build -o ~/bin/golangci-lint .)":  {skip: "run as written by integration/golangci-lint/test.sh"},
	"~/bin/golangci-lint run --config .golangci.example.yml ./example/...": {skip: "run as written by integration/golangci-lint/test.sh"},
	"integration/gopls/build.sh ~/bin/gopls-tccodelint":                    {skip: "run as written by integration/gopls/test.sh"},
}

// checkExampleFixed checks that the example in the copy is fixed, builds
// and is gofmt-clean.
func checkExampleFixed(t *testing.T, r *readmeRunner, res readmeResult, i int) {
	t.Helper()
	files := goFiles(t, filepath.Join(res.dir, "example"))
	if !strings.Contains(files["cvm/snapshot.go"], "resp.Code == tccode.AuthenticationFailed") {
		t.Errorf("after the fixes, snapshot.go still compares 4100:\n%s", files["cvm/snapshot.go"])
	}
	for _, args := range [][]string{{r.goCmd, "build", "./example/..."}, {r.goCmd, "vet", "./example/..."}, {r.gofmt, "-l", "example"}} {
		cmd := exec.Command(args[0], args[1:]...)
		cmd.Dir = res.dir
		cmd.Env = r.env(true)
		if out, err := cmd.CombinedOutput(); err != nil || len(out) > 0 {
			t.Errorf("after the fixes, %s: %v\n%s", strings.Join(args[1:], " "), err, out)
		}
	}
}

// readmeAssignment matches a line that sets a shell variable.
var readmeAssignment = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*=`)

// A readmeBlock is the command lines of one ```sh block of the README.
type readmeBlock struct {
	section string // the heading it is under
	lines   []string
}

// readmeBlocks returns the ```sh blocks of the README at name.
func readmeBlocks(t *testing.T, name string) []readmeBlock {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var (
		blocks  []readmeBlock
		section string
		block   *readmeBlock
		fence   string // the fence of the block being read; "" outside
	)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		trimmed := strings.TrimSpace(line)
		switch {
		case fence != "":
			if trimmed == fence {
				if block != nil {
					blocks = append(blocks, *block)
				}
				fence, block = "", nil
			} else if block != nil && trimmed != "" && !strings.HasPrefix(trimmed, "#") {
				block.lines = append(block.lines, trimmed)
			}
		case strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~"):
			fence = trimmed[:3]
			switch info := strings.TrimSpace(trimmed[3:]); info {
			case "sh":
				block = &readmeBlock{section: section}
			case "bash", "shell", "console", "zsh", "":
				if fence != "```" || info != "" {
					t.Errorf("README.md, %s: a %q block: write shell commands in ```sh blocks, which this test runs", section, trimmed)
				}
			}
		case strings.HasPrefix(line, "#"):
			section = strings.TrimSpace(strings.TrimLeft(line, "#"))
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(blocks) < 5 {
		t.Fatalf("README.md has %d sh blocks; the parser is wrong", len(blocks))
	}
	return blocks
}

// A readmeRunner runs blocks of the README in copies of the repository.
type readmeRunner struct {
	bash, goCmd, gofmt string
	root               string // the repository
	clone              string // a fresh copy of it, copied again for each block
	home, gobin        string
	userModule         string // the module of /path/to/your/module, made for each block
	cacheEnv           []string
}

func newReadmeRunner(t *testing.T, bash string) *readmeRunner {
	t.Helper()
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go command not found")
	}
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	r := &readmeRunner{bash: bash, goCmd: goCmd, root: root, clone: filepath.Join(tmp, "clone"), home: filepath.Join(tmp, "home"), gobin: filepath.Join(tmp, "gobin")}
	for _, dir := range []string{r.home, r.gobin} {
		if err := os.MkdirAll(dir, 0o777); err != nil {
			t.Fatal(err)
		}
	}
	// A new HOME would move the caches, and the go env file, that
	// default to places under it: keep them.
	out, err := exec.Command(goCmd, "env", "GOROOT", "GOPATH", "GOMODCACHE", "GOCACHE", "GOENV").Output()
	if err != nil {
		t.Fatalf("go env: %v", err)
	}
	vals := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(vals) != 5 {
		t.Fatalf("go env printed %q", out)
	}
	r.gofmt = filepath.Join(vals[0], "bin", "gofmt")
	r.cacheEnv = []string{"GOPATH=" + vals[1], "GOMODCACHE=" + vals[2], "GOCACHE=" + vals[3], "GOENV=" + vals[4]}
	copyRepository(t, root, r.clone)
	return r
}

// env returns the environment of the README's commands: the user's,
// with HOME and GOBIN in the test's directory, GOBIN on PATH if
// withTool, and no network (the module cache has what they need).
func (r *readmeRunner) env(withTool bool) []string {
	path := os.Getenv("PATH")
	if withTool {
		path = r.gobin + string(os.PathListSeparator) + path
	} else {
		// Leave out every directory that holds a tccodelint.
		var dirs []string
		for _, dir := range filepath.SplitList(path) {
			if _, err := os.Stat(filepath.Join(dir, "tccodelint")); err != nil {
				dirs = append(dirs, dir)
			}
		}
		path = strings.Join(dirs, string(os.PathListSeparator))
	}
	env := slices.DeleteFunc(os.Environ(), func(kv string) bool {
		name, _, _ := strings.Cut(kv, "=")
		return slices.Contains([]string{"HOME", "GOBIN", "PATH", "GOPATH", "GOMODCACHE", "GOCACHE", "GOENV", "GOPROXY", "GOWORK"}, name)
	})
	return append(env, append(r.cacheEnv, "HOME="+r.home, "GOBIN="+r.gobin, "PATH="+path, "GOPROXY=off", "GOWORK=off")...)
}

// A readmeResult is what a block's commands did.
type readmeResult struct {
	dir    string   // the copy of the repository the block ran in
	status []int    // of each line that ran
	output []string // of each line that ran, stdout and stderr
}

func (res readmeResult) outputs() string { return strings.Join(res.output, "") }

// runBlock runs the lines of b as one bash script, in a new copy of the
// repository, with /path/to/tccodelint standing for the copy and
// /path/to/your/module for a new module of the user's.
func (r *readmeRunner) runBlock(t *testing.T, b readmeBlock, env []string) readmeResult {
	t.Helper()
	tmp := t.TempDir()
	res := readmeResult{dir: filepath.Join(tmp, "tccodelint")}
	copyRepository(t, r.clone, res.dir)
	r.userModule = filepath.Join(tmp, "yours")
	writeFiles(t, r.userModule, map[string]string{
		"go.mod": "module example.com/yours\n\ngo 1.26.0\n",
		"app.go": "package app\n\ntype Response struct {\n\tCode     int\n\tMessage  string\n\tCodeDesc string\n}\n\n" +
			"// Denied reports whether r says the signature did not verify.\nfunc Denied(r Response) bool { return r.Code == 4100 }\n",
	})
	// Each line's output and status go to files: line, then
	// { line
	// } >out.N 2>&1; echo $? >status.N
	var script strings.Builder
	for i, line := range b.lines {
		line = strings.ReplaceAll(line, "/path/to/tccodelint", res.dir)
		line = strings.ReplaceAll(line, "/path/to/your/module", r.userModule)
		if readmeAssignment.MatchString(line) {
			fmt.Fprintf(&script, "%s\necho $? >%q\n", line, filepath.Join(tmp, "status."+strconv.Itoa(i)))
			continue
		}
		fmt.Fprintf(&script, "{ %s\n} >%q 2>&1; echo $? >%q\n", line, filepath.Join(tmp, "out."+strconv.Itoa(i)), filepath.Join(tmp, "status."+strconv.Itoa(i)))
	}
	cmd := exec.Command(r.bash, "-c", script.String())
	cmd.Dir = res.dir
	cmd.Env = env
	scriptOut, err := cmd.CombinedOutput()
	if _, ok := err.(*exec.ExitError); err != nil && !ok {
		t.Fatalf("bash: %v", err)
	}
	for i := range b.lines {
		data, err := os.ReadFile(filepath.Join(tmp, "status."+strconv.Itoa(i)))
		if err != nil {
			// The script stopped here: what it said is the line's output.
			out, _ := os.ReadFile(filepath.Join(tmp, "out."+strconv.Itoa(i)))
			res.output = append(res.output, string(out)+string(scriptOut))
			break
		}
		status, _ := strconv.Atoi(strings.TrimSpace(string(data)))
		out, _ := os.ReadFile(filepath.Join(tmp, "out."+strconv.Itoa(i)))
		res.status = append(res.status, status)
		res.output = append(res.output, string(out))
	}
	return res
}

// exampleOutput returns the output README.md shows for the example.
func (r *readmeRunner) exampleOutput(t *testing.T) string {
	t.Helper()
	readme, err := os.ReadFile(filepath.Join(r.root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, block, ok := strings.Cut(string(readme), "<!-- example output -->\n```\n")
	block, _, ok2 := strings.Cut(block, "```\n<!-- end example output -->")
	if !ok || !ok2 {
		t.Fatal("README.md has no block between <!-- example output --> markers")
	}
	return block
}

// copyRepository copies the repository at src to dst as a fresh clone
// would have it, with the work tree's changes: the files git tracks,
// and those it does not but would not ignore. Without git, every file
// but .git's.
func copyRepository(t *testing.T, src, dst string) {
	t.Helper()
	var names []string
	out, err := exec.Command("git", "-C", src, "ls-files", "-z", "--cached", "--others", "--exclude-standard").Output()
	if err == nil {
		for name := range strings.SplitSeq(strings.TrimSuffix(string(out), "\x00"), "\x00") {
			names = append(names, filepath.FromSlash(name))
		}
	} else {
		err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				if d != nil && d.Name() == ".git" {
					return filepath.SkipDir
				}
				return err
			}
			rel, err := filepath.Rel(src, path)
			names = append(names, rel)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range names {
		from := filepath.Join(src, name)
		info, err := os.Lstat(from)
		if err != nil || !info.Mode().IsRegular() {
			continue // deleted in the work tree, or not a file
		}
		data, err := os.ReadFile(from)
		if err != nil {
			t.Fatal(err)
		}
		to := filepath.Join(dst, name)
		if err := os.MkdirAll(filepath.Dir(to), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(to, data, info.Mode().Perm()); err != nil {
			t.Fatal(err)
		}
	}
}

// writeFiles writes files, by slash-separated name, under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o666); err != nil {
			t.Fatal(err)
		}
	}
}
