// Package tccode names the result codes of TencentCloud's APIs: the
// numeric codes of version 2, and the string codes of version 3 and of
// its official Go SDK (see V3InternalError and the constants beside it).
//
// Every version 2 answer carries a numeric code:
//
//	{"code": 4000, "message": "...", "codeDesc": "..."}
//
// Zero means success; any other value means the request was not carried
// out as asked, and message says why. The constants below are the
// common codes that every TencentCloud product may return. They are
// untyped, as net/http's status codes are, so they compare with a code
// of any integer type without a conversion:
//
//	if resp.Code == tccode.PartiallyExecuted { ... }
//
// Products also return codes of their own (VPC's 28004, for example);
// those are not listed here.
//
// The table these constants come from is the API's "Error Codes" page,
// kept in testdata/errorcodes.txt.
package tccode

// Result codes of TencentCloud's version 2 API.
const (
	// Success: the request was carried out. It is not part of the
	// error code table; the API documents 0 as the one code that is
	// not an error.
	Success = 0

	// InvalidParameter: a required parameter is missing or a value is
	// malformed. The message field names the parameter. Fix the
	// request; sending it again unchanged fails the same way.
	InvalidParameter = 4000

	// AuthenticationFailed: the signature did not verify. Check the
	// SecretId and SecretKey and the signing steps; do not retry
	// unchanged.
	AuthenticationFailed = 4100

	// RequestExpired: the request's timestamp is out of its validity
	// period. Sign the request again with the current time (check the
	// local clock) before sending it again.
	RequestExpired = 4200

	// AccessDenied: the account is blocked or is not authorised to call
	// this API. Grant the permission (or unblock the account); retrying
	// does not help.
	AccessDenied = 4300

	// QuotaExceeded: the number of requests is over the quota. Back off
	// and try again later, or ask for a larger quota.
	QuotaExceeded = 4400

	// ReplayAttack: the Nonce was used before, or the Timestamp is more
	// than two hours from the server's time. Send a new request with a
	// fresh Nonce and the current Timestamp.
	ReplayAttack = 4500

	// UnsupportedProtocol: the request used a protocol the API does not
	// support. Change the request's protocol.
	UnsupportedProtocol = 4600

	// ResourceNotFound: the resource ID names no instance, the instance
	// was returned, or it belongs to another account. Treat the
	// resource as gone; retrying does not bring it back.
	ResourceNotFound = 5000

	// ResourceOperationFailed: the operation on the resource failed; the
	// message field says why. Try again later or contact customer
	// service. A batch call answers with this code when every resource
	// failed.
	ResourceOperationFailed = 5100

	// ResourcePurchaseFailed: the resource could not be bought, for
	// example because the configuration is not supported or stock ran
	// out. Change the configuration or the zone.
	ResourcePurchaseFailed = 5200

	// InsufficientBalance: the resource could not be bought because the
	// account's balance is too low. Top up the account.
	InsufficientBalance = 5300

	// PartiallyExecuted: part of a batch operation succeeded and part
	// failed. Do not treat it as plain success or plain failure: read
	// the per-resource results in the answer (its detail) and retry only
	// the resources that failed.
	PartiallyExecuted = 5400

	// QualificationReviewFailed: the resource could not be bought
	// because the account failed the qualification review. Complete
	// the account's verification.
	QualificationReviewFailed = 5500

	// InternalServerError: an error occurred inside the server. Try
	// again later or contact customer service.
	InternalServerError = 6000

	// UnsupportedVersion: the API is not supported by this version or is
	// under maintenance. First check the API's domain name, which
	// differs between modules.
	UnsupportedVersion = 6100

	// APIUnavailable: the API is under maintenance and out of service
	// for now. Try again later.
	APIUnavailable = 6200
)

// Text returns the type text that the error code table gives for code,
// such as "Partially executed" for 5400, and "Success" for 0. It returns
// the empty string if the code is not one of the common codes.
//
// The table gives 5200 and 5300 the same text, "Resource purchase
// failed"; the constants' names tell them apart.
func Text(code int) string {
	switch code {
	case Success:
		return "Success"
	case InvalidParameter:
		return "Invalid request parameter"
	case AuthenticationFailed:
		return "Authentication failed"
	case RequestExpired:
		return "Request expired"
	case AccessDenied:
		return "Access denied"
	case QuotaExceeded:
		return "Quota exceeded"
	case ReplayAttack:
		return "Replay attack"
	case UnsupportedProtocol:
		return "Unsupported protocol"
	case ResourceNotFound:
		return "Resource does not exist"
	case ResourceOperationFailed:
		return "Resource operation failed"
	case ResourcePurchaseFailed, InsufficientBalance:
		return "Resource purchase failed"
	case PartiallyExecuted:
		return "Partially executed"
	case QualificationReviewFailed:
		return "User qualification review failed"
	case InternalServerError:
		return "Internal server error"
	case UnsupportedVersion:
		return "Unsupported by current version"
	case APIUnavailable:
		return "API temporarily inaccessible"
	}
	return ""
}

// Retryable reports whether sending the same request again later may
// succeed where it failed with code.
//
// It is true for the codes whose description in the error code table
// says to try again later (ResourceOperationFailed, InternalServerError,
// APIUnavailable) and for QuotaExceeded, which clears once the caller
// has backed off. It is false for everything else, including
// RequestExpired and ReplayAttack: those need a newly signed request,
// not the same one again, and PartiallyExecuted, where only the failed
// part of the batch may be retried.
func Retryable(code int) bool {
	switch code {
	case QuotaExceeded, ResourceOperationFailed, InternalServerError, APIUnavailable:
		return true
	}
	return false
}
