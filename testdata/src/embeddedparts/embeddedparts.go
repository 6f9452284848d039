// Package embeddedparts sets codes through a keyed embedded part of an
// envelope: Reply{header: header{Code: 5300}} is the code of the Reply,
// as r.header.Code is.
package embeddedparts

type header struct {
	Code int
}

// Reply is an envelope whose code comes from an embedded part.
type Reply struct {
	header
	CodeDesc string
}

// PtrReply embeds its part by pointer.
type PtrReply struct {
	*header
	CodeDesc string
}

type deeper struct {
	header
}

// Deep embeds a part that embeds the code.
type Deep struct {
	deeper
	CodeDesc string
}

func _(r Reply) bool {
	_ = Reply{header: header{Code: 5300}}                // want `code 5300`
	_ = &PtrReply{header: &header{Code: 5100}}           // want `code 5100`
	_ = Deep{deeper: deeper{header: header{Code: 6200}}} // want `code 6200`
	_ = Reply{header: header{Code: 4100}, CodeDesc: "x"} // want `code 4100`
	return r.header.Code == 5300 || r.Code == 4200       // want `code 5300` `code 4200`
}

// Near misses: none of these is reported.

// plain has the same part, but is no envelope.
type plain struct {
	header
	Message string
}

func _() {
	_ = header{Code: 5300} // not an envelope alone
	_ = plain{header: header{Code: 5300}}
	h := header{Code: 5100}
	_ = Reply{header: h} // the part is not a literal here
}

// Shadowed's own Code hides its part's: the part's is no code.
type Shadowed struct {
	header
	Code     int
	CodeDesc string
}

type left struct{ Code int }

type right struct{ Code int }

// Ambiguous has two codes at one depth: neither is the envelope's.
type Ambiguous struct {
	left
	right
	CodeDesc string
}

func _() {
	_ = Shadowed{header: header{Code: 4000}, Code: 4100} // want `code 4100`
	_ = Ambiguous{left: left{Code: 4800}, right: right{Code: 4900}}
}
