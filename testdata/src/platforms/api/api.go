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

// CodeLimit is named on every platform, but worked out from a constant
// of another value on other platforms.
const CodeLimit = limitBase + 1
