package tccode

// The result codes of TencentCloud's version 3 API are strings, such as
// "AuthFailure.SignatureExpire", carried by the official SDK's
// errors.TencentCloudSDKError in its Code field. The constants below are
// the API's common error codes, which any product may return, and the
// client-side codes of the SDK itself.
//
// Their names are the codes with the dots removed, after V3: the
// version 2 constants above have the plain names, and three codes
// (InvalidParameter, ResourceNotFound, UnsupportedProtocol) share a name
// with a version 2 code of another type and meaning. The prefix says at
// each use which API the constant belongs to. Product packages of the
// SDK export their own codes (cvm.INTERNALERROR, ...), which tccodelint
// prefers where a file already imports them.

// Common error codes of TencentCloud's version 3 API.
const (
	// V3ActionOffline: the API has been taken offline. Move to its
	// replacement; retrying does not help.
	V3ActionOffline = "ActionOffline"

	// V3AuthFailureInvalidAuthorization: the Authorization header is not in
	// TencentCloud's format. Check how the request is signed.
	V3AuthFailureInvalidAuthorization = "AuthFailure.InvalidAuthorization"

	// V3AuthFailureInvalidSecretId: the SecretId is not a cloud API key. Use
	// an API key from the console's API key page.
	V3AuthFailureInvalidSecretId = "AuthFailure.InvalidSecretId"

	// V3AuthFailureMFAFailure: multi-factor authentication failed. Check the
	// MFA token.
	V3AuthFailureMFAFailure = "AuthFailure.MFAFailure"

	// V3AuthFailureSecretIdNotFound: the SecretId does not exist. Check in
	// the console that the key exists, is enabled and is copied without
	// spaces.
	V3AuthFailureSecretIdNotFound = "AuthFailure.SecretIdNotFound"

	// V3AuthFailureSignatureExpire: the signature expired: the request's
	// Timestamp is more than five minutes from the server's time. Sync the
	// local clock and sign the request again.
	V3AuthFailureSignatureExpire = "AuthFailure.SignatureExpire"

	// V3AuthFailureSignatureFailure: the signature does not match. Check the
	// signing steps against the signature documentation.
	V3AuthFailureSignatureFailure = "AuthFailure.SignatureFailure"

	// V3AuthFailureTokenFailure: the temporary credentials' token is
	// invalid. Get new temporary credentials.
	V3AuthFailureTokenFailure = "AuthFailure.TokenFailure"

	// V3AuthFailureUnauthorizedOperation: CAM has not authorised the
	// request. Grant the permission in CAM; retrying does not help.
	V3AuthFailureUnauthorizedOperation = "AuthFailure.UnauthorizedOperation"

	// V3DryRunOperation: the request would have succeeded; it was sent with
	// DryRun. Send it again without DryRun to carry it out.
	V3DryRunOperation = "DryRunOperation"

	// V3FailedOperation: the operation failed. Read the message; product
	// codes under FailedOperation say more.
	V3FailedOperation = "FailedOperation"

	// V3InternalError: an error occurred inside the server. Retry later.
	V3InternalError = "InternalError"

	// V3InvalidAction: the API does not exist. Check the Action's name and
	// the product's domain.
	V3InvalidAction = "InvalidAction"

	// V3InvalidParameter: a parameter is malformed or of the wrong type. Fix
	// the request; sending it again unchanged fails the same way.
	V3InvalidParameter = "InvalidParameter"

	// V3InvalidParameterValue: a parameter's value is invalid. Fix the value.
	V3InvalidParameterValue = "InvalidParameterValue"

	// V3InvalidRequest: the request's multipart body is malformed. Fix the body.
	V3InvalidRequest = "InvalidRequest"

	// V3IpInBlacklist: the caller's IP address is blacklisted. Call from
	// another address or lift the block.
	V3IpInBlacklist = "IpInBlacklist"

	// V3IpNotInWhitelist: the caller's IP address is not whitelisted. Add
	// the address to the whitelist.
	V3IpNotInWhitelist = "IpNotInWhitelist"

	// V3LimitExceeded: a quota is exceeded. Free resources or ask for a
	// larger quota.
	V3LimitExceeded = "LimitExceeded"

	// V3MissingParameter: a required parameter is missing. Add it.
	V3MissingParameter = "MissingParameter"

	// V3NoSuchProduct: the product does not exist. Check the product's domain.
	V3NoSuchProduct = "NoSuchProduct"

	// V3NoSuchVersion: the API version does not exist. Check the Version
	// parameter.
	V3NoSuchVersion = "NoSuchVersion"

	// V3RequestLimitExceeded: the request rate is over the limit. Back off
	// and retry.
	V3RequestLimitExceeded = "RequestLimitExceeded"

	// V3RequestLimitExceededGlobalRegionUinLimitExceeded: the account's
	// request rate is over the limit across regions. Back off and retry.
	V3RequestLimitExceededGlobalRegionUinLimitExceeded = "RequestLimitExceeded.GlobalRegionUinLimitExceeded"

	// V3RequestLimitExceededIPLimitExceeded: the IP address's request rate
	// is over the limit. Back off and retry.
	V3RequestLimitExceededIPLimitExceeded = "RequestLimitExceeded.IPLimitExceeded"

	// V3RequestLimitExceededUinLimitExceeded: the account's request rate is
	// over the limit. Back off and retry.
	V3RequestLimitExceededUinLimitExceeded = "RequestLimitExceeded.UinLimitExceeded"

	// V3RequestSizeLimitExceeded: the request is larger than allowed. Send
	// less in one request.
	V3RequestSizeLimitExceeded = "RequestSizeLimitExceeded"

	// V3ResourceInUse: the resource is in use. Retry once it is free.
	V3ResourceInUse = "ResourceInUse"

	// V3ResourceInsufficient: resources are insufficient. Retry later or in
	// another zone.
	V3ResourceInsufficient = "ResourceInsufficient"

	// V3ResourceNotFound: the resource does not exist. Treat it as gone;
	// retrying does not bring it back.
	V3ResourceNotFound = "ResourceNotFound"

	// V3ResourceUnavailable: the resource is unavailable. Check its state.
	V3ResourceUnavailable = "ResourceUnavailable"

	// V3ResponseSizeLimitExceeded: the response would be larger than
	// allowed. Ask for less, for example with a smaller Limit.
	V3ResponseSizeLimitExceeded = "ResponseSizeLimitExceeded"

	// V3ServiceUnavailable: the service is unavailable for now. Retry later.
	V3ServiceUnavailable = "ServiceUnavailable"

	// V3UnauthorizedOperation: the operation is not authorised. Grant the
	// permission; retrying does not help.
	V3UnauthorizedOperation = "UnauthorizedOperation"

	// V3UnknownParameter: the request has a parameter the API does not
	// define. Remove it.
	V3UnknownParameter = "UnknownParameter"

	// V3UnsupportedOperation: the operation is not supported. Change the
	// request.
	V3UnsupportedOperation = "UnsupportedOperation"

	// V3UnsupportedProtocol: the request's HTTP(S) method is not supported:
	// only GET and POST are. Use GET or POST.
	V3UnsupportedProtocol = "UnsupportedProtocol"

	// V3UnsupportedRegion: the API does not support the region. Call it in a
	// region it supports.
	V3UnsupportedRegion = "UnsupportedRegion"
)

