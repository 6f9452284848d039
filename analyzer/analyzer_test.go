package analyzer_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/tccodelint/tccodelint/analyzer"
)

func TestMagic(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, testdata(t), analyzer.New(analyzer.DefaultConfig()), "./magic")
}

// testdata returns the module of test inputs, testdata/src at the root
// of the repository.
func testdata(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "testdata", "src"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}
