#!/usr/bin/env bash
# build.sh OUT builds gopls with the tccodelint analyzer linked in and
# writes the binary to OUT.
#
# gopls cannot load analyzers from outside (golang/go#59869), so this
# script takes gopls's module source from the Go module proxy, adds one
# file to its internal/settings package that appends tccodelint to
# settings.AllAnalyzers, points the module at this checkout, and builds it.
# No gopls file is patched. The analyzer is on by default; turn it off
# with the gopls setting "analyses": {"tccodelint": false}.
#
# Environment:
#
#	GOPLS_VERSION  gopls version to build (default v0.23.0); only versions
#	               whose injection point has been checked are accepted
#
# Usage, by any path and from any directory:
#
#	integration/gopls/build.sh ~/bin/gopls-tccodelint
if [ -z "${BASH_VERSION:-}" ]; then
	echo "build.sh: run it with bash (integration/gopls/build.sh OUT, or bash integration/gopls/build.sh OUT)" >&2
	exit 2
fi
set -euo pipefail

prog=build.sh

die() {
	echo "$prog: $*" >&2
	exit 1
}

note() {
	echo "$prog: $*" >&2
}

# version_at_least reports whether Go version $1 (1.26, 1.26.8) is at
# least $2.
version_at_least() {
	local have=$1 need=$2 i h n
	local -a hs ns
	IFS=. read -r -a hs <<<"$have"
	IFS=. read -r -a ns <<<"$need"
	for i in 0 1 2; do
		h=${hs[i]:-0}
		n=${ns[i]:-0}
		if ((10#$h > 10#$n)); then return 0; fi
		if ((10#$h < 10#$n)); then return 1; fi
	done
	return 0
}

# --- inputs

usage() {
	echo "usage: $0 OUT"
	echo "builds gopls with tccodelint linked in and writes it to OUT, e.g. $0 ~/bin/gopls-tccodelint"
}
case ${1:-} in
-h | -help | --help)
	usage
	exit 0
	;;
esac
if [ $# -ne 1 ] || [ -z "$1" ]; then
	usage >&2
	exit 2
fi
out=$1
case $out in
-*) die "OUT $out looks like a flag; build.sh takes none (give ./$out to mean a file of that name)" ;;
*/) die "OUT $out ends in /; give the binary's file name, e.g. ${out}gopls-tccodelint" ;;
esac
if [ -d "$out" ]; then
	die "OUT $out is a directory; give the binary's file name, e.g. $out/gopls-tccodelint"
fi
case $out in
/*) ;;
*) out=$PWD/$out ;;
esac

# The checkout this script is in, found before any cd: the script may
# have been run by a relative path (integration/gopls/build.sh,
# ./build.sh) or through a symlink. CDPATH is cleared so that cd prints
# nothing.
self=${BASH_SOURCE[0]}
while [ -L "$self" ]; do
	link=$(readlink -- "$self") || die "cannot read the symlink $self"
	case $link in
	/*) self=$link ;;
	*) self=$(dirname -- "$self")/$link ;;
	esac
done
root=$(CDPATH='' cd -P -- "$(dirname -- "$self")/../.." && pwd) ||
	die "cannot find the directory of $self"
if ! grep -q '^module github.com/tccodelint/tccodelint$' "$root/go.mod" 2>/dev/null; then
	die "$root is not the tccodelint checkout (no go.mod for github.com/tccodelint/tccodelint); run the $prog of a tccodelint checkout (integration/gopls/$prog)"
fi

gopls_version=${GOPLS_VERSION:-v0.23.0}
# The gopls versions whose internal/settings has been read: the injected
# file relies on the unexported fields of settings.Analyzer and on
# AllAnalyzers being a package-level slice, which gopls may change in any
# release. need_go is the go directive of that version's go.mod.
case $gopls_version in
v0.23.0) need_go=1.26.0 ;;
*)
	die "gopls $gopls_version is not supported (supported: v0.23.0).
The analyzer is injected through gopls's internal settings.AllAnalyzers, which
may change between releases; check internal/settings of $gopls_version and add
it to the list in $0 before building it."
	;;
esac

command -v go >/dev/null 2>&1 || die "go is not on PATH; install Go $need_go or later (https://go.dev/dl/)"

# Outside any module, so that a go.mod's toolchain line here does not
# change the answer.
work=$(mktemp -d "${TMPDIR:-/tmp}/gopls-tccodelint.XXXXXX")
cleanup() {
	chmod -R u+w "$work" 2>/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT
cd "$work"
export GOWORK=off GO111MODULE=on

go_version=$(go env GOVERSION) || die "go env GOVERSION failed; is $(command -v go) a working Go installation?"
have_go=$(sed -n 's/^go\([0-9][0-9]*\.[0-9][0-9]*\(\.[0-9][0-9]*\)\{0,1\}\).*/\1/p' <<<"$go_version")
if [ -z "$have_go" ]; then
	note "cannot tell the version of $go_version; going on"
elif ! version_at_least "$have_go" "$need_go"; then
	die "gopls $gopls_version needs Go $need_go or later, but $(command -v go) is $go_version.
Install a newer Go, or run with GOTOOLCHAIN=go$need_go to have go fetch that toolchain."
fi

# --- gopls's source, writable

note "downloading golang.org/x/tools/gopls@$gopls_version"
if ! json=$(go mod download -json "golang.org/x/tools/gopls@$gopls_version"); then
	echo "$json" >&2
	die "go mod download golang.org/x/tools/gopls@$gopls_version failed (is GOPROXY reachable? GOPROXY=$(go env GOPROXY))"
fi
src=$(sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p' <<<"$json")
if [ -z "$src" ] || [ ! -f "$src/go.mod" ]; then
	die "go mod download gave no module directory for gopls@$gopls_version:
$json"
fi

mod=$work/gopls
cp -R "$src" "$mod"
chmod -R u+w "$mod"
cd "$mod"

mod_go=$(awk '$1 == "go" { print $2; exit }' go.mod)
if [ -n "$mod_go" ] && [ -n "$have_go" ] && ! version_at_least "$have_go" "$mod_go"; then
	die "gopls $gopls_version's go.mod needs Go $mod_go, but $(command -v go) is $go_version"
fi

settings=internal/settings
grep -q '^var AllAnalyzers = ' "$settings/analysis.go" 2>/dev/null ||
	die "gopls $gopls_version has no 'var AllAnalyzers' in $settings/analysis.go; the injection point has moved"

# The x/tools version gopls itself selects: gopls uses x/tools internals,
# so it must not be raised to the one tccodelint requires.
tools_version=$(go list -m -f '{{.Version}}' golang.org/x/tools) ||
	die "cannot read the golang.org/x/tools version required by gopls $gopls_version"
[ -n "$tools_version" ] || die "gopls $gopls_version's module graph has no golang.org/x/tools"

# --- the one added file

added=$settings/zz_tccodelint.go
[ ! -e "$added" ] || die "gopls $gopls_version already has $added"
cat >"$added" <<'EOF'
// Code generated by tccodelint's integration/gopls/build.sh. DO NOT EDIT.

package settings

import (
	tccodelint "github.com/tccodelint/tccodelint/analyzer"
	"golang.org/x/tools/gopls/internal/protocol"
)

// init adds tccodelint to the analyzers of every gopls session. It is on
// by default; the setting "analyses": {"tccodelint": false} turns it off.
func init() {
	AllAnalyzers = append(AllAnalyzers, &Analyzer{
		analyzer:    tccodelint.Analyzer,
		actionKinds: []protocol.CodeActionKind{protocol.QuickFix, protocol.SourceFixAll},
		severity:    protocol.SeverityWarning,
	})
}
EOF

# --- module requirements

note "requiring github.com/tccodelint/tccodelint => $root; pinning golang.org/x/tools to $tools_version"
go mod edit \
	-require=github.com/tccodelint/tccodelint@v0.0.0-00010101000000-000000000000 \
	-replace=github.com/tccodelint/tccodelint="$root" \
	-replace=golang.org/x/tools=golang.org/x/tools@"$tools_version"
if ! go mod tidy >"$work/tidy.log" 2>&1; then
	cat "$work/tidy.log" >&2
	die "go mod tidy failed in the gopls work module"
fi

got=$(go list -m -f '{{with .Replace}}{{.Version}}{{else}}{{.Version}}{{end}}' golang.org/x/tools)
if [ "$got" != "$tools_version" ]; then
	die "golang.org/x/tools resolved to $got, not gopls's $tools_version; gopls would not build against it"
fi
# Say which of gopls's other requirements tccodelint raised.
go list -m -f '{{if not .Main}}{{.Path}} {{.Version}}{{end}}' all >"$work/after.txt"
awk 'NR == FNR { after[$1] = $2; next }
	/^require|^\)|^\t/ {
		p = $1; v = $2
		if (p == "require") { p = $2; v = $3 }
		if (p in after && v != "" && after[p] != v && p != "golang.org/x/tools")
			printf "build.sh: note: %s raised from %s to %s by tccodelint'"'"'s requirements\n", p, v, after[p]
	}' "$work/after.txt" "$src/go.mod" >&2

# --- build

note "building gopls $gopls_version with tccodelint"
mkdir -p -- "$(dirname -- "$out")" || die "cannot create the directory for $out"
go build -ldflags="-X main.version=$gopls_version+tccodelint" -o "$out" . ||
	die "go build of gopls $gopls_version with tccodelint failed"
echo "$out"
