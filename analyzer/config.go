package analyzer

import (
	"fmt"
	"go/token"
	"slices"
	"strconv"
	"strings"
)

// This file holds the analyzer's settings and the parsing of the flags
// and golangci-lint settings that give them.

// Config holds the analyzer's settings.
type Config struct {
	// CodeFields names further fields that hold a result code, for
	// answers whose shape is not the usual Code/CodeDesc envelope.
	CodeFields []FieldRef

	// Zero reports comparisons with 0 too, and fixes them to
	// tccode.Success.
	Zero bool

	// Generated analyzes generated files too.
	Generated bool

	// Require lists the codes that every dispatch on codes must
	// handle. Empty, the unhandled check is off.
	Require []int64

	// DefaultHandles counts a default clause, or a final else, as
	// handling every required code.
	DefaultHandles bool

	// StrictDirectives reports //tccodelint:ignore directives that
	// silence nothing.
	StrictDirectives bool

	// Unknown turns on the unknown check: version 3 codes that no SDK
	// product package imported defines, compared with errors that can
	// only come from calls of those packages.
	Unknown bool

	// KnownCodes lists version 3 codes that the unknown check takes as
	// known besides the common ones and those of the SDK product
	// packages imported: real codes that no SDK package defines.
	KnownCodes []string

	// FollowFunctions follows codes returned by plain functions, across
	// packages, with analysis facts. It takes effect when New is
	// called: it adds the tccodeflow analyzer, whose facts make drivers
	// analyze every dependency from source.
	FollowFunctions bool
}

// DefaultConfig returns the settings the tccodelint command starts
// from: every check on, 5400 required.
func DefaultConfig() Config {
	return Config{Require: []int64{5400}, Unknown: true}
}

// A FieldRef names a struct field: the field Field of the type Type
// declared in the package PkgPath.
type FieldRef struct {
	PkgPath, Type, Field string
}

func (r FieldRef) String() string { return r.PkgPath + "." + r.Type + "." + r.Field }

// ParseFieldRefs parses a comma-separated list of importpath.Type.Field
// names, as the -code-fields flag takes it. Empty entries are skipped.
func ParseFieldRefs(s string) ([]FieldRef, error) {
	var refs []FieldRef
	for entry := range strings.SplitSeq(s, ",") {
		entry = strings.TrimSpace(entry)
		if entry == "" {
			continue
		}
		rest, field, ok1 := cut(entry)
		pkg, typ, ok2 := cut(rest)
		if !ok1 || !ok2 || pkg == "" || !token.IsIdentifier(typ) || !token.IsIdentifier(field) ||
			strings.ContainsAny(pkg, " \t\"\\") {
			return nil, fmt.Errorf("invalid code field %q: want importpath.Type.Field, as in example.com/api.Response.RetCode", entry)
		}
		refs = append(refs, FieldRef{PkgPath: pkg, Type: typ, Field: field})
	}
	return refs, nil
}

// cut splits s around its last dot.
func cut(s string) (before, after string, found bool) {
	i := strings.LastIndexByte(s, '.')
	if i < 0 {
		return s, "", false
	}
	return s[:i], s[i+1:], true
}

// fieldRefsFlag is the flag.Value of -code-fields.
type fieldRefsFlag struct{ refs *[]FieldRef }

func (f fieldRefsFlag) String() string {
	if f.refs == nil {
		return ""
	}
	var names []string
	for _, r := range *f.refs {
		names = append(names, r.String())
	}
	return strings.Join(names, ",")
}

func (f fieldRefsFlag) Set(s string) error {
	refs, err := ParseFieldRefs(s)
	if err != nil {
		return err
	}
	*f.refs = refs
	return nil
}

// ParseRequire parses the value of -require: a comma-separated list of
// the common error codes, by number (5400) or by the name of their
// tccode constant (PartiallyExecuted, or tccode.PartiallyExecuted);
// "all" for the sixteen of them; and product codes, which must say
// that they are meant: product:28004. A number that is not a common
// error code is refused, with the nearest one suggested, since a typo
// (5401) would otherwise turn the check off in silence; so is 0, which
// is success, not an error to handle. The result is sorted, without
// duplicates.
func ParseRequire(s string) ([]int64, error) {
	var codes []int64
	for entry := range strings.SplitSeq(s, ",") {
		entry = strings.TrimSpace(entry)
		if entry == "" {
			continue
		}
		code, err := parseRequired(entry)
		if err != nil {
			return nil, err
		}
		if code < 0 {
			for code := range commonCodes {
				if code != 0 {
					codes = append(codes, code)
				}
			}
			continue
		}
		codes = append(codes, code)
	}
	slices.Sort(codes)
	return slices.Compact(codes), nil
}

// requireForms says what -require accepts, for its errors.
const requireForms = "want common error codes by number or tccode name (5400, PartiallyExecuted), all, or product:N for a product's own code"

