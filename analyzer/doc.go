// Package analyzer defines the tccodelint analyzer, which finds
// TencentCloud API result codes compared by hand.
//
// # Analyzer tccodelint
//
// tccodelint: report magic TencentCloud result codes
//
// Every answer of TencentCloud's version 2 API carries a numeric code:
// 0 for success, 4000 to 6200 for the sixteen common errors, and larger
// numbers for errors of one product. Code that compares these codes
// with bare numbers is hard to read and easy to get wrong; the
// constants of package github.com/tccodelint/tccodelint/tccode name
// them.
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
// A field reached through an element of a slice or map of envelopes
// (resps[i].Code, or r.Code where r ranges over them) is a code too.
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
// in map and slice literals too).
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
// the non-standard group of the last import block, in sorted position,
// or as a new declaration. Every fix in a file adds the same import, so
// that -fix applies them all together.
//
// A code outside the common table (VPC's 28004, security groups' 7001)
// is a real code of one product, and is reported too; the fix then
// uses the package-level constant with exactly that value, if there is
// exactly one in the current package and the package that declares the
// envelope together, if its type fits the code, and if it is compiled
// wherever the literal is (not in a test file or a file with a build
// constraint, unless it is the literal's own file). Otherwise there is
// no fix, and the message asks for a constant.
//
// # Flags
//
//	-code-fields importpath.Type.Field,...
//		further fields that hold a result code, for answers of another
//		shape, e.g. -code-fields=example.com/api.Result.RetCode. Type is
//		the struct that declares the field, or a struct that embeds it.
//	-zero
//		also report comparisons with 0, fixing them to tccode.Success.
//	-generated
//		also analyze files marked "Code generated ... DO NOT EDIT."
//
// A malformed -code-fields entry is an error that names the entry.
package analyzer
