package analyzer

import (
	"fmt"
	"go/constant"
	"go/types"
	"slices"
	"strings"
)

// This file holds the unknown check: a version 3 code compared with a
// value that no SDK product package the code imports defines, and that
// is no common code, never matches. The SDK's product packages export
// every code their product returns (cvm.INTERNALERROR, in errors.go),
// so the known codes come from the packages the user builds against,
// at their version, and nothing here goes stale.

// A knownCodes is the set of version 3 codes known to a file: the
// common ones, those of the SDK product packages imported, and those
// that -known-codes adds.
type knownCodes struct {
	codes    map[string]bool
	packages map[*types.Package]bool // the product packages consulted
	products []string                // their products (cvm), sorted
	byLength map[int][]string
	bySuffix map[string][]string // by the part after the first dot
}

// knownCodes returns the codes known to the file, or nil if the file's
// package imports no SDK product package. A test file knows the codes
// of the products that any file of the package imports; any other file,
// those that the package's other files but its tests import, so that a
// package and its test variant agree. Only packages imported count:
// a package that only another package imports is seen through that
// one's export data, which holds no more of it than that one's types
// use.
func (f *fileUnit) knownCodes() *knownCodes {
	if !f.shared.unknown {
		return nil
	}
	test := isTestFile(f.tok.Name())
	if k, ok := f.shared.known[test]; ok {
		return k
	}
	if f.shared.known == nil {
		f.shared.known = make(map[bool]*knownCodes)
	}
	var k *knownCodes
	for _, file := range f.pass.Files {
		if isTestFile(f.pass.Fset.File(file.FileStart).Name()) && !test {
			continue
		}
		for _, spec := range file.Imports {
			name := f.pass.TypesInfo.PkgNameOf(spec)
			if name == nil || !isProductPath(name.Imported().Path()) {
				continue
			}
			if k == nil {
				k = newKnownCodes(f.shared.extraCodes)
			}
			k.addProduct(name.Imported())
		}
	}
	if k != nil {
		slices.Sort(k.products)
		k.products = slices.Compact(k.products)
	}
	f.shared.known[test] = k
	return k
}

// newKnownCodes returns the common codes, the SDK's own and extra ones.
func newKnownCodes(extra []string) *knownCodes {
	k := &knownCodes{
		codes:    make(map[string]bool),
		packages: make(map[*types.Package]bool),
		byLength: make(map[int][]string),
		bySuffix: make(map[string][]string),
	}
	for code := range v3Codes {
		k.add(code)
	}
	for _, code := range sdkOwnCodes {
		k.add(code)
	}
	for _, code := range extra {
		k.add(code)
	}
	return k
}

// add adds code to k.
func (k *knownCodes) add(code string) {
	if code == "" || k.codes[code] {
		return
	}
	k.codes[code] = true
	k.byLength[len(code)] = append(k.byLength[len(code)], code)
	if _, suffix, ok := strings.Cut(code, "."); ok && suffix != "" {
		k.bySuffix[suffix] = append(k.bySuffix[suffix], code)
	}
}

// addProduct adds the codes of the product package pkg: its exported
// string constants.
func (k *knownCodes) addProduct(pkg *types.Package) {
	if k.packages[pkg] {
		return
	}
	k.packages[pkg] = true
	k.products = append(k.products, productName(pkg.Path()))
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		if c, ok := scope.Lookup(name).(*types.Const); ok && c.Exported() && c.Val().Kind() == constant.String {
			k.add(constant.StringVal(c.Val()))
		}
	}
}

// sdkOwnCodes are codes that the SDK itself gives its errors besides
// the common ones of package tccode: its client's bare ClientError, and
// the one of its models' FromJsonString.
var sdkOwnCodes = []string{"ClientError", "ClientError.BuildRequestError"}

// isProductPath reports whether path is a product package of the
// TencentCloud Go SDK, official or international:
// .../tencentcloud/cvm/v20170312.
func isProductPath(path string) bool {
	module := sdkModule(path)
	if module == "" {
		return false
	}
	parts := strings.Split(strings.TrimPrefix(path, module+"/"), "/")
	return len(parts) == 3 && parts[0] == "tencentcloud" && parts[1] != "common" &&
		len(parts[2]) > 1 && parts[2][0] == 'v' && strings.Trim(parts[2][1:], "0123456789") == ""
}

// productName returns the product of the SDK product package at path:
// cvm, for .../tencentcloud/cvm/v20170312 (whose package name is the
// version).
func productName(path string) string {
	dir, _, _ := strings.Cut(strings.TrimPrefix(path, sdkModule(path)+"/tencentcloud/"), "/")
	return dir
}

