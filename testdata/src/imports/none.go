package imports

func _(r Response) bool {
	return r.Code == 4200 || r.Code == 4300 // want `use tccode.RequestExpired` `use tccode.AccessDenied`
}
