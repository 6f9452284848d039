//go:build tccodelint_tag

package productcodes

// Compiled only with a build tag: the analyzer does not see it here.
const codeTagged = 29007
