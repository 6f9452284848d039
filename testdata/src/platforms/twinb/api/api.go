// Package api is the other package named api.
package api

type Response struct {
	Code     int
	CodeDesc string
}

const CodeB = 28012