// unknownMessage returns the message of the unknown check for the code
// text, compared with or assigned to the codes of the answers, if the
// file knows codes, text is none of them, and the answers' errors come
// only from calls of product packages that the file's package imports
// (origin.go). Where an error may come from elsewhere, another
// product's codes could arrive, and the check is silent.
func (f *fileUnit) unknownMessage(text string, answers []answerRef) (string, bool) {
	k := f.knownCodes()
	if k == nil || k.codes[text] {
		return "", false
	}
	src := f.shared.resolver.answerSources(answers)
	if src.unknown || len(src.products) == 0 {
		return "", false
	}
	for _, p := range src.products {
		if !k.packages[p] {
			return "", false // a product seen only through another package
		}
	}
	near := k.nearest(text)
	if category, _, _ := strings.Cut(text, "."); gatewayCategories[category] && near == "" {
		return "", false // UnauthorizedOperation.CamNoAuth: real, though no errors.go lists it
	}
	consulted := strings.Join(k.products, ", ")
	if len(k.products) > 3 {
		consulted = fmt.Sprintf("%s and %d more", strings.Join(k.products[:3], ", "), len(k.products)-3)
	}
	msg := fmt.Sprintf("unknown TencentCloud code %q: no imported SDK package defines it (%s)", text, consulted)
	if near != "" {
		msg += fmt.Sprintf("; did you mean %q?", near)
	}
	return msg, true
}

// gatewayCategories are the categories of the codes that the API's
// gateway and CAM give calls of every product, whose sub-codes the
// products' errors.go do not all list (external-dns checks
// UnauthorizedOperation.CamNoAuth on DNSPod's errors, which DNSPod's
// errors.go lacks). A sub-code of theirs is reported only as a typo of a
// known code.
var gatewayCategories = map[string]bool{"AuthFailure": true, "UnauthorizedOperation": true}

// nearest returns the known code nearest to text, with as many parts
// (between dots) as text, so that a suggestion never trades a sub-code
// for its whole category: the same letters but for case
// (internalerror); the same code after a prefix that extends or
// shortens text's (InvalidParameter.X for InvalidParameterValue.X), or
// is two edits away; or one or two edits away (a typo).
func (k *knownCodes) nearest(text string) string {
	parts := strings.Count(text, ".")
	for _, code := range k.byLength[len(text)] {
		if strings.EqualFold(code, text) {
			return code
		}
	}
	if prefix, suffix, ok := strings.Cut(text, "."); ok && suffix != "" {
		var best closest
		for _, code := range k.bySuffix[suffix] {
			p, _, _ := strings.Cut(code, ".")
			if strings.Count(code, ".") != parts {
				continue
			}
			if strings.HasPrefix(p, prefix) || strings.HasPrefix(prefix, p) {
				best.consider(code, p, prefix, len(p)+len(prefix)) // InvalidParameter for InvalidParameterValue
			} else {
				best.consider(code, p, prefix, 2)
			}
		}
		if best.code != "" {
			return best.code
		}
	}
	limit := 1
	if len(text) >= 8 {
		limit = 2
	}
	var best closest
	for n := len(text) - limit; n <= len(text)+limit; n++ {
		for _, code := range k.byLength[n] {
			if strings.Count(code, ".") == parts {
				best.consider(code, code, text, limit)
			}
		}
	}
	return best.code
}

// closest is the nearest candidate so far: the fewest edits, then the
// first in alphabetical order.
type closest struct {
	code string
	dist int
}

// consider takes code if a, which stands for it, is within limit edits
// of b and nearer than the best so far.
func (c *closest) consider(code, a, b string, limit int) {
	if c.code != "" {
		limit = min(limit, c.dist)
	}
	d := distanceWithin(a, b, limit)
	if d > limit {
		return
	}
	if c.code == "" || d < c.dist || d == c.dist && code < c.code {
		c.code, c.dist = code, d
	}
}

// distanceWithin returns the edit distance of a and b if it is at most
// limit, and limit+1 otherwise, giving up as soon as it knows.
func distanceWithin(a, b string, limit int) int {
	if len(a)-len(b) > limit || len(b)-len(a) > limit {
		return limit + 1
	}
	row := make([]int, len(b)+1)
	for j := range row {
		row[j] = j
	}
	for i := 1; i <= len(a); i++ {
		prev := row[0]
		row[0] = i
		least := row[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			prev, row[j] = row[j], min(row[j]+1, row[j-1]+1, prev+cost)
			least = min(least, row[j])
		}
		if least > limit {
			return limit + 1
		}
	}
	return min(row[len(b)], limit+1)
}

// unknownConstants returns the findings of the unknown check for the
// constants, not declared in the SDK, that the file compares with
// version 3 codes, or assigns to them: const notFound =
// "ResourceNotFound.Instance" where no imported product defines it.
// Literals are the magic check's to give to the unknown check.
func (f *fileUnit) unknownConstants(r *resolver, s *fileSites) []finding {
	var found []finding
	for e, code := range s.codeValues(r) {
		c := r.constOf(e)
		if !isString(code.typ) || c == nil || c.Pkg() == nil || sdkModule(c.Pkg().Path()) != "" || c.Pkg().Path() == tccodePath || c.Val().Kind() != constant.String {
			continue
		}
		if msg, unknown := f.unknownMessage(constant.StringVal(c.Val()), []answerRef{code.answer}); unknown {
			found = append(found, finding{pos: e.Pos(), end: e.End(), category: "unknown", message: msg})
		}
	}
	return found
}
