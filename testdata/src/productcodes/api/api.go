// Package api declares an envelope and the product codes of its module.
package api

type Response struct {
	Code     int    `json:"code"`
	Message  string `json:"message"`
	CodeDesc string `json:"codeDesc"`
}

// Codes of the VPC module.
const (
	ErrVPCQuotaExceeded  = 28004
	errUnexported        = 28005
	ErrSecurityGroupBusy = 7001
	ErrDuplicateA        = 7002
	ErrDuplicateB        = 7002
)

// Status is a typed code.
type Status int

const StatusLocked Status = 29000
