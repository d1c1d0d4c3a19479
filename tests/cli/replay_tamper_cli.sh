#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Replay compares every total a run stores, not only its payslips: the run's header (employees,
# gross, wage tax, net, employer cost: the sums of its payslips) and a correction's stored
# differences (correction_totals, correction_lines). Each is altered here behind the library's
# back with the sqlite3 tool (the trigger that protects the closed run dropped and put back as the
# schema has it, so the change is not caught by the trigger itself) and replay must say which field.
# Usage: replay_tamper_cli.sh PATH/TO/basisbaan SOURCE_DIR
source "$(dirname "$0")/common.sh"

command -v sqlite3 >/dev/null || { echo "replay_tamper_cli.sh: the sqlite3 tool is needed (skipped)"; exit 77; }
q() { sqlite3 "$1" "$2"; }
# behind_back DB TRIGGER SQL: runs SQL with TRIGGER dropped, then creates it again as it was.
behind_back() {
  local db="$1" trigger="$2" sql="$3" definition
  definition=$(q "$db" "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = '$trigger'")
  [ -n "$definition" ] || { not_ok "trigger $trigger exists"; return; }
  q "$db" "DROP TRIGGER $trigger; $sql; $definition;"
}

base="$tmp/base.db"
"$bin" init --db "$base" --example >/dev/null
for p in 2026-01 2026-02; do
  "$bin" payroll run --db "$base" --period $p >/dev/null
  "$bin" payroll close --db "$base" --period $p >/dev/null
done
"$bin" contract add --db "$base" --employee E002 --start 2026-01-01 --hours 32 --indefinite --hourly-wage 15.50 \
  --scale "schaal 2, trede 4" >/dev/null
"$bin" payroll correct --db "$base" --period 2026-01 --reason "uren met terugwerkende kracht" >/dev/null
corr=$(q "$base" "SELECT id FROM payroll_runs WHERE kind = 'correction'")
check "the untouched database replays identical, correction included" 0 "^identical$" -- "$bin" replay --db "$base" --period 2026-01

# --- A regular run's header ---------------------------------------------------------------------
db="$tmp/net.db"
cp "$base" "$db"
behind_back "$db" closed_run_no_update "UPDATE payroll_runs SET net_cents = net_cents + 100000 WHERE id = 1"
check "a run's stored net total is compared" 1 "run 1 \(2026-01\): total net: stored [0-9.]+, recomputed [0-9.]+ \(-1000\.00\)" -- \
  "$bin" replay --db "$db" --period 2026-01
check "and the replay says different" 1 "^different$" -- "$bin" replay --db "$db" --period 2026-01
check "the JSON names it too" 1 "run 1 \(2026-01\): total net" -- "$bin" replay --db "$db" --period 2026-01 --json
check "a replay of one employee does not compare the run's totals" 0 "^identical$" -- \
  "$bin" replay --db "$db" --period 2026-01 --employee E004

db="$tmp/header.db"
cp "$base" "$db"
behind_back "$db" closed_run_no_update \
  "UPDATE payroll_runs SET employees = employees + 1, gross_cents = gross_cents - 1, wage_tax_cents = wage_tax_cents + 2, employer_cost_cents = employer_cost_cents + 3 WHERE id = 2"
n=$(q "$base" "SELECT count(*) FROM payslips WHERE run_id = 2")
check "the stored employee count is compared" 1 "run 2 \(2026-02\): employees: stored $((n + 1)), recomputed $n" -- \
  "$bin" replay --db "$db" --period 2026-02
check "the stored gross total is compared" 1 "run 2 \(2026-02\): total gross: stored [0-9.]+, recomputed [0-9.]+ \(\+0\.01\)" -- \
  "$bin" replay --db "$db" --period 2026-02
check "the stored wage tax total is compared" 1 "run 2 \(2026-02\): total wage tax: .* \(-0\.02\)" -- "$bin" replay --db "$db" --period 2026-02
check "the stored employer cost total is compared" 1 "run 2 \(2026-02\): total employer cost: .* \(-0\.03\)" -- \
  "$bin" replay --db "$db" --period 2026-02
check "the year replays with the difference" 1 "run 2 \(2026-02\): total gross" -- "$bin" replay --db "$db" --period 2026

# --- A correction's header and differences ------------------------------------------------------
db="$tmp/correction_header.db"
cp "$base" "$db"
behind_back "$db" closed_run_no_update "UPDATE payroll_runs SET net_cents = net_cents + 100000 WHERE id = $corr"
check "a correction's stored net total is compared" 1 "run $corr \(2026-01\): total net: .* \(-1000\.00\)" -- \
  "$bin" replay --db "$db" --period 2026-01

db="$tmp/correction_totals.db"
cp "$base" "$db"
behind_back "$db" closed_correction_totals_no_update "UPDATE correction_totals SET net_cents = net_cents + 100000 WHERE employee_id = 'E002'"
check "a correction's stored net difference is compared" 1 \
  "run $corr \(2026-01\): E002: difference in net: stored [0-9.-]+, recomputed [0-9.-]+ \(-1000\.00\)" -- \
  "$bin" replay --db "$db" --period 2026-01
check "also for that employee alone" 1 "E002: difference in net" -- "$bin" replay --db "$db" --period 2026-01 --employee E002

db="$tmp/correction_lines.db"
cp "$base" "$db"
behind_back "$db" closed_correction_lines_no_update \
  "UPDATE correction_lines SET after_cents = after_cents + 500 WHERE employee_id = 'E002' AND seq = 1"
check "a correction's stored line difference is compared" 1 "run $corr \(2026-01\): E002: difference line 1 [a-z_]+: after stored [0-9.-]+, recomputed [0-9.-]+ \(-5\.00\)" -- \
  "$bin" replay --db "$db" --period 2026-01

db="$tmp/correction_line_deleted.db"
cp "$base" "$db"
behind_back "$db" closed_correction_lines_no_delete "DELETE FROM correction_lines WHERE employee_id = 'E002' AND seq = 1"
check "a deleted line difference is named" 1 "run $corr \(2026-01\): E002: difference line [0-9]+ [a-z_]+ is recomputed but not stored" -- \
  "$bin" replay --db "$db" --period 2026-01

finish
