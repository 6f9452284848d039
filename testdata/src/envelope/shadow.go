package envelope

// Shadow has a Code of its own, an application's, beside the envelope
// it embeds: its Code is no TencentCloud code, the envelope's is.
type Shadow struct {
	Inner
	Code int
}

// Inner is an envelope, with a code type of its own.
type Inner struct {
	Code     Kind
	CodeDesc string
}

func _(s Shadow) bool {
	if s.Code == 4100 {
		return false
	}
	return s.Inner.Code == 4200 // want `code 4200`
}

// Kind is a code type with a method that changes it in place.
type Kind int

func (k *Kind) Round() { *k = *k / 100 * 100 }

type Typed struct {
	Code     Kind
	CodeDesc string
}

func _(t Typed) bool {
	k := t.Code
	k.Round() // changed through its address: no longer the answer's code
	return k == 4000
}

// A getter of the wrapper's own Code is no code getter; the envelope's
// is.
func (s *Shadow) GetCode() int { return s.Code }

func (in *Inner) GetCode() Kind { return in.Code }

func _(s *Shadow) bool {
	if s.GetCode() == 4100 {
		return false
	}
	return s.Inner.GetCode() == 4200 // want `code 4200`
}

// Fields are the envelope's as Go selects them, and as encoding/json
// fills them from the answer: a Code and a CodeDesc from two parts
// (Split), a Code of its own beside a part with CodeDesc (Flat), and a
// Detail of its own beside an embedded envelope (Listed) or beside an
// embedded batch answer's Detail, which it hides (Wrapper).
type Split struct {
	DescPart
	CodePart
}

type DescPart struct {
	CodeDesc string
	Message  string
}

type CodePart struct {
	Code int
}

func _(s Split) bool {
	return s.Code == 4100 // want `code 4100`
}

type Flat struct {
	Code int
	DescPart
}

func _(f Flat) bool {
	return f.Code == 4100 // want `code 4100`
}

type Listed struct {
	Inner
	Detail []string
}

func _(l Listed) error {
	if l.Inner.Code != 0 { // want `batch answer's code is only tested against 0`
		return nil
	}
	return nil
}

type BatchInner struct {
	Code     int
	CodeDesc string
	Detail   []Inner
}

type Wrapper struct {
	BatchInner
	Detail []string
}

func _(w Wrapper) error {
	if w.Code != 0 {
		for _, d := range w.Detail {
			_ = d
		}
		return nil
	}
	return nil
}
