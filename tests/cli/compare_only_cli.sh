#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# `basisbaan compare ...` registers only `compare` (tools/basisbaan/main.cpp, issue 18): every
# command line below gives the same standard output, standard error and exit code as with all
# commands registered (BASISBAAN_CLI_ALL_COMMANDS=1) — help, results in each format, usage and
# input errors, global options before and after, another command's name as a stray argument.
source "$(dirname "$0")/common.sh"
h="$src/examples/households/couple-two-children-groningen.json"
cd "$tmp"
same() {  # same NAME ARGS...: both ways byte for byte
  local name="$1"
  shift
  "$bin" "$@" >"$tmp/lazy.out" 2>"$tmp/lazy.err"
  local lazy=$?
  BASISBAAN_CLI_ALL_COMMANDS=1 "$bin" "$@" >"$tmp/all.out" 2>"$tmp/all.err"
  local all=$?
  if [ "$lazy" = "$all" ] && cmp -s "$tmp/lazy.out" "$tmp/all.out" && cmp -s "$tmp/lazy.err" "$tmp/all.err"; then
    ok
  else
    not_ok "$name: exit $lazy / $all"; diff "$tmp/lazy.out" "$tmp/all.out" | head -5; diff "$tmp/lazy.err" "$tmp/all.err" | head -5
  fi
}
same "help" compare --help
same "help short" compare -h
same "no options" compare
same "table" compare --household "$h"
same "json" compare --household "$h" --json
same "csv" compare --household "$h" --format csv
same "csv en" compare --household "$h" --format csv --csv-dialect en
same "svg" compare --household "$h" --format svg
same "html" compare --household "$h" --format html
same "first year" compare --household "$h" --first-year
same "hours" compare --household "$h" --hours 20 --format json
same "sweep" compare --household "$h" --sweep 0:40:5
same "garnishment" compare --household "$h" --garnishment owed:3000,monthly:50 --json
same "out" compare --household "$h" --format csv --out "$tmp/out.csv"
same "provisional after" compare --household "$h" --provisional
same "rules after" compare --household "$h" --rules "$src/rules"
same "rules after, missing" compare --household "$h" --rules "$tmp/none"
same "rules-local after, missing" compare --household "$h" --rules-local "$tmp/none"
same "version after" compare --version
same "unknown option" compare --household "$h" --bogus
same "unknown format" compare --household "$h" --format pdf
same "bad hours" compare --household "$h" --hours many
same "bad sweep" compare --household "$h" --sweep 40:0
same "bad garnishment" compare --household "$h" --garnishment weekly:5
same "missing file" compare --household "$tmp/none.json"
same "missing file, json error" compare --household "$tmp/none.json" --json
same "another command after" compare --household "$h" payslip
same "compare twice" compare compare
same "a stray word" compare --household "$h" extra
same "after --" compare --household "$h" -- payslip
same "empty option value" compare --household=
finish
