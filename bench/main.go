// The bench command measures what tccodelint costs on top of loading
// and type-checking. It times three commands under the same driver
// (same x/tools, same loading) on each corpus:
//
//   - noop (bench/noop), an analyzer that does nothing: the baseline;
//   - quiet (bench/quiet), tccodelint with its findings dropped before
//     they reach the driver: the cost of the analysis alone;
//   - tccodelint, the command itself.
//
// and reports the medians of several runs and their ratios to noop.
// Runs of the three alternate, so that a drift of the machine's speed
// during the measurement weighs on them alike.
//
// From the repository root:
//
//	go run ./bench                      # all corpora, 5 runs each
//	go run ./bench -runs 3 -scales 1,2  # fewer
//	go run ./bench -corpora gen         # the generated corpus only
//
// The corpora are a generated module of 40×scale packages of version 2
// client code (internal/corpus: envelopes, magic codes, dispatches,
// batch answers; 280 findings per package), the standard library (std),
// and the official SDK's CVM package v1.0.900, 20,000 lines of
// generated client and models (cvm: it is fetched from the module proxy
// into the module cache). Each command runs once to warm the build
// cache before the timed runs. Wall time, CPU time (user+system) and
// peak memory (maximum resident set size) come from the operating
// system; the analyzer's own time comes from the driver's -debug=tp,
// which times each analysis action with parallelism off.
package main

import (
	"bufio"
	"bytes"
	"cmp"
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/tccodelint/tccodelint/internal/corpus"
)

var (
	runs    = flag.Int("runs", 5, "timed runs of each tool on each corpus")
	scales  = flag.String("scales", "1,2,4", "sizes of the generated corpus, in units of 40 packages")
	corpora = flag.String("corpora", "gen,std,cvm", "which corpora to measure")
)

// A measure is one run of a tool.
type measure struct {
	wall, cpu time.Duration
	rss       int64 // bytes
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("bench: ")
	flag.Parse()

	repo, err := os.Getwd()
	if err != nil {
		log.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(repo, "cmd", "tccodelint")); err != nil {
		log.Fatal("run from the repository root: go run ./bench")
	}
	work, err := os.MkdirTemp("", "tccodelint-bench")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(work)

	names := []string{"noop", "quiet", "tccodelint"}
	tools := make(map[string]string)
	for name, pkg := range map[string]string{"noop": "./bench/noop", "quiet": "./bench/quiet", "tccodelint": "./cmd/tccodelint"} {
		tools[name] = filepath.Join(work, name)
		if out, err := exec.Command("go", "build", "-o", tools[name], pkg).CombinedOutput(); err != nil {
			log.Fatalf("building %s: %v\n%s", name, err, out)
		}
	}

	type target struct {
		name, dir, pattern string
	}
	var list []target
	for c := range strings.SplitSeq(*corpora, ",") {
		switch c {
		case "gen":
			for s := range strings.SplitSeq(*scales, ",") {
				n, err := strconv.Atoi(s)
				if err != nil || n < 1 {
					log.Fatalf("bad scale %q", s)
				}
				dir := filepath.Join(work, "gen"+s)
				if err := os.MkdirAll(dir, 0o755); err != nil {
					log.Fatal(err)
				}
				if err := corpus.WriteModule(dir, repo, 40*n); err != nil {
					log.Fatal(err)
				}
				list = append(list, target{fmt.Sprintf("generated ×%d (%d packages)", n, 40*n), dir, "./..."})
			}
		case "std":
			list = append(list, target{"standard library", repo, "std"})
		case "cvm":
			dir := filepath.Join(work, "cvm")
			if err := os.MkdirAll(dir, 0o755); err != nil {
				log.Fatal(err)
			}
			mod := "module example.com/cvmbench\n\ngo 1.26.0\n\nrequire github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm v1.0.900\n"
			src := "package cvmbench\n\nimport _ \"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312\"\n"
			if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(mod), 0o644); err != nil {
				log.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, "cvm.go"), []byte(src), 0o644); err != nil {
				log.Fatal(err)
			}
			tidy := exec.Command("go", "mod", "tidy")
			tidy.Dir = dir
			if out, err := tidy.CombinedOutput(); err != nil {
				log.Fatalf("fetching the CVM package: %v\n%s", err, out)
			}
			list = append(list, target{"SDK cvm v1.0.900", dir, "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/..."})
		default:
			log.Fatalf("unknown corpus %q", c)
		}
	}

	fmt.Printf("| corpus | tool | wall | wall, fastest–slowest | CPU | peak RSS | wall vs noop | RSS vs noop | analyzer's own time |\n")
	fmt.Printf("|---|---|---|---|---|---|---|---|---|\n")
	for _, c := range list {
		ms := make(map[string][]measure)
		for _, tool := range names {
			run(tools[tool], c.dir, c.pattern) // warm the build cache
		}
		for i := range *runs {
			for j := range names {
				tool := names[(i+j)%len(names)] // each in turn goes first
				ms[tool] = append(ms[tool], run(tools[tool], c.dir, c.pattern))
			}
		}
		own := ownTime(tools["tccodelint"], c.dir, c.pattern)
		base := median(ms["noop"])
		for _, tool := range names {
			m := median(ms[tool])
			ownText := "-"
			if tool == "tccodelint" {
				ownText = own.Round(time.Millisecond).String()
			}
			fastest := slices.MinFunc(ms[tool], func(a, b measure) int { return cmp.Compare(a.wall, b.wall) })
			slowest := slices.MaxFunc(ms[tool], func(a, b measure) int { return cmp.Compare(a.wall, b.wall) })
			fmt.Printf("| %s | %s | %.2fs | %.2f–%.2fs | %.2fs | %d MiB | %.3f | %.3f | %s |\n",
				c.name, tool, m.wall.Seconds(), fastest.wall.Seconds(), slowest.wall.Seconds(), m.cpu.Seconds(), m.rss>>20,
				m.wall.Seconds()/base.wall.Seconds(), float64(m.rss)/float64(base.rss), ownText)
		}
	}
}

