#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Writes the manual page basisbaan.1 and the bash completion basisbaan.bash from the program's own
# --help: it runs `basisbaan --help`, then `basisbaan CMD --help` for every subcommand that help
# lists (and so on down), so a command added to the program appears in both without a hand list.
# Usage: generate.sh PATH/TO/basisbaan VERSION OUTPUT_DIR
set -euo pipefail
bin="$1"
version="$2"
out="$3"
here="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$out"
export LC_ALL=C.UTF-8
unset BASISBAAN_RULES

# help.tsv: every command's help as "PATH<TAB>KIND<TAB>..." (parse_help.awk's records prefixed by
# the command path: "" for the program, "payroll run" for `basisbaan payroll run`), depth first in
# the order the program lists its subcommands.
records="$out/help.tsv.tmp"
: >"$records"
walk() {
  local path="$1" text parsed
  # shellcheck disable=SC2086  # the path is a list of words
  if ! text="$("$bin" $path --help)"; then
    echo "generate.sh: '$bin $path --help' failed" >&2
    exit 1
  fi
  parsed="$(printf '%s\n' "$text" | awk -f "$here/parse_help.awk")"
  printf '%s\n' "$parsed" | awk -v p="$path" '{ print p "\t" $0 }' >>"$records"
  local kind name rest
  while IFS=$'\t' read -r kind name rest; do
    [ "$kind" = S ] && walk "${path:+$path }$name"
  done <<<"$parsed"
  return 0
}
walk ""
awk -F'\t' -v version="$version" -f "$here/manpage.awk" "$records" >"$out/basisbaan.1.tmp"
awk -F'\t' -v version="$version" -v TAIL="$here/completion_tail.bash" -f "$here/completion.awk" "$records" >"$out/basisbaan.bash.tmp"
mv "$records" "$out/help.tsv"
mv "$out/basisbaan.1.tmp" "$out/basisbaan.1"
mv "$out/basisbaan.bash.tmp" "$out/basisbaan.bash"
