// Command golangci-lint is golangci-lint v2.15.0 with the tccodelint
// module plugin linked in, built from the Go module proxy alone.
//
// golangci-lint's own way to add a module plugin, golangci-lint custom,
// clones the golangci-lint repository from GitHub and rebuilds it, which
// fails where only the module proxy is reachable (CI runners, mirrors,
// air-gapped machines). This module does what custom does, but with
// ordinary module dependencies: it imports the plugin for its init
// registration and calls golangci-lint's command entry point, as
// golangci-lint's cmd/golangci-lint/main.go does. Build it with
//
//	cd integration/golangci-lint && go build -o golangci-lint .
//
// and run it like any golangci-lint:
//
//	./integration/golangci-lint/golangci-lint run --config .golangci.example.yml ./...
//
// go.mod replaces github.com/tccodelint/tccodelint with the enclosing
// repository, so the binary carries the analyzer of the working tree.
// To pin golangci-lint to another version, change its require line and
// run go mod tidy; golang.org/x/tools is then whichever of the two
// modules asks for the higher version.
package main

import (
	"cmp"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"io"
	"os"
	"regexp"
	"runtime/debug"
	"strings"

	"github.com/golangci/golangci-lint/v2/pkg/commands"
	"github.com/golangci/golangci-lint/v2/pkg/exitcodes"

	_ "github.com/tccodelint/tccodelint/plugin" // registers the tccodelint module plugin
)

const (
	golangciModule = "github.com/golangci/golangci-lint/v2"
	pluginModule   = "github.com/tccodelint/tccodelint"
)

var (
	goVersion = "unknown"

	// Can be set with -ldflags "-X main.version=... -X main.date=...",
	// as goreleaser and golangci-lint custom do.
	version = "unknown"
	commit  = "?"
	date    = ""
)

func main() {
	info := createBuildInfo()

	if err := commands.Execute(info); err != nil {
		_, _ = fmt.Fprintf(os.Stderr, "The command is terminated due to an error: %v\n", err)
		os.Exit(exitcodes.Failure)
	}
}

// createBuildInfo mirrors golangci-lint's, except for the version: the
// main module here is this one, not golangci-lint, so the version is
// that of the golangci-lint dependency, with a suffix naming the plugin
// build, in the shape golangci-lint custom uses (2.15.0-custom-gcl-...).
// golangci-lint salts its cache with the version, so the suffix must
// change whenever the plugin does.
func createBuildInfo() commands.BuildInfo {
	info := commands.BuildInfo{
		Commit:    commit,
		Version:   version,
		GoVersion: goVersion,
		Date:      date,
	}

	buildInfo, available := debug.ReadBuildInfo()
	if !available {
		return info
	}

	info.GoVersion = buildInfo.GoVersion

	if date != "" {
		return info
	}

	info.Version = customVersion(buildInfo)

	var revision string
	var modified string
	for _, setting := range buildInfo.Settings {
		// The `vcs.xxx` information is only available with `go build`.
		switch setting.Key {
		case "vcs.time":
			info.Date = setting.Value
		case "vcs.revision":
			revision = setting.Value
		case "vcs.modified":
			modified = setting.Value
		}
	}

	info.Date = cmp.Or(info.Date, "(unknown)")

	info.Commit = fmt.Sprintf("(%s, modified: %s, mod sum: %q)",
		cmp.Or(revision, "unknown"), cmp.Or(modified, "?"), buildInfo.Main.Sum)

	return info
}

// customVersion returns the golangci-lint version followed by
// -custom-tccodelint- and a hash of the plugin: of its module version
// when it comes from the proxy, or of this executable when go.mod
// replaces it with a directory, whose content the build info does not
// record.
func customVersion(bi *debug.BuildInfo) string {
	base := "(devel)"
	var plugin *debug.Module
	for _, dep := range bi.Deps {
		switch dep.Path {
		case golangciModule:
			base = dep.Version
			if dep.Replace != nil {
				base = cmp.Or(dep.Replace.Version, base)
			}
		case pluginModule:
			plugin = dep
		}
	}
	if regexp.MustCompile(`^v\d+\.\d+\.\d+`).MatchString(base) {
		base = strings.TrimPrefix(base, "v")
	}

	h := sha256.New()
	switch {
	case plugin == nil:
		return base // not linked in: nothing to tell apart
	case plugin.Replace == nil && plugin.Sum != "":
		h.Write([]byte(plugin.Path + "@" + plugin.Version + " " + plugin.Sum))
	default:
		if !hashExecutable(h) {
			return "(devel)" // golangci-lint then salts its cache with the executable itself
		}
	}
	sum := base64.RawURLEncoding.EncodeToString(h.Sum(nil))
	return base + "-custom-tccodelint-" + strings.NewReplacer("-", "", "_", "").Replace(sum)[:12]
}

// hashExecutable reports whether it could write the running executable
// into h.
func hashExecutable(h io.Writer) bool {
	p, err := os.Executable()
	if err != nil {
		return false
	}
	f, err := os.Open(p)
	if err != nil {
		return false
	}
	defer f.Close()
	_, err = io.Copy(h, f)
	return err == nil
}
