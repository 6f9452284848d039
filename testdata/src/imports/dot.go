package imports

import . "github.com/tccodelint/tccodelint/tccode"

func _(r Response) bool {
	return r.Code == 5500 || r.Code == InternalServerError // want `use QualificationReviewFailed`
}

func _(r Response) bool {
	UnsupportedVersion := r.Code      // shadows the dot-imported constant: no fix, which would import tccode twice
	return UnsupportedVersion == 6100 // want `use tccode.UnsupportedVersion`
}
