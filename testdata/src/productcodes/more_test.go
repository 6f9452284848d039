package productcodes

// A constant of another test file, used there as a code: the fix of a
// literal in a test file of the package.
const codeOtherTest = 29010

func _(l Local) bool { return l.Code == codeOtherTest }
