//go:build !linux

package unknownplatforms

import "example.com/tctest/unknownwrapped/lb"

func cleanup() error {
	if err := lb.Delete("lb-1"); !isGone(err) {
		return err
	}
	return nil
}
