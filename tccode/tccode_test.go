package tccode_test

import (
	"fmt"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/tccodelint/tccodelint/tccode"
)

// row is one line of the version 2 API's error code table.
type row struct {
	code        int
	text        string // the Type column
	description string
}

// seedTable parses testdata/errorcodes.txt, a copy of the API's
// "Error Codes" page, into its rows.
func seedTable(t *testing.T) []row {
	t.Helper()
	data, err := os.ReadFile("testdata/errorcodes.txt")
	if err != nil {
		t.Fatal(err)
	}
	cell := regexp.MustCompile(`(?s)<td>\s*(.*?)\s*</td>`)
	var rows []row
	for _, tr := range strings.Split(string(data), "<tr>")[1:] {
		cells := cell.FindAllStringSubmatch(tr, -1)
		if len(cells) == 0 {
			continue // the header row has <th> cells
		}
		if len(cells) != 3 {
			t.Fatalf("row with %d cells: %q", len(cells), tr)
		}
		code, err := strconv.Atoi(cells[0][1])
		if err != nil {
			t.Fatalf("bad code %q: %v", cells[0][1], err)
		}
		rows = append(rows, row{code, cells[1][1], cells[2][1]})
	}
	return rows
}

// constants lists every constant of the package with its name.
var constants = []struct {
	name  string
	value int
}{
	{"Success", tccode.Success},
	{"InvalidParameter", tccode.InvalidParameter},
	{"AuthenticationFailed", tccode.AuthenticationFailed},
	{"RequestExpired", tccode.RequestExpired},
	{"AccessDenied", tccode.AccessDenied},
	{"QuotaExceeded", tccode.QuotaExceeded},
	{"ReplayAttack", tccode.ReplayAttack},
	{"UnsupportedProtocol", tccode.UnsupportedProtocol},
	{"ResourceNotFound", tccode.ResourceNotFound},
	{"ResourceOperationFailed", tccode.ResourceOperationFailed},
	{"ResourcePurchaseFailed", tccode.ResourcePurchaseFailed},
	{"InsufficientBalance", tccode.InsufficientBalance},
	{"PartiallyExecuted", tccode.PartiallyExecuted},
	{"QualificationReviewFailed", tccode.QualificationReviewFailed},
	{"InternalServerError", tccode.InternalServerError},
	{"UnsupportedVersion", tccode.UnsupportedVersion},
	{"APIUnavailable", tccode.APIUnavailable},
}

func TestConstantsMatchTable(t *testing.T) {
	rows := seedTable(t)
	if len(rows) != 16 {
		t.Fatalf("the table has %d rows, want the 16 common codes", len(rows))
	}
	var tableCodes, constCodes []int
	for _, r := range rows {
		tableCodes = append(tableCodes, r.code)
	}
	for _, c := range constants {
		if c.value != tccode.Success {
			constCodes = append(constCodes, c.value)
		}
	}
	slices.Sort(constCodes)
	if !slices.Equal(tableCodes, constCodes) {
		t.Errorf("constants %v, table %v", constCodes, tableCodes)
	}
	if tccode.Success != 0 {
		t.Errorf("Success = %d, want 0", tccode.Success)
	}
}

func TestText(t *testing.T) {
	for _, r := range seedTable(t) {
		if got := tccode.Text(r.code); got != r.text {
			t.Errorf("Text(%d) = %q, table says %q", r.code, got, r.text)
		}
	}
	if got := tccode.Text(tccode.Success); got != "Success" {
		t.Errorf("Text(0) = %q, want %q", got, "Success")
	}
	for _, unknown := range []int{-1, 1, 3999, 4001, 5401, 7001, 28004} {
		if got := tccode.Text(unknown); got != "" {
			t.Errorf("Text(%d) = %q, want empty", unknown, got)
		}
	}
}

func TestRetryable(t *testing.T) {
	for _, r := range seedTable(t) {
		// The table says "try again later" where a retry may help;
		// the quota code clears after a back-off.
		want := strings.Contains(strings.ToLower(r.description), "try again later") ||
			r.code == tccode.QuotaExceeded
		if got := tccode.Retryable(r.code); got != want {
			t.Errorf("Retryable(%d) = %v, want %v (%s)", r.code, got, want, r.description)
		}
	}
	for _, c := range []int{tccode.Success, 7001, -1} {
		if tccode.Retryable(c) {
			t.Errorf("Retryable(%d) = true, want false", c)
		}
	}
}

func ExampleText() {
	fmt.Println(tccode.Text(tccode.PartiallyExecuted))
	fmt.Println(tccode.Text(28004) == "")
	// Output:
	// Partially executed
	// true
}
