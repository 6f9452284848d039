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
