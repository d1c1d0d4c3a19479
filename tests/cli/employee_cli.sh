#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Single-employee writes from the command line: employee hire|change|terminate and contract
# extend|end on the employer's database, their --help and --json, the library's messages for bad
# input (exit 1), usage errors (exit 2), and the audit trail growing with every write.
# Usage: employee_cli.sh PATH/TO/basisbaan SOURCE_DIR
source "$(dirname "$0")/common.sh"

db="$tmp/office.db"
"$bin" init --db "$db" --example >/dev/null || { echo "employee_cli.sh: init --example failed"; exit 1; }

# The number of entries in the audit chain, from `audit verify` (which must pass).
entries() { "$bin" audit verify --db "$db" | sed -n 's/^Audit of .*: \([0-9][0-9]*\) entries in the chain.*/\1/p'; }
# grows NAME N BEFORE: the chain holds N entries more than BEFORE.
grows() {
  local now; now=$(entries)
  [ -n "$now" ] && [ "$now" = $(($3 + $2)) ] && ok || not_ok "$1: the audit chain grew from $3 to ${now:-?}, expected +$2"
}

# --- --help and usage ---------------------------------------------------------------------
for sub in "employee hire" "employee change" "employee terminate" "contract extend" "contract end"; do
  # shellcheck disable=SC2086
  check "$sub --help" 0 "--db" -- "$bin" $sub --help
done
check "hire without --bsn is a usage error" 2 "bsn" -- "$bin" employee hire --db "$db" --id E013 --name "N. Nieuw" \
  --birth-date 1990-04-01 --iban NL04INGB7000000001 --start 2026-04-01 --hours 24
check "change --payroll-tax-credit maybe is a usage error" 2 "" -- "$bin" employee change --db "$db" --id E001 --payroll-tax-credit maybe
check "terminate without --reason is a usage error" 2 "reason" -- "$bin" employee terminate --db "$db" --id E001 --last-day 2026-05-31

# --- employee hire ------------------------------------------------------------------------
n=$(entries)
hire=(employee hire --db "$db" --id E013 --name "N. Nieuw" --birth-date 1990-04-01 --iban "nl65 asnb 7011 1111 04"
      --start 2026-04-01 --end 2026-09-30 --hours 24 --job wijkconciërge)
check "hire with a bad BSN names the field" 1 "hire of employee E013, field bsn: .*\*\*\*\*\*\*031" -- "$bin" "${hire[@]}" --bsn 999990031
check "hire with a BSN of another employee" 1 "field bsn: BSN \*\*\*\*\*\*007 belongs to another employee" -- "$bin" "${hire[@]}" --bsn 999990007
check "hire with a bad date" 2 "--start" -- "$bin" employee hire --db "$db" --id E013 --name X --birth-date 1990-04-01 \
  --bsn 999990159 --iban NL04INGB7000000001 --start 2026-13-01 --hours 24
check "hire with --permanent and --end is a usage error (a permanent contract has no last day)" 2 "--end excludes --permanent" -- \
  "$bin" "${hire[@]}" --bsn 999990159 --permanent
# An agreed hourly wage names its scale, as the employees CSV's scale column must with hourly_wage
# (clerk's review F15): a usage error naming both options, before anything is read or stored.
check "hire --hourly-wage without --scale is a usage error naming both" 2 \
  "^basisbaan: usage error: --hourly-wage needs --scale: name the scale and step of the agreed hourly wage" -- \
  "$bin" "${hire[@]}" --bsn 999990159 --hourly-wage 16.00
check "hire --help says --scale is required with --hourly-wage" 0 "required with --hourly-wage" -- "$bin" employee hire --help
check "contract add --hourly-wage without --scale is a usage error too" 2 "--hourly-wage needs --scale" -- \
  "$bin" contract add --db "$db" --employee E001 --start 2026-05-01 --hours 32 --indefinite --hourly-wage 16.00
grows "refused hires store nothing" 0 "$n"
check "hire" 0 "^Hired E013 N\. Nieuw from 2026-04-01: contract C1, 24 hours per week, fixed term to 2026-09-30, WML$" -- \
  "$bin" "${hire[@]}" --bsn 999990159
