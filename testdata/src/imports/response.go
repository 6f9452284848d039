// Package imports has one file for each way a file can import, or fail
// to import, package tccode.
package imports

type Response struct {
	Code     int    `json:"code"`
	Message  string `json:"message"`
	CodeDesc string `json:"codeDesc"`
}
