// The tccodelint command reports TencentCloud API result codes compared
// by hand, and dispatches on them that forget a code, and fixes magic
// codes to the named constants of package tccode.
//
// Standalone, on the packages named as for go build:
//
//	tccodelint ./...
//	tccodelint -fix ./...         # apply the suggested fixes
//	tccodelint -fix -diff ./...   # show them as a diff instead
//	tccodelint -json ./...        # report as JSON
//
// As a vet tool, which takes go vet's package loading and build flags.
// The go command needs the tool's full path, and with an empty one runs
// its own vet or fixers instead, so refuse an empty path:
//
//	tccodelint=$(command -v tccodelint)
//	go vet -vettool="${tccodelint:?is not on PATH}" ./...
//	go vet -vettool="${tccodelint:?is not on PATH}" -fix ./...
//	go fix -fixtool="${tccodelint:?is not on PATH}" ./...
//
// Run tccodelint -h for the checks and their flags.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/tccodelint/tccodelint/analyzer"
)

func main() {
	line := scan(os.Args[1:], analyzer.New(analyzer.DefaultConfig()).Flags)
	switch {
	case line.late != "" && !line.vet:
		fmt.Fprintf(os.Stderr, "tccodelint: flag %s after the packages: flags go before them, as in tccodelint -fix ./...\n", line.late)
		os.Exit(2)
	case len(os.Args) == 2 && os.Args[1] == "help":
		os.Args[1] = "-h" // what go vet and go fix tell their users to run
	}
	cfg := analyzer.DefaultConfig()
	cfg.FollowFunctions = line.followFunctions
	oneLineFlagErrors(line.packages)
	singlechecker.Main(analyzer.New(cfg))
}

// A commandLine is what main needs to know of the arguments before the
// flag package parses them.
type commandLine struct {
	followFunctions bool   // -follow-functions is on: it decides which analyzers run
	packages        bool   // package patterns (or go vet's vet.cfg) follow the flags
	vet             bool   // the tool runs under go vet or go fix: its last argument is a vet.cfg file
	late            string // a flag given after the packages, which the flag package would take for a package
}

// driverValueFlags are the flags of the drivers that take a value in
// the next argument when not given one with =.
var driverValueFlags = map[string]bool{"c": true, "debug": true, "cpuprofile": true, "memprofile": true, "trace": true, "tags": true}

// scan reads args as the flag package will, knowing the analyzer's
// flags: which flags take their value from the next argument.
func scan(args []string, flags flag.FlagSet) commandLine {
	var line commandLine
	line.vet = len(args) > 0 && filepath.Ext(args[len(args)-1]) == ".cfg"
	takesValue := func(name string) bool {
		if driverValueFlags[name] {
			return true
		}
		f := flags.Lookup(name)
		if f == nil {
			return false
		}
		b, ok := f.Value.(interface{ IsBoolFlag() bool })
		return !ok || !b.IsBoolFlag()
	}
	for i := 0; i < len(args); i++ {
		arg := args[i]
		if arg == "--" {
			line.packages = line.packages || i+1 < len(args)
			break
		}
		if len(arg) < 2 || arg[0] != '-' {
			line.packages = true
			for _, rest := range args[i+1:] {
				if len(rest) > 1 && rest[0] == '-' {
					line.late = rest
					break
				}
			}
			break
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		if !hasValue && takesValue(name) {
			i++ // -require 5400
		}
		if name == "follow-functions" {
			line.followFunctions = true
			if hasValue {
				line.followFunctions, _ = strconv.ParseBool(value)
			}
		}
	}
	return line
}

// oneLineFlagErrors makes a bad command line (an unknown flag, a
// malformed value) print one line, the flag package's error, instead of
// the error followed by the whole help, which buries it: under go vet
// and go fix the tool runs once per package, the standard library's
// included, and a 3-file program printed 70,000 lines. tccodelint -h
// still prints the help, and so does tccodelint without packages.
//
// The flag package prints its error to the flag set's output and then
// calls its Usage; -h calls Usage alone. So, where packages follow the
// flags, the error is caught on its way to the output, and Usage tells
// the two apart by it. (Without packages the driver prints its help
// through the same output after parsing, so there it goes straight
// through.) The drivers set flag.Usage, the help, which is called only
// for -h.
func oneLineFlagErrors(packages bool) {
	if !packages {
		// tccodelint -bogus: the error, as with packages, and nothing
		// after it.
		out := &errorLineWriter{w: os.Stderr}
		flag.CommandLine.SetOutput(out)
		flag.CommandLine.Usage = func() {
			if out.said {
				os.Exit(2) // the error, said
			}
			flag.Usage() // -h
		}
		return
	}
	var msg bytes.Buffer
	flag.CommandLine.SetOutput(&msg)
	flag.CommandLine.Usage = func() {
		flag.CommandLine.SetOutput(os.Stderr)
		if msg.Len() == 0 {
			flag.Usage() // -h
			return
		}
		if !firstToSay(os.Args[1:]) {
			os.Exit(0) // another run of this go vet or go fix said it
		}
		fmt.Fprintf(os.Stderr, "tccodelint: %s (tccodelint -h lists the flags)\n", strings.TrimSpace(msg.String()))
		os.Exit(2)
	}
}

// An errorLineWriter passes on what it is given, but for a flag
// error, which it writes as the one line of a bad command line.
type errorLineWriter struct {
	w    io.Writer
	said bool // a flag error was written
}

func (e *errorLineWriter) Write(p []byte) (int, error) {
	if e.said || !isFlagError(string(p)) {
		return e.w.Write(p)
	}
	e.said = true
	fmt.Fprintf(e.w, "tccodelint: %s (tccodelint -h lists the flags)\n", strings.TrimSpace(string(p)))
	return len(p), nil
}

// isFlagError reports whether text is an error of the flag package.
func isFlagError(text string) bool {
	for _, prefix := range []string{"flag provided but not defined: ", "invalid value ", "invalid boolean value ", "bad flag syntax: ", "flag needs an argument: "} {
		if strings.HasPrefix(text, prefix) {
			return true
		}
	}
	return false
}

// firstToSay reports whether the run with the command line args is
// the one to report an error in it. It is, standalone. Under go vet
// and go fix, which run the tool once for each package with the same
// flags, the one run that says it is the first to create a file in the
// go command's work directory, which is the parent of the package's
// directory holding the vet.cfg file (args' last) and lasts as long as
// the go command. Runs on a package only for the facts of the packages
// that import it (VetxOnly: the standard library and other
// dependencies) never say it: they stay quiet, as they always are. The
// error then shows once, and go vet or go fix fails.
func firstToSay(args []string) bool {
	if len(args) == 0 || filepath.Ext(args[len(args)-1]) != ".cfg" {
		return true // standalone
	}
	cfgFile := args[len(args)-1]
	data, err := os.ReadFile(cfgFile)
	if err != nil {
		return true
	}
	var cfg struct{ VetxOnly bool }
	if json.Unmarshal(data, &cfg) == nil && cfg.VetxOnly {
		return false
	}
	// $WORK/b001/vet.cfg
	pkgDir := filepath.Dir(cfgFile)
	if !workDirPackage.MatchString(filepath.Base(pkgDir)) {
		return true // not the go command's layout: say it
	}
	f, err := os.OpenFile(filepath.Join(filepath.Dir(pkgDir), "tccodelint-flag-error"), os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
	if err != nil {
		return !os.IsExist(err) // exists: said already
	}
	f.Close()
	return true
}

// workDirPackage matches the name of a package's directory in the go
// command's work directory: b001, b042.
var workDirPackage = regexp.MustCompile(`^b[0-9]+$`)