grows "hire: the employee, contract C1 and the scale placement" 3 "$n"
check "the hired employee is listed" 0 "E013 +N\. Nieuw +1990-04-01 +999990159" -- "$bin" employee list --db "$db"
check "the IBAN is stored normalised" 0 '"iban": "NL65ASNB7011111104"' -- "$bin" employee show --db "$db" E013 --json
check "hire the same id again" 1 "E013 already exists" -- "$bin" "${hire[@]}" --bsn 999990160
n=$(entries)
check "hire --json with a scale and hourly wage" 0 '"scale": "schaal 3, trede 2"' -- "$bin" employee hire --db "$db" --id E014 \
  --name "O. Ouder" --birth-date 1961-02-03 --bsn 999990160 --iban NL41RABO7001234568 --start 2026-04-01 --hours 32 \
  --permanent --hourly-wage 15.60 --scale "schaal 3, trede 2" --payroll-tax-credit no --json
grep -q '"indefinite": true' "$tmp/out" && ok || not_ok "hire --json: the contract is indefinite"
grep -q '"hourly_wage": "15.60"' "$tmp/out" && ok || not_ok "hire --json: the placement has the hourly wage"
grows "hire --json" 3 "$n"

# --- employee change ----------------------------------------------------------------------
n=$(entries)
check "change with a bad IBAN" 1 "change of employee E013, field iban" -- "$bin" employee change --db "$db" --id E013 --iban NL00XXXX0000000000
check "change with a bad BSN" 1 "change of employee E013, field bsn" -- "$bin" employee change --db "$db" --id E013 --bsn 123456789
check "change of an unknown employee" 1 "E099" -- "$bin" employee change --db "$db" --id E099 --name X
check "change of nothing" 1 "E013" -- "$bin" employee change --db "$db" --id E013
grows "refused changes store nothing" 0 "$n"
check "change name and tax credit" 0 "^Changed name, loonheffingskorting of employee E013 N\. Nieuw-Jansen\.$" -- \
  "$bin" employee change --db "$db" --id E013 --name "N. Nieuw-Jansen" --payroll-tax-credit no
grows "change" 1 "$n"
n=$(entries)
check "change --json" 0 '"iban": "NL41RABO7001234568"' -- "$bin" employee change --db "$db" --id E013 --iban NL41RABO7001234568 --json
grows "change --json" 1 "$n"
check "the change is shown" 0 "IBAN NL41RABO7001234568, loonheffingskorting no" -- "$bin" employee show --db "$db" E013

# --- contract extend and end --------------------------------------------------------------
n=$(entries)
check "extend an unknown employee" 1 "E099" -- "$bin" contract extend --db "$db" --employee E099 --until 2027-03-31
check "extend with a bad date" 2 "--until" -- "$bin" contract extend --db "$db" --employee E013 --until 2027-02-30
check "extend an indefinite contract" 1 "E014" -- "$bin" contract extend --db "$db" --employee E014 --until 2027-03-31
grows "refused extensions store nothing" 0 "$n"
check "extend" 0 "^Contract C2 \(2026-10-01 … 2027-03-31\) of E013 recorded: 24 hours per week, fixed term to 2027-03-31$" -- \
  "$bin" contract extend --db "$db" --employee E013 --until 2027-03-31
grows "contract extend" 1 "$n"
n=$(entries)
check "end a contract not there" 1 "C9" -- "$bin" contract end --db "$db" --employee E013 --contract C9 --last-day 2026-12-31 --reason x
check "end after its last day" 1 "C2" -- "$bin" contract end --db "$db" --employee E013 --contract C2 --last-day 2027-06-30 --reason x
grows "refused ends store nothing" 0 "$n"
check "end" 0 "^Contract C1 of E001 now ends on 2026-11-30; reason: einde project$" -- "$bin" contract end --db "$db" \
  --employee E001 --contract C1 --last-day 2026-11-30 --reason "einde project"
grows "contract end" 1 "$n"
n=$(entries)
check "end --json" 0 '"end": "2026-12-31"' -- "$bin" contract end --db "$db" --employee E013 --contract C2 --last-day 2026-12-31 \
  --reason "op verzoek van de werknemer" --json
