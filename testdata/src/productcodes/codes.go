// Package productcodes compares codes outside the common table: they
// are fixed only to the one constant that already names them.
package productcodes

const (
	codeBandwidthLimit = 29001
	codeTwinA          = 29002
	codeTwinB          = 29002
	codeSameAsAPI      = 7001 // api.ErrSecurityGroupBusy too: two to choose from
	defaultPort        = 29008
	codeTestUsed       = 29009 // used as a code by the tests only
)

// Local is an envelope declared here; its own codes have one constant each.
type Local struct {
	Code     int64
	CodeDesc string
}

// Typed is an envelope whose code has a type of its own.
type Typed struct {
	Code     Kind
	CodeDesc string
}

type Kind int32

const kindCapacity Kind = 29003

const untypedCapacity = 29004
