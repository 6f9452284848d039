// The tccodelint command reports TencentCloud API result codes compared
// by hand, and fixes them to the named constants of package tccode.
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
	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/tccodelint/tccodelint/analyzer"
)

func main() { singlechecker.Main(analyzer.Analyzer) }
