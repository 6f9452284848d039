//go:build !linux

package api

// limitBase is every other platform's.
const limitBase = 37000