// parseRequired parses one entry of -require; "all" gives -1.
func parseRequired(entry string) (int64, error) {
	if entry == "all" {
		return -1, nil
	}
	if n, ok := strings.CutPrefix(entry, "product:"); ok {
		code, err := strconv.ParseInt(strings.TrimSpace(n), 10, 64)
		if err != nil || code <= 0 {
			return 0, fmt.Errorf("%q: want product:N, with N a product's own code, such as product:28004", entry)
		}
		return code, nil
	}
	if code, err := strconv.ParseInt(entry, 10, 64); err == nil {
		switch _, common := commonCodes[code]; {
		case code == 0:
			return 0, fmt.Errorf("0 is success, not an error code to handle; %s", requireForms)
		case common:
			return code, nil
		case code > 0:
			hint := ""
			if near, ok := nearestCode(entry); ok {
				hint = " (did you mean " + strconv.FormatInt(near, 10) + "?)"
			}
			return 0, fmt.Errorf("%d is not one of the sixteen common error codes%s; %s", code, hint,
				strings.Replace(requireForms, "product:N", "product:"+entry, 1))
		}
		return 0, fmt.Errorf("%q is not a code; %s", entry, requireForms)
	}
	name := strings.TrimPrefix(entry, "tccode.")
	code, found := codeNamed(name)
	switch {
	case found && code == 0:
		return 0, fmt.Errorf("%s is success, not an error code to handle; %s", entry, requireForms)
	case found:
		return code, nil
	}
	hint := ""
	if near, ok := nearestName(name); ok {
		hint = " (did you mean " + near + "?)"
	}
	return 0, fmt.Errorf("%q is not a common error code%s; %s", entry, hint, requireForms)
}

// codeNamed returns the code of the tccode constant called name.
func codeNamed(name string) (int64, bool) {
	for code, c := range commonCodes {
		if c.name == name {
			return code, true
		}
	}
	return 0, false
}

// nearestCode returns the common error code whose digits are nearest to
// those of s (at most two edits away), the numerically nearest among
// equals.
func nearestCode(s string) (int64, bool) {
	n, _ := strconv.ParseInt(s, 10, 64)
	var best int64
	bestDist := 3
	for code := range commonCodes {
		if code == 0 {
			continue
		}
		d := editDistance(s, strconv.FormatInt(code, 10))
		if d < bestDist || d == bestDist && abs(code-n) < abs(best-n) {
			best, bestDist = code, d
		}
	}
	return best, bestDist <= 2
}

// nearestName returns the name of the tccode error code constant
// nearest to name, ignoring case (at most a third of its letters away).
func nearestName(name string) (string, bool) {
	best, bestDist := "", len(name)/3+1
	for code, c := range commonCodes {
		if code == 0 {
			continue
		}
		d := editDistance(strings.ToLower(name), strings.ToLower(c.name))
		if d < bestDist || d == bestDist && c.name < best {
			best, bestDist = c.name, d
		}
	}
	return best, best != ""
}

func abs(n int64) int64 { return max(n, -n) }

// editDistance returns the Levenshtein distance between a and b, in
// bytes.
func editDistance(a, b string) int {
	row := make([]int, len(b)+1)
	for j := range row {
		row[j] = j
	}
	for i := 1; i <= len(a); i++ {
		prev := row[0] // row[i-1][j-1]
		row[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			prev, row[j] = row[j], min(row[j]+1, row[j-1]+1, prev+cost)
		}
	}
	return row[len(b)]
}

// requireFlag is the flag.Value of -require.
type requireFlag struct{ codes *[]int64 }

func (f requireFlag) String() string {
	if f.codes == nil {
		return ""
	}
	var s []string
	for _, c := range *f.codes {
		text := strconv.FormatInt(c, 10)
		if _, common := commonCodes[c]; !common {
			text = "product:" + text // as Set takes it back
		}
		s = append(s, text)
	}
	return strings.Join(s, ",")
}

func (f requireFlag) Set(s string) error {
	codes, err := ParseRequire(s)
	if err != nil {
		return err
	}
	*f.codes = codes
	return nil
}

// ParseKnownCodes parses the value of -known-codes: a comma-separated
// list of version 3 codes (FailedOperation.SnapshotBusy). Empty entries
// are skipped; an entry with a blank or a quote is refused.
func ParseKnownCodes(s string) ([]string, error) {
	var codes []string
	for entry := range strings.SplitSeq(s, ",") {
		entry = strings.TrimSpace(entry)
		if entry == "" {
			continue
		}
		if strings.ContainsAny(entry, " \t\"'`\\") {
			return nil, fmt.Errorf("invalid known code %q: want a code as the API returns it, such as FailedOperation.SnapshotBusy", entry)
		}
		codes = append(codes, entry)
	}
	return codes, nil
}

// knownCodesFlag is the flag.Value of -known-codes.
type knownCodesFlag struct{ codes *[]string }

func (f knownCodesFlag) String() string {
	if f.codes == nil {
		return ""
	}
	return strings.Join(*f.codes, ",")
}

// Set adds the codes of s to those of the flags before it: a repeated
// -known-codes adds up.
func (f knownCodesFlag) Set(s string) error {
	codes, err := ParseKnownCodes(s)
	if err != nil {
		return err
	}
	*f.codes = append(*f.codes, codes...)
	return nil
}
