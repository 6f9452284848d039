// Package envelope holds the shapes a version 2 answer takes.
package envelope

// Untagged has no JSON tags: encoding/json matches names regardless.
type Untagged struct {
	Code     int
	Message  string
	CodeDesc string
}

// Sized uses another integer type and a *string CodeDesc.
type Sized struct {
	Code     int64
	CodeDesc *string
}

// Pointers may be absent from the answer.
type Pointers struct {
	Code     *int32
	CodeDesc *string
}

// Loose decodes the code into an interface: encoding/json fills it with a float64.
type Loose struct {
	Code     interface{}
	CodeDesc string
}

// RetCode is a named integer type for codes.
type RetCode uint32

// Named has a code of a named type.
type Named struct {
	Code     RetCode
	CodeDesc string
}

// Base carries the code; Described embeds it and adds CodeDesc.
type Base struct {
	Code    int
	Message string
}

type Described struct {
	Base
	CodeDesc string
}

// Header carries the whole envelope; Instances embeds it by pointer.
type Header struct {
	Code     int    `json:"code"`
	CodeDesc string `json:"codeDesc"`
}

type Instances struct {
	*Header
	InstanceSet []string
}

// Outer wraps an answer in a field, not by embedding.
type Outer struct {
	Response Untagged
}

func _(u Untagged, s *Sized, p Pointers, l Loose, n Named, d Described, i Instances, o Outer) {
	if u.Code == 4000 { // want `code 4000 \(invalid request parameter\)`
	}
	if s.Code == 4100 { // want `code 4100 \(authentication failed\)`
	}
	if *p.Code == 4200 { // want `code 4200 \(request expired\)`
	}
	if p.Code != nil && (*p.Code) != 4300 { // want `code 4300 \(access denied\)`
	}
	if c, ok := l.Code.(float64); ok && c == 4400 { // want `code 4400 \(quota exceeded\)`
	}
	if l.Code.(float64) == 4500 { // want `code 4500 \(replay attack\)`
	}
	if n.Code == 4600 { // want `code 4600 \(unsupported protocol\)`
	}
	if d.Code == 5000 { // want `code 5000 \(resource does not exist\)`
	}
	if d.Base.Code == 5100 { // want `code 5100 \(resource operation failed\)`
	}
	if i.Code == 5200 { // want `code 5200 \(resource purchase failed\)`
	}
	if o.Response.Code == 5300 { // want `code 5300 \(insufficient balance\)`
	}
	if int(u.Code) == 5400 || int64(*p.Code) == 5500 { // want `code 5400 \(partially executed\)` `code 5500 \(user qualification review failed\)`
	}
	*p.Code = 6000 // want `code 6000 \(internal server error\)`
}

func _(d Described, l Loose) {
	// A bare Base has no CodeDesc: it is not an envelope on its own.
	b := d.Base
	if b.Code == 4000 {
	}
	// The interface itself is compared, not a number: nothing to name.
	if l.Code == 4000 {
	}
	// Converting a code to a string is not a code.
	if string(rune(d.Code)) == "x" {
	}
}
