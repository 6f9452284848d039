// Package api is one of two packages named api.
package api

type Response struct {
	Code     int
	CodeDesc string
}

const CodeA = 28011
