#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Shared by the command-line test scripts tests/cli/*_cli.sh: `check` runs the command as a user
# would and compares exit code and output; `finish` prints the summary and sets the exit status.
# A script is called as: SCRIPT PATH/TO/basisbaan SOURCE_DIR
set -u
bin="$1"
src="$2"
pass=0
fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

check() {  # check NAME EXPECTED_EXIT PATTERN -- COMMAND...
  local name="$1" want="$2" pattern="$3"
  shift 4
  "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$?
  if [ "$got" != "$want" ]; then
    echo "FAIL $name: exit $got, expected $want"; cat "$tmp/out" "$tmp/err" | head -20; fail=$((fail + 1)); return
  fi
  if [ -n "$pattern" ] && ! grep -qE -- "$pattern" "$tmp/out" "$tmp/err"; then
    echo "FAIL $name: output lacks /$pattern/"; cat "$tmp/out" "$tmp/err" | head -20; fail=$((fail + 1)); return
  fi
  pass=$((pass + 1))
}

ok() { pass=$((pass + 1)); }           # ok: a hand-written check passed
not_ok() { echo "FAIL $1"; fail=$((fail + 1)); }  # not_ok NAME: a hand-written check failed

finish() {
  echo "$(basename "$0"): $pass passed, $fail failed"
  [ "$fail" = 0 ]
}
