package analyzer

// tccodePath is the import path of the package of named codes that
// fixes refer to.
const tccodePath = "github.com/tccodelint/tccodelint/tccode"

// A commonCode is one of the version 2 API's common result codes: the
// name of its constant in package tccode and what it means.
type commonCode struct {
	name, meaning string
}

// commonCodes holds the common codes by value. TestCommonCodes holds it
// against package tccode.
var commonCodes = map[int64]commonCode{
	0:    {"Success", "success"},
	4000: {"InvalidParameter", "invalid request parameter"},
	4100: {"AuthenticationFailed", "authentication failed"},
	4200: {"RequestExpired", "request expired"},
	4300: {"AccessDenied", "access denied"},
	4400: {"QuotaExceeded", "quota exceeded"},
	4500: {"ReplayAttack", "replay attack"},
	4600: {"UnsupportedProtocol", "unsupported protocol"},
	5000: {"ResourceNotFound", "resource does not exist"},
	5100: {"ResourceOperationFailed", "resource operation failed"},
	5200: {"ResourcePurchaseFailed", "resource purchase failed"},
	5300: {"InsufficientBalance", "insufficient balance"},
	5400: {"PartiallyExecuted", "partially executed"},
	5500: {"QualificationReviewFailed", "user qualification review failed"},
	6000: {"InternalServerError", "internal server error"},
	6100: {"UnsupportedVersion", "unsupported by current version"},
	6200: {"APIUnavailable", "API temporarily inaccessible"},
}
