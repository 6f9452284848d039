package analyzer_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestMain fetches the modules that the testdata module requires (the
// official SDK's packages) before any test runs: the analysis tests load
// it with GOPROXY=off, as analysistest does, so that a test never waits
// on the network halfway through. On a fresh machine the module cache
// is empty, and the go command, with the user's own GOPROXY, fills it
// here. If it cannot, the tests stop with its error: a test that
// skipped for want of a module would pass without checking anything.
func TestMain(m *testing.M) {
	if err := downloadTestdataModules(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Exit(m.Run())
}

// downloadTestdataModules runs go mod download in testdata/src. It
// takes a few milliseconds when the modules are in the cache already.
func downloadTestdataModules() error {
	dir, err := filepath.Abs(filepath.Join("..", "testdata", "src"))
	if err != nil {
		return err
	}
	cmd := exec.Command("go", "mod", "download")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off")
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go mod download in %s, for the modules the analysis tests load: %v\n%s", dir, err, out)
	}
	return nil
}
