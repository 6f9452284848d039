package imports

import (
	"errors"
	"fmt"
)

func _(r Response) error {
	switch r.Code {
	case 4500: // want `use tccode.ReplayAttack`
		return errors.New("replay")
	case 4600: // want `use tccode.UnsupportedProtocol`
		return fmt.Errorf("protocol")
	}
	return nil
}
