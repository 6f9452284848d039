package generated

func _(r Response) bool {
	return r.Code == 4100 // want `code 4100`
}
