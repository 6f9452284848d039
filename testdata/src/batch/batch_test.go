package batch

import "testing"

// A test asserting that an answer succeeded loses nothing.
func TestAnswer(t *testing.T) {
	s := &SliceAnswer{}
	if s.Code != 0 {
		t.Fatalf("code %d", s.Code)
	}
}
