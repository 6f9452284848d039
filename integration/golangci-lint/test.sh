#!/usr/bin/env bash
# test.sh is the end-to-end test of the golangci-lint module plugin: it
# builds golangci-lint with the plugin (this folder's module), and checks
# on a copy of the repository that golangci-lint run with
# .golangci.example.yml reports what tccodelint reports on example/, two
# findings on one line included, that --fix applies the fixes into code
# that builds, that //nolint:tccodelint silences a finding, and that an
# unknown setting is an error naming it. It builds and runs golangci-lint
# with README.md's two commands, as README writes them, with HOME a
# temporary directory, so that the README stays true.
#
# CI runs it from the repository root as
#
#	bash integration/golangci-lint/test.sh
#
# It needs the Go module proxy only; nothing in the checkout changes.
# The last line is "golangci-lint integration: N passed, M failed".
set -euo pipefail

here=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
root=$(cd -- "$here/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

passed=0
failed=0
# expect NAME FILE COMMAND...: count a check that COMMAND succeeds; on
# failure, show FILE.
expect() {
	local name=$1 file=$2
	shift 2
	if "$@"; then
		passed=$((passed + 1))
		echo "ok   $name"
	else
		failed=$((failed + 1))
		echo "FAIL $name"
		if [ -f "$file" ]; then sed 's/^/     | /' "$file"; fi
	fi
}
summary() {
	echo "golangci-lint integration: $passed passed, $failed failed"
	[ "$failed" -eq 0 ]
}
# README.md's commands, as README writes them.
. "$root/integration/readme.sh"

# README.md's commands: the build, and the run on example/.
build_cmd=$(readme_line '(cd integration/golangci-lint && ')
run_cmd=$(readme_line '~/bin/golangci-lint run ')
no_readme_line() {
	failed=$((failed + 1))
	echo "FAIL README.md has no line '$1' in a \`\`\`sh block: a command users are told to run, which this test runs"
}
[ -n "$build_cmd" ] || no_readme_line '(cd integration/golangci-lint && go build -o ~/bin/golangci-lint .)'
[ -n "$run_cmd" ] || no_readme_line '~/bin/golangci-lint run ...'
if [ "$failed" -ne 0 ]; then
	summary
	exit 1
fi

# The commands run as README writes them, with HOME a temporary
# directory: ~/bin/golangci-lint is $home/bin/golangci-lint.
home=$work/home
mkdir -p "$home"
home_env "$home"

echo "building golangci-lint with the plugin, from the repository root: $build_cmd"
start=$(date +%s)
gcl=$home/bin/golangci-lint
built() { (cd "$root" && env "${home_env[@]}" bash -c "$build_cmd") >"$work/build.log" 2>&1 && [ -x "$gcl" ]; }
expect "README's build command writes ~/bin/golangci-lint: $build_cmd" "$work/build.log" built
echo "built in $(($(date +%s) - start)) s"
if [ "$failed" -ne 0 ]; then
	summary
	exit 1
fi
export GOLANGCI_LINT_CACHE=$work/cache

# A copy of the repository, and the command's own findings on example/.
copy=$work/repo
mkdir -p "$copy"
# Tracked and untracked-but-not-ignored files as they are in the working
# tree (less those deleted in it), as the build above sees them.
(cd "$root" && git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' f; do
	if [ -e "$f" ]; then printf '%s\0' "$f"; fi
done | xargs -0 tar -cf - | tar -xf - -C "$copy")
cd "$copy"
go build -o "$work/tccodelint" ./cmd/tccodelint
"$work/tccodelint" ./example/... 2>"$work/want.raw" || true
sed "s|^$copy/||" "$work/want.raw" | sort >"$work/want"
if ! grep -q '; use ' "$work/want"; then
	echo "tccodelint reports no findings with fixes on example/:" >&2
	cat "$work/want.raw" >&2
	exit 1
fi
unfixable() { grep -v '; use ' "$1" | sort; } # findings without a fix
# unplaced FILE: the findings of FILE less their line and column, which
# the imports that fixes add move.
unplaced() { sed -E 's/^([^:]+):[0-9]+:[0-9]+:/\1:/' "$1" | sort; }

# findings RAW: the tccodelint findings in golangci-lint's output RAW,
# sorted, without the linter's name.
findings() { grep -E '^[^ ]+\.go:[0-9]+:[0-9]+: .* \(tccodelint\)$' "$1" | sed 's/ (tccodelint)$//' | sort || true; }
run() { # run OUT [ARGS...]: golangci-lint run, findings only, sorted
	local out=$1
	shift
	"$gcl" run --config .golangci.example.yml --output.text.print-issued-lines=false --show-stats=false "$@" ./example/... >"$out.raw" 2>&1 || true
	findings "$out.raw" >"$out"
}
same() { diff "$1" "$2" >"$work/diff" 2>&1; }

# README's run command, from the root of the copy: golangci-lint exits
# with 1 when it finds issues, and prints them all.
status=0
(cd "$copy" && env "${home_env[@]}" bash -c "$run_cmd") >"$work/readme-run.raw" 2>&1 || status=$?
exits1() { [ "$status" -eq 1 ]; }
expect "README's run command, from the root of the copy, exits with 1 (exit $status): $run_cmd" "$work/readme-run.raw" exits1
findings "$work/readme-run.raw" >"$work/readme-run"
expect "README's run command prints the command's $(wc -l <"$work/want") findings on example/" "$work/diff" same "$work/want" "$work/readme-run"

run "$work/got"
expect "golangci-lint run reports the command's $(wc -l <"$work/want") findings on example/" "$work/diff" same "$work/want" "$work/got"

# issues.uniq-by-line: false shows every finding of a line, where
# golangci-lint by default shows only the first: some line of the example
# (case 6000, 6200:) has two.
cut -d: -f1,2 "$work/got" | sort | uniq -d >"$work/twice"
twice() { [ -s "$work/twice" ]; }
lines=$(paste -sd ' ' "$work/twice")
expect "two findings on one line both show (issues.uniq-by-line: false): ${lines:-no such line}" "$work/got" twice

# --fix, then the code builds and only findings without fixes remain.
run "$work/fixrun" --fix
replaced() { grep -q '== tccode.AuthenticationFailed' example/cvm/snapshot.go && ! grep -q '== 4100' example/cvm/snapshot.go; }
expect "--fix replaces 4100 with tccode.AuthenticationFailed" example/cvm/snapshot.go replaced
builds() { go build ./... >"$work/build" 2>&1 && go vet ./example/... >>"$work/build" 2>&1; }
expect "the fixed example builds and vets" "$work/build" builds
formatted() { gofmt -l example >"$work/gofmt" && [ ! -s "$work/gofmt" ]; }
expect "the fixed example is gofmt-clean" "$work/gofmt" formatted
run "$work/after"
unfixable "$work/want" | unplaced /dev/stdin >"$work/want-after"
unplaced "$work/after" >"$work/got-after"
expect "after --fix only the $(wc -l <"$work/want-after") findings without a fix remain" "$work/diff" same "$work/want-after" "$work/got-after"

# //nolint:tccodelint silences the finding on its line.
line=$(grep -n 'case r.Code == 28009:' example/cvm/snapshot.go | cut -d: -f1)
sed -i "${line}s|: // |: //nolint:tccodelint // |" example/cvm/snapshot.go
run "$work/nolint"
silenced() { ! grep -q "snapshot.go:$line:" "$work/nolint" && [ "$(wc -l <"$work/nolint")" -eq "$(($(wc -l <"$work/after") - 1))" ]; }
expect "//nolint:tccodelint silences the finding on its line" "$work/nolint" silenced

# An unknown setting is an error that names it.
sed 's|          zero: false|          zero: false\n          requires: [5400]|' .golangci.example.yml >"$work/bad.yml"
refused() { ! "$gcl" run --config "$work/bad.yml" ./example/... >"$work/bad" 2>&1 && grep -q 'unknown field "requires"' "$work/bad"; }
expect "an unknown setting fails, naming it" "$work/bad" refused

summary
