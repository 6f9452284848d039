#!/usr/bin/env bash
# test.sh is the end-to-end test of the golangci-lint module plugin: it
# builds golangci-lint with the plugin (this folder's module), and checks
# on a copy of the repository that golangci-lint run with
# .golangci.example.yml reports what tccodelint reports on example/, that
# --fix applies the fixes into code that builds, that //nolint:tccodelint
# silences a finding, and that an unknown setting is an error naming it.
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

echo "building golangci-lint with the plugin..."
start=$(date +%s)
(cd "$here" && go build -o "$work/golangci-lint" .)
echo "built in $(($(date +%s) - start)) s"
gcl=$work/golangci-lint
export GOLANGCI_LINT_CACHE=$work/cache

# A copy of the repository, and the command's own findings on example/.
copy=$work/repo
mkdir -p "$copy"
# Tracked files as they are in the working tree (less those deleted in it).
(cd "$root" && git ls-files -z --cached | while IFS= read -r -d '' f; do
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

run() { # run OUT [ARGS...]: golangci-lint run, findings only, sorted
	local out=$1
	shift
	"$gcl" run --config .golangci.example.yml --output.text.print-issued-lines=false --show-stats=false "$@" ./example/... >"$out.raw" 2>&1 || true
	grep -E '^[^ ]+\.go:[0-9]+:[0-9]+: .* \(tccodelint\)$' "$out.raw" | sed 's/ (tccodelint)$//' | sort >"$out" || true
}

run "$work/got"
same() { diff "$1" "$2" >"$work/diff" 2>&1; }
expect "golangci-lint run reports the command's $(wc -l <"$work/want") findings on example/" "$work/diff" same "$work/want" "$work/got"

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

echo "golangci-lint integration: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