// Client-side codes of the official Go SDK
// (github.com/tencentcloud/tencentcloud-sdk-go): errors it makes itself,
// without an answer from the API.
const (
	// V3ClientErrorCircuitBreakerError: the SDK's circuit breaker is open
	// after repeated failures: the request was not sent. Retry later.
	V3ClientErrorCircuitBreakerError = "ClientError.CircuitBreakerError"

	// V3ClientErrorCredentialError: the SDK found no usable credentials.
	// Configure the credentials.
	V3ClientErrorCredentialError = "ClientError.CredentialError"

	// V3ClientErrorHttpStatusCodeError: the answer's HTTP status was not
	// 200. Check the endpoint and any proxy in between.
	V3ClientErrorHttpStatusCodeError = "ClientError.HttpStatusCodeError"

	// V3ClientErrorINIError: the SDK could not read the credentials file.
	// Fix the file.
	V3ClientErrorINIError = "ClientError.INIError"

	// V3ClientErrorIOError: the SDK could not read the answer's body. Retry.
	V3ClientErrorIOError = "ClientError.IOError"

	// V3ClientErrorInvalidParameter: the SDK could not build the request
	// from its parameters. Fix the request's parameters.
	V3ClientErrorInvalidParameter = "ClientError.InvalidParameter"

	// V3ClientErrorNetworkError: the request did not reach the API, or its
	// answer did not come back. Retry; the call may or may not have been
	// carried out.
	V3ClientErrorNetworkError = "ClientError.NetworkError"

	// V3ClientErrorParseJsonError: the SDK could not parse the answer's
	// JSON. Check the SDK version against the API.
	V3ClientErrorParseJsonError = "ClientError.ParseJsonError"

	// V3ClientErrorTypeError: the answer did not have the type the SDK
	// expected. Check the SDK version against the API.
	V3ClientErrorTypeError = "ClientError.TypeError"
)
