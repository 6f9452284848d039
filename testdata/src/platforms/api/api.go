// Package api declares an envelope; one of its product codes is named
// only on linux.
package api

type Response struct {
	Code     int
	Message  string
	CodeDesc string
}

// CodeQuota is named on every platform.
const CodeQuota = 28001
