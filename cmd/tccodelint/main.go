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
// As a vet tool, which takes go vet's package loading and build flags:
//
//	go vet -vettool=$(command -v tccodelint) ./...
//	go vet -vettool=$(command -v tccodelint) -fix ./...
//	go fix -fixtool=$(command -v tccodelint) ./...
//
// Run tccodelint -h for the checks and their flags.
package main

import (
	"os"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/tccodelint/tccodelint/analyzer"
)

func main() {
	cfg := analyzer.DefaultConfig()
	cfg.FollowFunctions = followFunctions(os.Args[1:])
	singlechecker.Main(analyzer.New(cfg))
}

// followFunctions reports whether the command line turns on
// -follow-functions. It must be known before the flags are parsed,
// since it changes which analyzers run; the flag package then parses
// it again, and reports a malformed value.
func followFunctions(args []string) bool {
	on := false
	for _, arg := range args {
		if arg == "--" {
			break
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		if !strings.HasPrefix(arg, "-") || name != "follow-functions" {
			continue
		}
		on = true
		if hasValue {
			on, _ = strconv.ParseBool(value)
		}
	}
	return on
}
