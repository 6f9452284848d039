// Package methodvalues reads codes through code getters in other forms:
// method values and method expressions.
package methodvalues

type Reply struct {
	Code     int
	CodeDesc string
}

func (r *Reply) GetCode() int { return r.Code }

func _(answer *Reply) {
	codeOf := answer.GetCode
	_ = codeOf() == 5000                 // want `code 5000`
	_ = (*Reply).GetCode(answer) == 5200 // want `code 5200`
	get := (*Reply).GetCode
	_ = get(answer) != 4300        // want `code 4300`
	_ = (answer.GetCode)() == 4100 // want `code 4100`
}

// Near misses: none of these is reported.

// Counter has a getter of the same shape, but is no envelope.
type Counter struct{ n int }

func (c *Counter) GetCode() int { return c.n }

func _(answer *Reply, c *Counter, other func() int) {
	countOf := c.GetCode
	_ = countOf() == 5000
	_ = (*Counter).GetCode(c) == 5200
	f := answer.GetCode
	f = other // given another function too: no longer the getter
	_ = f() == 5000
	g := answer.GetCode
	_ = &g // its address is taken
	_ = g() == 5000
}
