#!/usr/bin/env bash
# test.sh is the end-to-end test of the gopls integration: it builds gopls
# with tccodelint (build.sh), and checks on a copy of this repository that
# gopls reports tccodelint's findings, offers and applies its fixes, and
# honours "analyses": {"tccodelint": false}. The build runs README.md's
# command (integration/gopls/build.sh ~/bin/gopls-tccodelint) as README
# writes it, from the repository root, with HOME a temporary directory,
# so that the README stays true; build.sh is also run as ./build.sh from
# its own directory, and through a symlink.
#
# Run from anywhere; CI runs it from the repo root as
#
#	bash integration/gopls/test.sh
#
# It needs the Go module proxy only to build gopls and to fill the module
# cache; gopls itself runs with GOPROXY=off. Nothing in the checkout is
# changed. The last line is "gopls integration: N passed, M failed".
set -euo pipefail

here=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
root=$(cd -- "$here/../.." && pwd)
file=example/cvm/snapshot.go

passed=0
failed=0
pass() {
	passed=$((passed + 1))
	echo "ok   $1"
}
# fail NAME [FILE]: a failed check, with the output it looked at.
fail() {
	failed=$((failed + 1))
	echo "FAIL $1"
	if [ $# -gt 1 ] && [ -f "$2" ]; then sed 's/^/     | /' "$2"; fi
}
summary() {
	echo "gopls integration: $passed passed, $failed failed"
	[ "$failed" -eq 0 ]
}
# has NAME FILE TEXT: whether FILE has the line TEXT, or a line holding it.
has() {
	if grep -qF -- "$3" "$2"; then pass "$1"; else fail "$1: no \"$3\"" "$2"; fi
}
# lacks NAME FILE TEXT: the opposite.
lacks() {
	if grep -qF -- "$3" "$2"; then fail "$1: unexpected \"$3\"" "$2"; else pass "$1"; fi
}
# run OUT CMD...: CMD's output (stdout and stderr) to OUT, within 5 minutes.
run() {
	local out=$1
	shift
	if command -v timeout >/dev/null 2>&1; then
		timeout 300 "$@" >"$out" 2>&1
	else
		"$@" >"$out" 2>&1
	fi
}
# README.md's commands, as README writes them.
. "$root/integration/readme.sh"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/gopls-tccodelint-test.XXXXXX")
trap 'chmod -R u+w "$tmp" 2>/dev/null || true; rm -rf "$tmp"' EXIT
export GOWORK=off

# --- build, with README.md's command

build_cmd=$(readme_line 'integration/gopls/build.sh ')
if [ -z "$build_cmd" ]; then
	fail "README.md has no line 'integration/gopls/build.sh ...' in a \`\`\`sh block: the build command users are told to run, which this test runs"
	summary
	exit 1
fi
# The command as README writes it, from the repository root, with HOME a
# temporary directory: ~/bin/gopls-tccodelint lands in $home/bin.
home=$tmp/home
mkdir -p "$home"
home_env "$home"
gopls=$home/bin/gopls-tccodelint
start=$SECONDS
if ! (cd "$root" && run "$tmp/build.log" env "${home_env[@]}" bash -c "$build_cmd"); then
	fail "README's build command, from the repository root: $build_cmd" "$tmp/build.log"
	summary
	exit 1
fi
if [ ! -x "$gopls" ]; then
	fail "README's build command wrote no ~/bin/gopls-tccodelint (HOME=$home): $build_cmd" "$tmp/build.log"
	summary
	exit 1
fi
pass "README's build command builds gopls with tccodelint ($((SECONDS - start)) s): $build_cmd"

# build.sh by other paths: from its own directory, and through a
# symlink elsewhere with a relative OUT. The module cache is warm now.
start=$SECONDS
if (cd "$here" && run "$tmp/build-here.log" ./build.sh "$tmp/bin/gopls-here") && [ -x "$tmp/bin/gopls-here" ]; then
	pass "./build.sh OUT, from integration/gopls, builds gopls ($((SECONDS - start)) s)"
else
	fail "./build.sh OUT, from integration/gopls" "$tmp/build-here.log"
fi
mkdir -p "$tmp/link"
ln -s "$here/build.sh" "$tmp/link/build.sh"
start=$SECONDS
if (cd "$tmp" && run "$tmp/build-link.log" link/build.sh bin/gopls-link) && [ -x "$tmp/bin/gopls-link" ]; then
	pass "build.sh through a symlink, from another directory, builds gopls ($((SECONDS - start)) s)"
else
	fail "build.sh through a symlink, from another directory" "$tmp/build-link.log"
fi
rm -f "$tmp/bin/gopls-here" "$tmp/bin/gopls-link"
# --help prints the usage; an OUT that looks like a flag is refused
# before any work.
if run "$tmp/help.log" bash "$here/build.sh" --help && grep -q "^usage: " "$tmp/help.log" && [ ! -e ./--help ]; then
	pass "build.sh --help prints its usage"
else
	fail "build.sh --help" "$tmp/help.log"
fi
if ! run "$tmp/flag.log" bash "$here/build.sh" -o && grep -q "looks like a flag" "$tmp/flag.log"; then
	pass "build.sh refuses an OUT that looks like a flag"
else
	fail "build.sh -o was not refused" "$tmp/flag.log"
fi
# Refused before any work: an OUT that names a directory to be, and a
# shell other than bash.
if ! run "$tmp/slash.log" bash "$here/build.sh" "$tmp/newdir/" && grep -q "ends in /" "$tmp/slash.log" && [ ! -e "$tmp/newdir" ]; then
	pass "build.sh refuses an OUT that ends in /"
else
	fail "build.sh refuses an OUT that ends in /" "$tmp/slash.log"
fi
if ! run "$tmp/sh.log" sh "$here/build.sh" "$tmp/bin/x" && grep -q "run it with bash" "$tmp/sh.log"; then
	pass "build.sh run by sh says to run it with bash"
else
	fail "build.sh run by sh says to run it with bash" "$tmp/sh.log"
fi
(cd "$root" && go build -o "$tmp/bin/lspdiag" ./integration/gopls/testdata/lspdiag)
lspdiag=$tmp/bin/lspdiag

# --- a copy of the repository, its modules in the cache

copy=$tmp/repo
mkdir -p "$copy"
if git -C "$root" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
	# Tracked and untracked-but-not-ignored files that exist.
	(cd "$root" && git ls-files -z --cached --others --exclude-standard |
		while IFS= read -r -d '' f; do [ -f "$f" ] && printf '%s\0' "$f"; done |
		tar --null -T - -cf -) | tar -xf - -C "$copy"
else
	(cd "$root" && tar --exclude=.git -cf - .) | tar -xf - -C "$copy"
fi
cd "$copy"
go mod download
cp "$file" "$tmp/snapshot.go.orig"
# From here on nothing may reach the network.
export GOPROXY=off GOFLAGS="${GOFLAGS:-} -mod=readonly"

# --- gopls check

run "$tmp/check.out" "$gopls" check "$file" || fail "gopls check ran" "$tmp/check.out"
has "check: magic code at 50:19" "$tmp/check.out" \
	"$file:50:19-23: magic TencentCloud code 4100 (authentication failed); use tccode.AuthenticationFailed"
has "check: unhandled code at 68:2" "$tmp/check.out" \
	"$file:68:2-8: switch on TencentCloud code does not handle 5400 (partially executed)"

# Every finding of the standalone command, at the same place in gopls.
go build -o "$tmp/bin/tccodelint" ./cmd/tccodelint
set +e
"$tmp/bin/tccodelint" "./$(dirname "$file")" >"$tmp/standalone.out" 2>&1
status=$?
set -e
if [ "$status" -ne 3 ]; then
	fail "standalone tccodelint reports findings (exit $status, want 3)" "$tmp/standalone.out"
fi
# gopls adds the end column: x.go:50:19-23: message.
sed -E 's/^([^:]+:[0-9]+:[0-9]+)-[0-9]+: /\1: /' "$tmp/check.out" >"$tmp/check.norm"
missing=0
while IFS= read -r line; do
	if ! grep -qxF -- "$line" "$tmp/check.norm"; then
		echo "     missing in gopls check: $line"
		missing=$((missing + 1))
	fi
done < <(grep -F "/$file:" "$tmp/standalone.out")
n=$(grep -cF "/$file:" "$tmp/standalone.out" || true)
if [ "$missing" -eq 0 ] && [ "$n" -gt 0 ]; then
	pass "check: all $n standalone findings in $file"
else
	fail "check: $missing of $n standalone findings in $file missing" "$tmp/check.out"
fi

# Warnings: kept at -severity=warning, dropped at -severity=error.
run "$tmp/check-warning.out" "$gopls" check -severity=warning "$file" || true
has "check -severity=warning keeps the findings" "$tmp/check-warning.out" "$file:50:19-23: magic TencentCloud code 4100"
run "$tmp/check-error.out" "$gopls" check -severity=error "$file" || true
lacks "check -severity=error drops them (they are warnings)" "$tmp/check-error.out" "TencentCloud code"

# --- code actions

run "$tmp/list.out" "$gopls" codeaction -kind=quickfix "$file:50:19" || true
has "codeaction lists the quick fix" "$tmp/list.out" \
	'"Replace 4100 with tccode.AuthenticationFailed" [quickfix]'

run "$tmp/fix.diff" "$gopls" codeaction -kind=quickfix -exec -diff "$file:50:19" || true
has "quick fix removes 4100" "$tmp/fix.diff" "-		if resp.Code == 4100 {"
has "quick fix adds tccode.AuthenticationFailed" "$tmp/fix.diff" "+		if resp.Code == tccode.AuthenticationFailed {"
has "quick fix adds the tccode import" "$tmp/fix.diff" '+	"github.com/tccodelint/tccodelint/tccode"'
if cmp -s "$file" "$tmp/snapshot.go.orig"; then
	pass "codeaction -diff leaves the file alone"
else
	fail "codeaction -diff changed $file"
fi

run "$tmp/fixall.out" "$gopls" codeaction -kind=source.fixAll "$file" || true
has "source.fixAll offers the fixes" "$tmp/fixall.out" \
	'"Replace 4400 with tccode.QuotaExceeded" [source.fixAll]'

# Applied, the fix compiles and the finding is gone.
run "$tmp/write.out" "$gopls" codeaction -kind=quickfix -exec -write "$file:50:19" || true
if run "$tmp/build-fixed.out" go build "./$(dirname "$file")/..."; then
	pass "the fixed file builds"
else
	fail "the fixed file does not build" "$tmp/build-fixed.out"
fi
run "$tmp/check-fixed.out" "$gopls" check "$file" || true
lacks "check after the fix: no magic 4100" "$tmp/check-fixed.out" "magic TencentCloud code 4100"
has "check after the fix: other findings stay" "$tmp/check-fixed.out" "magic TencentCloud code 4400"
cp "$tmp/snapshot.go.orig" "$file"

# --- settings, as an editor sends them (the gopls command line cannot)

# A printf finding as a sentinel: once gopls publishes it, analysis of
# the package is done and tccodelint's findings, if on, are beside it.
printf '\n// Sentinel for integration/gopls/test.sh.\nfunc _() { fmt.Printf("%%d\\n", "sentinel") }\n' >>"$file"

run "$tmp/lsp-on.out" "$lspdiag" -gopls "$gopls" "$file" || fail "lspdiag with default settings" "$tmp/lsp-on.out"
has "editor, default settings: tccodelint warning at 50:19" "$tmp/lsp-on.out" \
	"50:19 warning tccodelint: magic TencentCloud code 4100 (authentication failed); use tccode.AuthenticationFailed"

run "$tmp/lsp-off.out" "$lspdiag" -gopls "$gopls" -settings '{"analyses": {"tccodelint": false}}' "$file" ||
	fail "lspdiag with tccodelint off" "$tmp/lsp-off.out"
has "editor, tccodelint off: other analyzers run" "$tmp/lsp-off.out" "printf: fmt.Printf format %d"
lacks "editor, tccodelint off: no tccodelint finding" "$tmp/lsp-off.out" " tccodelint: "

summary
