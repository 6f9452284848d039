package imports

import "fmt"

func _(r Response) error {
	if r.Code == 4400 { // want `use tccode.QuotaExceeded`
		return fmt.Errorf("quota: %s", r.Message)
	}
	return nil
}
