// Package tccode stands in for the real package tccode, to check that
// fixes inside it use its constants unqualified.
package tccode

const (
	Success           = 0
	PartiallyExecuted = 5400
	ReplayAttack      = 4500
)

type response struct {
	Code     int
	CodeDesc string
}

func partial(r response) bool {
	return r.Code == 5400 // want `use PartiallyExecuted`
}

func replay(r response) bool {
	ReplayAttack := r.Code      // shadows the constant: no fix
	return ReplayAttack == 4500 // want `use tccode.ReplayAttack`
}
