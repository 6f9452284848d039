// Package api has answers of another shape than the version 2 envelope.
package api

// Result is named by -code-fields as example.com/tctest/codefields/api.Result.RetCode.
type Result struct {
	RetCode int32
	Msg     string
}

// Wrapped embeds Result: its RetCode is the same field.
type Wrapped struct {
	Result
	RequestID string
}

// Other has a RetCode too, but nobody named it.
type Other struct {
	RetCode int
}

// Status is named by -code-fields as example.com/tctest/codefields/api.Status.Code,
// although it has no CodeDesc.
type Status struct {
	Code int
}
