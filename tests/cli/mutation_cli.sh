#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Mutation test (issue 19): a few hundred deterministic mutations of the example inputs (the
# employees CSV and the employer JSON) go through the command line; every refusal must exit 1
# with a message that names the file, a line or a field, and nothing may end in an "internal
# error", a crash or a usage exit. Deterministic: bash's RANDOM with a fixed seed.
# Usage: mutation_cli.sh PATH/TO/basisbaan SOURCE_DIR [MUTATIONS]
source "$(dirname "$0")/common.sh"

RANDOM=19
mutations="${3:-300}"
csv="$src/examples/employer/employees.csv"
json="$src/examples/employer/employer.json"
base="$tmp/base.db"
"$bin" init --db "$base" --employer "$json" >/dev/null || { echo "cannot make the base database"; exit 1; }
mapfile -t lines <"$csv"
mapfile -t jlines <"$json"
values=("" "-1" "0" "61" "9999-12-31" "0000-01-01" "2030-02-30" "abc" "1e400" "99999999999999999999999" "=1+1" "@SUM(A1)"
        $'Caf\xe9' '"' '""' "ja" "nee" "month" "week" "NL00XXXX0000000000" "999990031" "-0.5" "12.345" "1,5" " " $'\t' "E/1"
        "1900-01-01" "2100-12-31" "null" "{}" "[]" "true")

bad=0
checked=0
refused=0
judge() {  # judge WHAT FILE: the last command's exit code and output
  local code=$1 what="$2" file="$3"
  checked=$((checked + 1))
  if grep -qi "internal error" "$tmp/m.out" "$tmp/m.err"; then
    echo "FAIL $what: internal error: $(head -c 300 "$tmp/m.err")"; bad=$((bad + 1)); return
  fi
  if [ "$code" = 0 ]; then return; fi
  refused=$((refused + 1))
  if [ "$code" != 1 ]; then
    echo "FAIL $what: exit $code (expected 0 or 1): $(head -c 300 "$tmp/m.err")"; bad=$((bad + 1)); return
  fi
  if ! grep -qE "$(basename "$file")|line [0-9]|field [a-z_]|row [0-9]" "$tmp/m.err"; then
    echo "FAIL $what: the message names no file, line or field: $(head -c 300 "$tmp/m.err")"; bad=$((bad + 1))
  fi
}

for ((m = 1; m <= mutations; m++)); do
  kind=$((RANDOM % 6))
  if ((m % 3 == 0)); then
    # The employer JSON: replace a value, drop a line, duplicate a line, or cut the file.
    out="$tmp/employer.json"
    j=$((1 + RANDOM % (${#jlines[@]} - 2)))
    v="${values[RANDOM % ${#values[@]}]}"
    {
      for ((k = 0; k < ${#jlines[@]}; k++)); do
        line="${jlines[k]}"
        if ((k == j)); then
          case $((kind % 3)) in
            0) printf '%s\n' "$(sed -E "s/: *(\"[^\"]*\"|[^,]*)/: \"${v//\//\\/}\"/" <<<"$line")" ;;
            1) ;;
            2) printf '%s\n%s\n' "$line" "$line" ;;
          esac
        else
          printf '%s\n' "$line"
        fi
      done
    } >"$out"
    [ "$kind" = 5 ] && truncate -s $((RANDOM % $(stat -c %s "$out"))) "$out"
    rm -f "$tmp/j.db"
    "$bin" init --db "$tmp/j.db" --employer "$out" >"$tmp/m.out" 2>"$tmp/m.err"
    judge $? "mutation $m (employer.json line $((j + 1)))" "$out"
    continue
  fi
  # The employees CSV: replace a field, drop a field, add a field, swap two lines, or cut the file.
  out="$tmp/employees.csv"
  r=$((1 + RANDOM % (${#lines[@]} - 1)))
  IFS=, read -r -a f <<<"${lines[r]}"
  c=$((RANDOM % ${#f[@]}))
  v="${values[RANDOM % ${#values[@]}]}"
  case $kind in
    0 | 1) f[c]="$v" ;;
    2) unset 'f[c]' ;;
    3) f+=("$v") ;;
  esac
  changed=$(IFS=,; echo "${f[*]}")
  {
    for ((k = 0; k < ${#lines[@]}; k++)); do
      if ((k == r)); then printf '%s\n' "$changed"; elif ((kind == 4 && k == 1)); then printf '%s\n' "${lines[r]}"; else printf '%s\n' "${lines[k]}"; fi
    done
  } >"$out"
  [ "$kind" = 5 ] && truncate -s $((RANDOM % $(stat -c %s "$out"))) "$out"
  cp "$base" "$tmp/m.db"
  "$bin" employee import --db "$tmp/m.db" "$out" >"$tmp/m.out" 2>"$tmp/m.err"
  judge $? "mutation $m (employees.csv line $((r + 1)) field $((c + 1)) -> '$v')" "$out"
done
echo "mutation_cli.sh: $checked mutated inputs through the command line, $refused refused with a named message"
[ "$bad" = 0 ] && ok || not_ok "$bad of $checked mutated inputs got an internal error or a message naming no file, line or field"
finish
