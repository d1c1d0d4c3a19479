#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# An unknown command, a typo of one, or an unknown option is a usage error (exit 2) that says what
# was wrong: the unknown word, the commands there are (and the nearest, when it is close), or the
# unknown option; not only CLI11's "A subcommand is required".
# Usage: unknown_arguments_cli.sh PATH/TO/basisbaan SOURCE_DIR
source "$(dirname "$0")/common.sh"

db="$tmp/office.db"
"$bin" init --db "$db" --example >/dev/null || { echo "unknown_arguments_cli.sh: init --example failed"; exit 1; }

# --- Unknown commands and options ---------------------------------------------------------------
check "an unknown command is named" 2 "^basisbaan: usage error: unknown command 'frobnicate' for 'basisbaan' \(commands: .*payroll.*\)$" -- \
  "$bin" frobnicate
check "a typo gets a suggestion" 2 "unknown command 'rn' for 'basisbaan payroll' \(commands: run, .*close.*\); did you mean 'run'\?" -- \
  "$bin" payroll rn --db "$db" --period 2026-05
check "an unknown subcommand lists the commands" 2 "unknown command 'foo' for 'basisbaan payroll' \(commands: run, " -- \
  "$bin" payroll foo
if grep -q "did you mean" "$tmp/err"; then not_ok "foo is close to no command"; else ok; fi
check "a typo of a top-level command" 2 "did you mean 'replay'\?" -- "$bin" replya --db "$db" --period 2026-01
check "an unknown option is named" 2 "^basisbaan: usage error: unknown option --bogus$" -- "$bin" --bogus
check "an unknown option of a command is named" 2 "unknown option --bogus for 'basisbaan payroll run'" -- \
  "$bin" payroll run --db "$db" --period 2026-02 --bogus
check "--help still works" 0 "Subcommands:" -- "$bin" payroll --help
check "a missing subcommand still says so" 2 "subcommand" -- "$bin" payroll

finish