// run runs tool on pattern in dir and measures it. Exit status 3
// (diagnostics found) is success.
func run(tool, dir, pattern string) measure {
	cmd := exec.Command(tool, pattern)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = nil, &stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if err != nil && cmd.ProcessState.ExitCode() != 3 {
		log.Fatalf("%s %s in %s: %v\n%s", filepath.Base(tool), pattern, dir, err, stderr.Bytes())
	}
	usage := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	return measure{
		wall: wall,
		cpu:  cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime(),
		rss:  usage.Maxrss * 1024, // kilobytes on Linux
	}
}

// median returns the median of each quantity, taken apart.
func median(ms []measure) measure {
	pick := func(f func(measure) int64) int64 {
		v := make([]int64, len(ms))
		for i, m := range ms {
			v[i] = f(m)
		}
		slices.Sort(v)
		return v[len(v)/2]
	}
	return measure{
		wall: time.Duration(pick(func(m measure) int64 { return int64(m.wall) })),
		cpu:  time.Duration(pick(func(m measure) int64 { return int64(m.cpu) })),
		rss:  pick(func(m measure) int64 { return m.rss }),
	}
}

// ownTime runs tool with -debug=tp and adds up the time of its own
// actions (tccodelint@pkg, tccodeflow@pkg) among those the driver
// lists; the driver lists the actions that make up 90% of the total.
func ownTime(tool, dir, pattern string) time.Duration {
	cmd := exec.Command(tool, "-debug=tp", pattern)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	cmd.Run() // exit status 3 is expected; errors show in the lines
	var total time.Duration
	sc := bufio.NewScanner(&stderr)
	for sc.Scan() {
		dur, act, ok := strings.Cut(sc.Text(), "\t")
		if !ok || !strings.HasPrefix(act, "tccode") {
			continue
		}
		if d, err := time.ParseDuration(dur); err == nil {
			total += d
		}
	}
	return total
}
