// Package analyzer defines the tccodelint analyzer, which finds
// TencentCloud API result codes compared by hand, and dispatches on
// them that forget a code.
//
// # Analyzer tccodelint
//
// tccodelint: report magic, unknown and unhandled TencentCloud result codes
//
// Every answer of TencentCloud's version 2 API carries a numeric code:
// 0 for success, 4000 to 6200 for the sixteen common errors, and larger
// numbers for errors of one product. Code that compares these codes
// with bare numbers is hard to read and easy to get wrong; the
// constants of package github.com/tccodelint/tccodelint/tccode name
// them.
//
// The current (version 3) API and its official Go SDK use string codes
// instead ("InternalError", "AuthFailure.SignatureExpire"), carried by
// the SDK's *errors.TencentCloudSDKError. The magic check covers them
// too, and the unknown check reports those that no SDK product package
// imported defines.
//
// # Where a code lives
//
// The analyzer decides what holds a code from the types alone, never
// from how a variable is spelled. A code is
//
//   - the Code field (an integer, a pointer to one, or an interface) of a
//     struct that also has a string (or *string) field named CodeDesc,
//     the envelope of every version 2 answer, with or without JSON tags,
//     declared in the struct or promoted through embedding;
//   - a field named by the -code-fields flag;
//   - a local variable assigned only from codes (and constants), never
//     incremented and whose address is never taken: code := resp.Code;
//   - a dereference (*resp.Code), a numeric conversion (int(resp.Code)),
//     or a type assertion of an interface-typed code field
//     (c, ok := resp.Code.(float64)) of a code.
//
// A version 3 code is the Code field, or the result of the GetCode
// method, of the SDK's errors.TencentCloudSDKError (package
// github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors,
// or the international SDK's, under
// github.com/tencentcloud/tencentcloud-sdk-go-intl-en, in any major
// version), reached directly, through embedding,
// through an errors.As or errors.AsType target, or through locals; and
// a string field named by -code-fields. Its Message and RequestId, and
// any other string, are not codes.
//
// A field reached through an element of a slice or map of envelopes
// (resps[i].Code, or r.Code where r ranges over them) is a code too, and
// so is the result of a code getter: a method of an envelope type (or of
// a type named by -code-fields) named Code, or ending in ErrorCode,
// ErrCode, RetCode or ResultCode, with or without Get before it (not
// StatusCode: an envelope may carry an HTTP status too), with no
// parameters and one integer result (or a string result, on a type named
// by -code-fields):
//
//	func (r *Response) GetCode() int { return r.Code }
//
// A getter is known by its signature alone, so it is a code in every
// package that calls it, including packages other than its own, with no
// analysis facts and no cost; read through a method value (codeOf :=
// r.GetCode ... codeOf()) or a method expression ((*Reply).GetCode(r))
// too.
//
// Inside a package, codes are followed by its own data flow:
//
//   - a parameter of a function of the package that is only ever
//     called, at least once, never used as a value, and given a code
//     for that parameter at every call (func transient(code int) bool,
//     called as transient(resp.Code)) is a code in the function's body,
//     if it is never assigned; exported functions alike, by the
//     package's own calls, and unexported methods that no interface of
//     the package names. Calls in test files count for functions of
//     test files only. A dispatch on such a parameter is not checked
//     for 5400: only the callers can have handled it;
//   - a Code field whose type is a type parameter that can only be an
//     integer (type Resp[C ~int | ~int32] struct{ Code C; CodeDesc
//     string }) is a code field;
//   - a code getter called on a type parameter is one if the
//     parameter's constraint allows a single envelope type
//     (interface{ *Reply; GetCode() int }), or if every instance of the
//     parameter's function in the package is an envelope; a constraint
//     that only asks for a GetCode method is not enough (gRPC's
//     statuses have one).
//
// A plain function that returns a code, such as
//
//	func codeOf(err error) int {
//		if e, ok := errors.AsType[*APIError](err); ok {
//			return e.Code
//		}
//		return -1
//	}
//
// is followed only under -follow-functions: a function with one integer
// result all of whose returns are codes or constants, at least one a
// code, is known to return a code, in its package and, through an
// analysis fact, in every package that imports it. Facts have a price:
// an analyzer with facts makes the standalone driver load and analyze
// every dependency from source, so they live in a second analyzer,
// tccodeflow, that runs only under this flag.
// Nothing else is: http.Response.StatusCode, a struct with Code and
// Message but no CodeDesc (the usual shape of an application's own
// errors), durations, counters.
//
// # Check magic
//
// An integer literal, in any base or spelling and parentheses
// included, used as a code is reported (category "magic"): compared
// with == or != to a code, a case of a switch on a code (a tagless
// switch's comparisons are comparisons like any other), assigned to a
// code field, or keyed to a code field in a composite literal (nested
// in map and slice literals too, and through a keyed embedded part:
// Reply{header: header{Code: 5300}}). A literal under a conversion
// (int32(4300), ErrCode(5300)) is one too; its fix keeps the
// conversion.
//
// So are the keys and elements of a table of codes: a map literal
// consulted only with codes (transient[resp.Code], for var transient =
// map[int]bool{5100: true}), or a slice or array literal given to
// slices.Contains or slices.Index with a code, or ranged over with a
// value compared only with codes; directly, or through a variable
// that is given the literal once and used for nothing else. A table
// also consulted with something else is not one. A table's keys are
// reported only where a fix can name them: a catalogue of a product's
// codes and their messages names them itself.
//
//	// WRONG
//	switch resp.Code {
//	case 0:
//		return nil
//	case 5400: // magic TencentCloud code 5400 (partially executed); use tccode.PartiallyExecuted
//		return retryFailed(resp.Detail)
//	}
//
//	// RIGHT
//	switch resp.Code {
//	case tccode.Success:
//		return nil
//	case tccode.PartiallyExecuted:
//		return retryFailed(resp.Detail)
//	}
//
// Not reported: 0, which reads well as it is (unless -zero); ordered
// comparisons, which test a category of codes (code >= 4000 && code <
// 5000); constant declarations (const partial = 5400 is already a
// name); generated files (unless -generated).
//
// The suggested fix replaces a common code with its tccode constant,
// qualified by the name under which the file imports tccode (an alias
// too), or unqualified in a file that dot-imports it or in package
// tccode itself. If the file does not import tccode, or the name is
// taken where the fix writes it (by a local variable, say), the fix
// adds the import, under a fresh name (tccode2, ...) where needed: into
// the non-standard group of the last import block, in sorted position
// (in a group of its own where that falls between two imports whose
// trailing comments gofmt aligns), or as a new declaration. Every fix in a file adds the same import, so
// that -fix applies them all together. A fresh name avoids the
// package-level names of every file of the package, those built only
// for other platforms or build tags, and test files, included. A file
// never imports a path twice: where the file's own (named or dot)
// import of the package is hidden at the literal, there is no fix. The
// message names what the fix writes (use tccode2.PartiallyExecuted).
//
// In a file that imports "C", findings come without fixes: the drivers
// analyze cgo's rewrite of the file, and an edit would edit the
// rewrite. Where the file is not gofmt-clean to begin with, the fix
// replaces the literal alone; otherwise it also realigns the trailing
// comments that gofmt aligns with the literal's line. Literals whose
// comments gofmt aligns in one run are fixed together: each fix of the
// run replaces all of them and realigns the run once, so that one fix
// alone, as an editor applies it, and all of them merged, as -fix
// merges them, leave the file gofmt-clean. In a run of more than 16,
// or one whose realignment is long, the first finding's fix replaces
// them all, and the others have none.
//
// A code outside the common table (VPC's 28004, security groups' 7001)
// is a real code of one product, and is reported too; the fix then
// uses the package-level constant with exactly that value, if there is
// exactly one in the current package and the package that declares the
// envelope (if the package imports it) together, counting only
// constants a fix could name wherever the literal is built: of the
// current package, not those of a file with a build constraint, unless
// it is the literal's own file, nor those of a test file, unless the
// literal is in one, nor those whose value is worked out from a
// constant of such a file, of another package, or from the platform's
// sizes (const CodeLimit = quotaBase + 1, quotaBase declared per
// platform: another value elsewhere); of the envelope's package, only
// exported ones whose value its file writes with literals alone,
// declared in a file without build constraints, so that the count does
// not change with how the packages were loaded (from source, or export
// data); if
// its type fits the code; and if the program already treats it as a
// code, not as a number that happens to share the value (a port, a size
// limit): its type is the code's own defined type, or the package's
// files compare a code with it, switch on a code with it as a case, or
// assign it to a code field. Test files' uses, like their imports,
// count only for literals in test files, so that a package and its
// test variant agree.
// Otherwise there is no fix, and the message asks for a constant, and
// names the one constant of the value that is not known to be a code.
//
// # Check magic: version 3 string codes
//
// A non-empty string literal compared with == or != to a version 3
// code, or a case of a switch on one, is reported the same way:
//
//	// WRONG
//	if e.GetCode() == "InternalError" { // magic TencentCloud code "InternalError" (an error occurred inside the server); use cvm.INTERNALERROR
//
//	// RIGHT
//	if e.GetCode() == cvm.INTERNALERROR {
//
// Prefix tests (strings.HasPrefix(code, "AuthFailure") tests a
// category), ordered comparisons, constant declarations and generated
// files are not reported. The fix uses the first of these that exists:
//
//  1. a constant of exactly that value declared in the current package
//     (the first such name in alphabetical order);
//  2. an exported constant of exactly that value from a package that the
//     file imports, as the SDK's product packages export their codes in
//     their errors.go (cvm.INTERNALERROR): the packages of the SDK whose
//     error holds the code first (a file may import a product from both
//     the official and the international SDK), then the others, each in
//     order of import path, and the first name in alphabetical order;
//     a package whose name is hidden at the literal is passed over;
//  3. the constant of package tccode, which names the version 3 API's
//     common error codes and the SDK's client-side codes
//     (tccode.V3InternalError, tccode.V3ClientErrorNetworkError), adding
//     the import as for numeric codes.
//
// A constant outside the SDK counts in 1 and 2 only if the program
// treats it as a code, as for numeric codes: a string constant that
// nothing compares with a code may be a label that happens to share the
// code's text. A code found in none of these (a product's own code in a
// file that does not import the product's package) is reported without
// a fix. The unhandled check is about numeric codes only.
//
// # Check unknown
//
// A version 3 code compared with a value that no SDK product package
// imported defines never matches: the branch is dead. The SDK's product
// packages (cvm, clb, ...) export every code their product returns, as
// string constants in their errors.go, so the known codes are those of
// the product packages that the package imports (read from the packages
// the user builds against, at their version), the common codes of
// package tccode's V3 table and the SDK's own ClientError and
// ClientError.BuildRequestError, and those that -known-codes adds. A
// string literal, or a constant not declared in the SDK, compared with
// (==, !=, a case) or assigned to a version 3 code, whose value is none
// of them, is reported (category "unknown") in place of the magic
// finding, keys and elements of tables of codes included, without a
// fix, with the nearest known code of as many parts when one is close
// (the same letters in another case, the same code after a prefix that
// extends or shortens its own or is two edits away, or one or two edits
// away):
//
//	// WRONG: cvm defines InvalidInstanceId.NotFound
//	_, err := client.DescribeInstances(request)
//	e, ok := err.(*errors.TencentCloudSDKError)
//	if ok && e.Code == "InvalidInstanceId.NotFund" { // unknown TencentCloud code "InvalidInstanceId.NotFund": no imported SDK package defines it (cvm); did you mean "InvalidInstanceId.NotFound"?
//
// A package may receive errors of a product it does not import, from a
// wrapper in another package. So a code is judged only where every error
// it can be the code of comes from calls of product packages that the
// package imports. The error is followed back through locals (an
// assignment, a type assertion, errors.As or errors.AsType, a type
// switch, a local function value), the results of the package's
// functions (a named result through every value it is given), the
// parameters of unexported helpers that only the package calls, and
// fmt.Errorf, errors.Join and errors.Unwrap, which pass on the errors
// given to them.
// A call of a product package, or of an interface method shaped like a
// product client's (X(*p.XRequest) (*p.XResponse, error)), comes from
// that product, with what the package's own methods of that name return
// (a decorator); nil, errors.New and an error built in place that wraps
// nothing and carries no code come from none. Anything else (another
// package's function, the standard library's included, an error spread
// or held in an any given to fmt.Errorf, the SDK's error built with a
// code, a local changed in place, a field, a package-level variable, a
// closure's or a function-valued parameter, an exported function, a
// function declared for some platforms only, a helper's parameter where
// files for other platforms exist, a product reached without importing
// it) leaves the code unjudged. The known codes are those of the SDK
// version built against; -known-codes adds others. A sub-code of
// AuthFailure or UnauthorizedOperation, which the gateway and CAM give
// every product's calls and the products' errors.go do not all list
// (UnauthorizedOperation.CamNoAuth), is reported only as a typo of a
// known code.
//
// A package that imports no SDK product package gets no such finding. A
// test file knows the products that any file of the package imports;
// another file, those that the package's files but its tests import.
//
// # Check unhandled
//
// A dispatch on result codes that does not handle every required code
// is reported at its switch or first if keyword (category "unhandled").
// By default the one required code is 5400, PartiallyExecuted: a batch
// call that partly succeeded, whose per-resource results must be read
// so that only the failed resources are retried. A dispatch is
//
//   - a switch on a code that lists at least one non-zero constant
//     (a literal, a tccode constant or any other constant) in its cases;
//   - a tagless switch whose cases compare one answer's code with == to
//     such a constant (comparisons joined by || count; under && they do
//     not);
//   - an if/else-if chain with two or more branches whose conditions
//     compare one answer's code with == to constants, one of them
//     non-zero.
//
// A switch with just case 0 and default, or a lone if r.Code != 0,
// tells success from failure and is not a dispatch. Neither is a single
// if, whatever its condition (if r.Code == 5100 || r.Code == 6100 {
// return true } is a predicate: it splits the codes in two), nor a run
// of separate if statements.
//
// Answers are told apart by what they are, not how they are written:
// the variable an answer is read from and the fields from there, seen
// through aliases (r := resp, r := *resp, p := &resp), dereferences and
// code locals (code := resp.Code). So one chain may test resp.Code in
// one branch and resp.GetCode() in another and still be one dispatch,
// and two variables named resp in different scopes are two answers.
//
// A dispatch handles 5400 also when 5400 cannot reach it: when on every
// path to it the same answer's code was already tested against 5400
// and the 5400 branch left (a return, a continue, a panic), with nothing
// that may change the answer since;
//
//	if resp.Code == tccode.PartiallyExecuted {
//		return retryFailed(resp)
//	}
//	switch resp.Code { // 5400 handled above
//
// and when its default clause, or final else, branches on the answer's
// code against 5400 itself (an if or a switch among its statements,
// before anything assigns the answer). A test on some paths only, or on
// another answer, does not count. The path rule trusts only an answer
// held by a parameter or local of the function that is never assigned
// after its declaration (in a closure neither), directly or through a
// copy of its pointer, and whose address or pointer methods are only
// handed to calls; then a call that is given the answer by reference
// (json.Unmarshal(b, &resp), resp.Reload()) loses the fact, while
// printing it, a method with a value receiver, its code getter or a
// deferred call do not. A dispatch on a code local (code := resp.Code;
// switch code) counts only tests of that local.
//
//	// WRONG
//	switch resp.Code { // switch on TencentCloud code does not handle 5400 (partially executed): a batch call partly succeeded; inspect the per-resource results
//	case tccode.Success:
//		return nil
//	case tccode.QuotaExceeded:
//		return retry()
//	default:
//		return fail(resp)
//	}
//
//	// RIGHT
//	switch resp.Code {
//	case tccode.Success:
//		return nil
//	case tccode.QuotaExceeded:
//		return retry()
//	case tccode.PartiallyExecuted:
//		return retryFailed(resp.Detail) // read every result, retry the failed ones
//	default:
//		return fail(resp)
//	}
//
// A default clause or a final else does not count as handling a
// required code: 5400 falling into the generic failure path is exactly
// the mistake this check is for (the batch's successful part is then
// done again, or its failed part forgotten). Teams that want the
// exhaustive-style rule, where a default handles everything, set
// -default-handles.
//
// The per-resource results of a batch answer, the values of the Detail
// field of an envelope (resp.Detail[id].Code, r.Code where r ranges
// over resp.Detail, directly or through locals such as d :=
// resp.Detail[id], all := resp.Detail or r, ok := resp.Detail[id]), are
// not required to handle 5400: one resource cannot be partly executed.
// Other required codes still apply.
//
// There is no suggested fix: any branch the tool wrote would change
// what the program does. The message says which codes to handle.
//
// # Batch answers
//
// A batch action (one call, many resources) answers 0 when every
// resource succeeded, 5100 when all failed and 5400 when some failed,
// with one result per resource, its own code and message, in a detail
// field. A batch answer is an envelope that also has a field named
// Detail, of any type, its own or embedded. The unhandled check also
// reports a comparison of a batch answer's code with 0 (== or !=, a
// literal or any constant 0, or a case 0 of a switch that is not a
// dispatch) in a function that never compares that answer's code with
// 5400 (==, != or a case, anywhere in the function, its closures
// included), unless its failure path handles the results:
//
//	// WRONG
//	if resp.Code != 0 { // batch answer's code is only tested against 0: 5400 (partially executed) takes the failure path without a look at the per-resource results in Detail; handle tccode.PartiallyExecuted
//		return fmt.Errorf("DeleteSnapshots: %s", resp.Message)
//	}
//
//	// RIGHT
//	switch resp.Code {
//	case tccode.Success:
//		return nil
//	case tccode.PartiallyExecuted:
//		// Read every entry of Detail; retry only the resources that failed.
//		var failed []string
//		for id, r := range resp.Detail {
//			if r.Code != tccode.Success {
//				failed = append(failed, id)
//			}
//		}
//		return retry(failed)
//	default:
//		return fmt.Errorf("DeleteSnapshots: %s", resp.Message)
//	}
//
// The failure path is where a code not 0 leads: for a test in an if
// statement's condition (perhaps under !, or joined to others by && or
// ||), the body if the test then holds (resp.Code != 0), else the else
// branch, or the statements that follow the if, out of enclosing
// blocks and ifs (if resp.Code == 0 { return nil }; ...); for a case of
// a tagless switch (case resp.Code != 0:), its body; for case 0 of a
// switch on the code, the default clause or what follows the switch;
// and, where that ends in a goto forward, the statements from its label
// on (a goto back runs the call again). A
// test that is no branch's condition (return b.Code == 0, ok :=
// b.Code == 0) is a value whose user decides, and is not reported; nor
// are tests in _test.go files, where asserting an answer's success
// loses nothing. The test is not reported either when its failure path
//
//   - reads the answer's Detail: ranges over it or indexes it, directly,
//     through a local, a getter (s.GetDetail(): a method named GetDetail
//     or Detail that returns Detail's type), a slice
//     of it (s.Detail[1:]), or an iterator over it
//     (slices.Values(s.Detail));
//   - hands the answer, or its Detail, to a function of the same package
//     that handles 5400 itself: one that tests that parameter's code
//     against 5400, reads its Detail (or, given the Detail, ranges over
//     or indexes it), or hands it on to a function that does (a method
//     value, a method expression, a spread slice of answers included);
//   - hands it to a function of another package that does so, known
//     only under -follow-functions, through tccodeflow's facts;
//   - hands it to a function value or an interface's method, whose code
//     cannot be known.
//
// Printing the answer, wrapping it in an error or taking the length of
// its Detail does not count, nor does a function of another package
// without -follow-functions. A single-resource answer (no Detail)
// tested against 0 is not reported, and a comparison that belongs to a
// dispatch is judged as part of the dispatch. Tests of one answer that
// lead to one failure path (s.Code != 0 && s.GetCode() != 0) are one
// finding, and none is made for an answer whose dispatch in the same
// function the unhandled check reports for leaving 5400 unhandled: that
// finding tells the problem. This part of the check is on while
// -require holds 5400. It has no fix either.
//
// # Ignoring a finding
//
// A comment //tccodelint:ignore, optionally followed by a reason,
// silences the findings on its line, and, when it stands on a line of
// its own, those on the next line: put it above a switch or if to
// silence an unhandled finding.
//
//	//tccodelint:ignore this call never acts on more than one resource
//	switch resp.Code {
//
// golangci-lint's //nolint:tccodelint works too, under golangci-lint.
// With -strict-directives, a //tccodelint:ignore that silences nothing
// is itself reported (category "directive").
//
// # Flags
//
//	-code-fields importpath.Type.Field,...
//		further fields that hold a result code, for answers of another
//		shape, e.g. -code-fields=example.com/api.Result.RetCode. Type is
//		the struct that declares the field, or a struct that embeds it.
//		An integer field holds a version 2 code, a string field a
//		version 3 code.
//	-unknown
//		the unknown check (on by default; -unknown=false turns it off).
//	-known-codes codes
//		version 3 codes, comma-separated, that the unknown check takes
//		as known besides the common ones and those of the SDK product
//		packages imported: real codes that no SDK package defines
//		(-known-codes=FailedOperation.Undocumented).
//	-zero
//		also report comparisons with 0, fixing them to tccode.Success.
//	-generated
//		also analyze files marked "Code generated ... DO NOT EDIT."
//	-require codes
//		the codes every dispatch must handle, comma-separated: common
//		error codes by number (5400) or by the name of their tccode
//		constant (PartiallyExecuted, tccode.InternalServerError), all for
//		the sixteen of them, and a product's own codes as product:N
//		(product:28004). Default 5400; empty turns the unhandled check
//		off. A number that is not a common error code without product:
//		is refused as a typo, with the nearest common code suggested
//		(5401: did you mean 5400?), and so are 0 and Success, which are
//		no error to handle.
//	-default-handles
//		count a default clause or a final else as handling every
//		required code.
//	-strict-directives
//		report //tccodelint:ignore directives that silence nothing.
//	-follow-functions
//		follow codes returned by plain functions, across packages, with
//		analysis facts (slower: see above). It must be on the command
//		line, or in the Config given to New: it decides which analyzers
//		run, before flags are parsed.
//
// A malformed value is an error that names the flag, the value and
// what the flag takes; the tccodelint command prints it as one line,
// without the help, and under go vet or go fix once for the whole run.
package analyzer
