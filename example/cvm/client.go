// Package cvm is a small client for the snapshot calls of TencentCloud's
// CVM API, version 2.
//
// It is the example bundled with tccodelint, and it makes the mistakes
// tccodelint finds on purpose: result codes compared with bare numbers,
// and a retry decision that forgets 5400 (partially executed). From the
// repository root,
//
//	go run ./cmd/tccodelint ./example/...
//
// reports them, and -fix -diff shows the fixes. Beside the mistakes are
// look-alikes that must stay silent: HTTP status codes, this package's
// own error codes, ranges of codes and named constants. The product
// codes (28004, 28009) are illustrative.
package cvm

import (
	"context"
	"crypto/hmac"
	"crypto/sha1"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"maps"
	"math/rand/v2"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Envelope is the part of every version 2 answer that says how the
// call went.
type Envelope struct {
	Code     int    `json:"code"`
	Message  string `json:"message"`
	CodeDesc string `json:"codeDesc"`
}

// An APIError is an answer with a code other than 0.
type APIError struct {
	Action string
	Envelope
}

func (e *APIError) Error() string {
	return fmt.Sprintf("cvm: %s: %s (code %d, %s)", e.Action, e.Message, e.Code, e.CodeDesc)
}

// A UsageError is a call that the client refuses to send. Its codes are
// this package's own, not the API's.
type UsageError struct {
	Code    int
	Message string
}

func (e *UsageError) Error() string { return "cvm: " + e.Message }

// A Client calls the CVM API of one region.
type Client struct {
	Endpoint  string // such as https://cvm.api.qcloud.com/v2/index.php
	Region    string // such as ap-guangzhou
	SecretID  string
	SecretKey string

	HTTPClient *http.Client
}

// do calls action with params and decodes the answer into out.
func (c *Client) do(ctx context.Context, action string, params url.Values, out any) error {
	u, err := url.Parse(c.Endpoint)
	if err != nil {
		return err
	}
	params = maps.Clone(params)
	params.Set("Action", action)
	params.Set("Region", c.Region)
	params.Set("SecretId", c.SecretID)
	params.Set("Timestamp", strconv.FormatInt(time.Now().Unix(), 10))
	params.Set("Nonce", strconv.Itoa(rand.IntN(1<<31)))
	params.Set("Signature", c.sign(http.MethodPost, u, params))

	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.Endpoint, strings.NewReader(params.Encode()))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	httpResp, err := c.HTTPClient.Do(req)
	if err != nil {
		return err
	}
	defer httpResp.Body.Close()
	if httpResp.StatusCode == 404 {
		return fmt.Errorf("cvm: %s: no API at %s", action, c.Endpoint)
	}
	if httpResp.StatusCode != http.StatusOK {
		return fmt.Errorf("cvm: %s: %s", action, httpResp.Status)
	}
	return json.NewDecoder(httpResp.Body).Decode(out)
}

// sign returns the HmacSHA1 signature of a request with params.
func (c *Client) sign(method string, u *url.URL, params url.Values) string {
	var pairs []string
	for _, k := range slices.Sorted(maps.Keys(params)) {
		pairs = append(pairs, k+"="+params.Get(k))
	}
	mac := hmac.New(sha1.New, []byte(c.SecretKey))
	mac.Write([]byte(method + u.Host + u.Path + "?" + strings.Join(pairs, "&")))
	return base64.StdEncoding.EncodeToString(mac.Sum(nil))
}