grows "contract end --json" 1 "$n"
check "contract end --help names --contract" 0 "--contract" -- "$bin" contract end --help

# --- employee terminate -------------------------------------------------------------------
n=$(entries)
check "terminate an unknown employee" 1 "E099" -- "$bin" employee terminate --db "$db" --id E099 --last-day 2026-05-31 --reason x
check "terminate outside every contract" 1 "E014" -- "$bin" employee terminate --db "$db" --id E014 --last-day 2026-03-01 --reason x
grows "refused terminations store nothing" 0 "$n"
check "terminate" 0 "^Employment of E014 ends on 2026-08-31: contract C1 \(2026-04-01 … 2026-08-31\) ends then; reason: einde proeftijd$" -- \
  "$bin" employee terminate --db "$db" --id E014 --last-day 2026-08-31 --reason "einde proeftijd"
grows "terminate" 1 "$n"
check "terminate --json" 0 '"last_day": "2026-10-31"' -- "$bin" employee terminate --db "$db" --id E002 --last-day 2026-10-31 \
  --reason ontslag --json
check "an error with --json is JSON on stderr" 1 '"code"' -- "$bin" employee terminate --db "$db" --id E099 --last-day 2026-05-31 \
  --reason x --json

# --- The writes are in the log, the chain is intact, and payroll still runs ------------------
check "audit log names the writes" 0 "employee\.change" -- "$bin" audit log --db "$db" --last 0
check "audit verify after the writes" 0 "^ok: the chain is intact" -- "$bin" audit verify --db "$db"
# An auditor's trace of one employee (E014: hired, terminated) and of one entity.
trace=$("$bin" audit log --db "$db" --employee E014)
[ "$(printf '%s\n' "$trace" | awk 'NR > 2 { print $3 }' | tr '\n' ' ')" = "employee.hire contract.add placement.add contract.end " ] &&
  ok || not_ok "audit log --employee E014 lists hire, contract, placement, end in order; got: $trace"
check "audit log --employee --last 1: the latest of them" 0 "contract\.end" -- "$bin" audit log --db "$db" --employee E014 --last 1
check "audit log --entity" 0 '"entity": "employee:E014"' -- "$bin" audit log --db "$db" --entity employee:E014 --json
check "audit log --entity of an entity that is not there, as an unknown employee" 1 "no contract:9999 in .*, and no audit entry names it" -- \
  "$bin" audit log --db "$db" --entity contract:9999
check "audit log --employee of an unknown employee" 1 "no employee E099" -- "$bin" audit log --db "$db" --employee E099
check "audit log --employee and --entity together is a usage error" 2 "excludes" -- "$bin" audit log --db "$db" --employee E014 \
  --entity run:1
check "payroll runs with the new employees" 0 "E013 +N\. Nieuw-Jansen" -- "$bin" payroll run --db "$db" --period 2026-04

# --- An end of employment before a closed, paid period is refused -------------------------
# (A correction cannot take back a whole payslip; the clerk is told which day is the earliest.)
paid="$tmp/paid.db"
"$bin" init --db "$paid" --example >/dev/null
for p in 2026-01 2026-02; do "$bin" payroll run --db "$paid" --period $p >/dev/null && "$bin" payroll close --db "$paid" --period $p >/dev/null; done
n=$(sqlite3 "$paid" 'SELECT count(*) FROM audit_log')
check "a last day before a closed, paid period is refused" 1 "E001 was paid in the closed period 2026-02, which begins after the last day 2026-01-20.*Give 2026-02-01 or a later day" -- \
  "$bin" employee terminate --db "$paid" --id E001 --last-day 2026-01-20 --reason resignation
[ "$(sqlite3 "$paid" 'SELECT count(*) FROM audit_log')" = "$n" ] && ok || not_ok "the refused termination stored nothing"
check "a last day in the last closed period is accepted (its correction pays the days up to it)" 0 "ends on 2026-02-10" -- \
  "$bin" employee terminate --db "$paid" --id E001 --last-day 2026-02-10 --reason resignation

finish
