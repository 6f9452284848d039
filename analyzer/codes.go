package analyzer

import (
	"fmt"
	"strings"
)

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

// A v3Code is one of the version 3 API's common error codes, or a
// client-side code of the official SDK: the name of its constant in
// package tccode, and what it means.
type v3Code struct {
	name, meaning string
}

// v3Codes holds the string codes that package tccode names, by value.
// TestCommonCodes holds it against package tccode.
var v3Codes = map[string]v3Code{
	"ActionOffline":                     {"V3ActionOffline", "the API has been taken offline"},
	"AuthFailure.InvalidAuthorization":  {"V3AuthFailureInvalidAuthorization", "the Authorization header is not in TencentCloud's format"},
	"AuthFailure.InvalidSecretId":       {"V3AuthFailureInvalidSecretId", "the SecretId is not a cloud API key"},
	"AuthFailure.MFAFailure":            {"V3AuthFailureMFAFailure", "multi-factor authentication failed"},
	"AuthFailure.SecretIdNotFound":      {"V3AuthFailureSecretIdNotFound", "the SecretId does not exist"},
	"AuthFailure.SignatureExpire":       {"V3AuthFailureSignatureExpire", "the signature expired: the request's Timestamp is more than five minutes from the server's time"},
	"AuthFailure.SignatureFailure":      {"V3AuthFailureSignatureFailure", "the signature does not match"},
	"AuthFailure.TokenFailure":          {"V3AuthFailureTokenFailure", "the temporary credentials' token is invalid"},
	"AuthFailure.UnauthorizedOperation": {"V3AuthFailureUnauthorizedOperation", "CAM has not authorised the request"},
	"DryRunOperation":                   {"V3DryRunOperation", "the request would have succeeded; it was sent with DryRun"},
	"FailedOperation":                   {"V3FailedOperation", "the operation failed"},
	"InternalError":                     {"V3InternalError", "an error occurred inside the server"},
	"InvalidAction":                     {"V3InvalidAction", "the API does not exist"},
	"InvalidParameter":                  {"V3InvalidParameter", "a parameter is malformed or of the wrong type"},
	"InvalidParameterValue":             {"V3InvalidParameterValue", "a parameter's value is invalid"},
	"InvalidRequest":                    {"V3InvalidRequest", "the request's multipart body is malformed"},
	"IpInBlacklist":                     {"V3IpInBlacklist", "the caller's IP address is blacklisted"},
	"IpNotInWhitelist":                  {"V3IpNotInWhitelist", "the caller's IP address is not whitelisted"},
	"LimitExceeded":                     {"V3LimitExceeded", "a quota is exceeded"},
	"MissingParameter":                  {"V3MissingParameter", "a required parameter is missing"},
	"NoSuchProduct":                     {"V3NoSuchProduct", "the product does not exist"},
	"NoSuchVersion":                     {"V3NoSuchVersion", "the API version does not exist"},
	"RequestLimitExceeded":              {"V3RequestLimitExceeded", "the request rate is over the limit"},
	"RequestLimitExceeded.GlobalRegionUinLimitExceeded": {"V3RequestLimitExceededGlobalRegionUinLimitExceeded", "the account's request rate is over the limit across regions"},
	"RequestLimitExceeded.IPLimitExceeded":              {"V3RequestLimitExceededIPLimitExceeded", "the IP address's request rate is over the limit"},
	"RequestLimitExceeded.UinLimitExceeded":             {"V3RequestLimitExceededUinLimitExceeded", "the account's request rate is over the limit"},
	"RequestSizeLimitExceeded":                          {"V3RequestSizeLimitExceeded", "the request is larger than allowed"},
	"ResourceInUse":                                     {"V3ResourceInUse", "the resource is in use"},
	"ResourceInsufficient":                              {"V3ResourceInsufficient", "resources are insufficient"},
	"ResourceNotFound":                                  {"V3ResourceNotFound", "the resource does not exist"},
	"ResourceUnavailable":                               {"V3ResourceUnavailable", "the resource is unavailable"},
	"ResponseSizeLimitExceeded":                         {"V3ResponseSizeLimitExceeded", "the response would be larger than allowed"},
	"ServiceUnavailable":                                {"V3ServiceUnavailable", "the service is unavailable for now"},
	"UnauthorizedOperation":                             {"V3UnauthorizedOperation", "the operation is not authorised"},
	"UnknownParameter":                                  {"V3UnknownParameter", "the request has a parameter the API does not define"},
	"UnsupportedOperation":                              {"V3UnsupportedOperation", "the operation is not supported"},
	"UnsupportedProtocol":                               {"V3UnsupportedProtocol", "the request's HTTP(S) method is not supported: only GET and POST are"},
	"UnsupportedRegion":                                 {"V3UnsupportedRegion", "the API does not support the region"},
	"ClientError.CircuitBreakerError":                   {"V3ClientErrorCircuitBreakerError", "the SDK's circuit breaker is open after repeated failures: the request was not sent"},
	"ClientError.CredentialError":                       {"V3ClientErrorCredentialError", "the SDK found no usable credentials"},
	"ClientError.HttpStatusCodeError":                   {"V3ClientErrorHttpStatusCodeError", "the answer's HTTP status was not 200"},
	"ClientError.INIError":                              {"V3ClientErrorINIError", "the SDK could not read the credentials file"},
	"ClientError.IOError":                               {"V3ClientErrorIOError", "the SDK could not read the answer's body"},
	"ClientError.InvalidParameter":                      {"V3ClientErrorInvalidParameter", "the SDK could not build the request from its parameters"},
	"ClientError.NetworkError":                          {"V3ClientErrorNetworkError", "the request did not reach the API, or its answer did not come back"},
	"ClientError.ParseJsonError":                        {"V3ClientErrorParseJsonError", "the SDK could not parse the answer's JSON"},
	"ClientError.TypeError":                             {"V3ClientErrorTypeError", "the answer did not have the type the SDK expected"},
}

// isSDKErrorsPath reports whether path is the official SDK's errors
// package, github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors,
// whose TencentCloudSDKError carries a version 3 code, in any major
// version of its module.
func isSDKErrorsPath(path string) bool {
	module := sdkModule(path)
	return module != "" && strings.TrimPrefix(path, module) == "/tencentcloud/common/errors"
}

// sdkModule returns the root of the TencentCloud Go SDK that path
// belongs to, official or international, with its major version
// (github.com/tencentcloud/tencentcloud-sdk-go, or
// github.com/tencentcloud/tencentcloud-sdk-go-intl-en/v3); "" if it
// belongs to neither.
func sdkModule(path string) string {
	for _, root := range []string{"github.com/tencentcloud/tencentcloud-sdk-go-intl-en", "github.com/tencentcloud/tencentcloud-sdk-go"} {
		rest, ok := strings.CutPrefix(path, root)
		if !ok || rest != "" && rest[0] != '/' {
			continue
		}
		if strings.HasPrefix(rest, "/v") {
			if major, _, _ := strings.Cut(rest[2:], "/"); major != "" && strings.Trim(major, "0123456789") == "" {
				return root + "/v" + major // github.com/tencentcloud/tencentcloud-sdk-go/v3/...
			}
		}
		return root
	}
	return ""
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
