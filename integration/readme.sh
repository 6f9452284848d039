# readme.sh is sourced by the end-to-end tests that run README.md's
# commands as README writes them. It needs $root, the repository.

# readme_line PREFIX: the first line of a ```sh block of README.md that
# starts with PREFIX (after the block's indentation), without the
# indentation.
readme_line() {
	awk -v prefix="$1" '
		/^[[:space:]]*```/ {
			if (block) { block = 0; sh = 0 } else { block = 1; sh = ($0 ~ /^[[:space:]]*```sh[[:space:]]*$/) }
			next
		}
		sh {
			line = $0
			sub(/^[[:space:]]+/, "", line)
			sub(/[[:space:]]+$/, "", line)
			if (index(line, prefix) == 1) { print line; exit }
		}' "$root/README.md"
}

# home_env HOME: sets the array home_env to the environment in which
# README's commands run with HOME set to HOME, so that README's ~/bin is
# HOME/bin: env "${home_env[@]}" CMD... Go's directories default to
# places under HOME, so they are passed on as they are now: the module
# and build caches, and the go env file, stay the user's.
home_env() {
	local go_path go_modcache go_cache go_env
	{
		read -r go_path
		read -r go_modcache
		read -r go_cache
		read -r go_env
	} < <(go env GOPATH GOMODCACHE GOCACHE GOENV)
	home_env=(HOME="$1" GOPATH="$go_path" GOMODCACHE="$go_modcache" GOCACHE="$go_cache" GOENV="$go_env")
}
