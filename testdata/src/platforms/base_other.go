//go:build !linux

package platforms

// quotaBase is every other platform's.
const quotaBase = 31000
