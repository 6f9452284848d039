// Package other is imported under the name tccode, to take that name.
package other

const Limit = 10
