package testvariant

import "testing"

var tccode = 1

const testLimit = 28004

func TestLimit(t *testing.T) {
	if tccode != 1 || testLimit != vpcLimit {
		t.Fatal("unreachable")
	}
}
