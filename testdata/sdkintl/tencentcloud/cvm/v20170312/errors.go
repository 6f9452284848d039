// Package v20170312 is a stand-in for the international SDK's CVM
// package: a few of its error codes.
package v20170312

const (
	// An internal error.
	INTERNALERROR = "InternalError"

	// The instance does not exist.
	INVALIDINSTANCEID_NOTFOUND = "InvalidInstanceId.NotFound"

	// A quota is exceeded.
	LIMITEXCEEDED = "LimitExceeded"
)
