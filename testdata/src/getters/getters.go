package getters

import (
	"errors"

	"example.com/tctest/getters/api"
	"github.com/tccodelint/tccodelint/tccode"
)

func _(r *api.Response, e api.AppError, res api.Result) error {
	if r.GetCode() == 4100 { // want `magic TencentCloud code 4100`
		return errors.New("credentials")
	}
	switch r.GetCode() { // want `switch on TencentCloud code does not handle 5400`
	case tccode.QuotaExceeded, tccode.InternalServerError:
		return errors.New("retry")
	}
	code := r.GetCode()
	if code == tccode.Success { // want `if-else chain on TencentCloud code does not handle 5400`
		return nil
	} else if code == 6000 { // want `magic TencentCloud code 6000`
		return errors.New("retry")
	}
	switch r.GetCode() {
	case tccode.QuotaExceeded, api.Partial:
		return errors.New("retry")
	}

	// Near misses: not code getters.
	if r.RetryCount() == 4000 || e.ErrCode() == 4000 || res.ResultCode() == 4000 {
	}
	switch e.ErrCode() {
	case 4100, 4200:
	}
	return nil
}

func _(r *api.Response) bool {
	return r.StatusCode() == 404 || r.StatusCode() == 5000 || r.GetRetCode() == 4200 // want `magic TencentCloud code 4200`
}
