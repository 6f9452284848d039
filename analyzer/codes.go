package analyzer

import "fmt"

// tccodePath is the import path of the package of named codes that
// fixes refer to.
const tccodePath = "github.com/tccodelint/tccodelint/tccode"

// A commonCode is one of the version 2 API's common result codes: the
// name of its constant in package tccode, what it means, and why a
// dispatch on codes should handle it.
type commonCode struct {
	name, meaning, why string
}

// commonCodes holds the common codes by value. TestCommonCodes holds it
// against package tccode.
var commonCodes = map[int64]commonCode{
	0:    {"Success", "success", "the call succeeded"},
	4000: {"InvalidParameter", "invalid request parameter", "the request is malformed; fix it instead of retrying"},
	4100: {"AuthenticationFailed", "authentication failed", "the signature did not verify; check the credentials"},
	4200: {"RequestExpired", "request expired", "the timestamp is too old; sign the request again"},
	4300: {"AccessDenied", "access denied", "the account may not call this API; retrying does not help"},
	4400: {"QuotaExceeded", "quota exceeded", "too many requests; back off and retry"},
	4500: {"ReplayAttack", "replay attack", "the nonce was used before; send a fresh request"},
	4600: {"UnsupportedProtocol", "unsupported protocol", "the API does not take this protocol; change the request"},
	5000: {"ResourceNotFound", "resource does not exist", "the resource is gone; do not retry"},
	5100: {"ResourceOperationFailed", "resource operation failed", "the operation failed; retry later"},
	5200: {"ResourcePurchaseFailed", "resource purchase failed", "the purchase failed; change the configuration or zone"},
	5300: {"InsufficientBalance", "insufficient balance", "the account's balance is too low; top it up"},
	5400: {"PartiallyExecuted", "partially executed", "a batch call partly succeeded; inspect the per-resource results"},
	5500: {"QualificationReviewFailed", "user qualification review failed", "the account failed its review; complete its verification"},
	6000: {"InternalServerError", "internal server error", "the server failed; retry later"},
	6100: {"UnsupportedVersion", "unsupported by current version", "the API is not served here; check its domain name"},
	6200: {"APIUnavailable", "API temporarily inaccessible", "the API is under maintenance; retry later"},
}

// describe returns how messages name code: "5400 (partially
// executed)", or "28004 (a product-specific code)".
func describe(code int64) string {
	meaning := "a product-specific code"
	if c, ok := commonCodes[code]; ok {
		meaning = c.meaning
	}
	return fmt.Sprintf("%d (%s)", code, meaning)
}
