#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The employer's database from the command line: the README's first command, import errors,
# closing and correcting, replay, the audit trail against edits with the sqlite3 tool, and the
# reliability cases (two runs at once, a run killed with SIGKILL, a read-only file).
# Usage: store_cli.sh PATH/TO/basisbaan SOURCE_DIR
source "$(dirname "$0")/common.sh"

command -v sqlite3 >/dev/null || { echo "store_cli.sh: the sqlite3 tool is needed"; exit 1; }
db="$tmp/example.db"
q() { sqlite3 "$1" "$2"; }

# --- The README's first command -------------------------------------------------------------
check "init --example" 0 "Imported 12 employees" -- "$bin" init --db "$db" --example
[ "$(stat -c %a "$db")" = 600 ] && ok || not_ok "the database file is created 0600 (got $(stat -c %a "$db"))"
[ "$(q "$db" 'PRAGMA journal_mode')" = wal ] && ok || not_ok "the database is in WAL mode"
check "init --example on a used database" 1 "already holds an employer" -- "$bin" init --db "$db" --example
check "payroll run prints the payslip summary" 0 "total +12 employees +24\.218,32" -- "$bin" payroll run --db "$db" --period 2026-03
check "summary names the employees" 0 "E007 +I\. Smit" -- "$bin" payroll show --db "$db" --period 2026-03
check "the long-term sick employee is noted" 0 "E007 I. Smit: sick in 2026-03" -- "$bin" payroll run --db "$db" --period 2026-03
check "replay is identical" 0 "^identical$" -- "$bin" replay --db "$db" --period 2026-03
check "replay with the current rules" 0 "^identical$" -- "$bin" replay --db "$db" --period 2026-03 --rules current
check "replay one employee" 0 "1 payslips" -- "$bin" replay --db "$db" --period 2026-03 --employee E004
check "replay --rules bogus is a usage error" 2 "" -- "$bin" replay --db "$db" --period 2026-03 --rules bogus
check "audit verify" 0 "^ok: the chain is intact" -- "$bin" audit verify --db "$db"
check "payroll show json" 0 '"net": "1977.31"' -- "$bin" payroll show --db "$db" --period 2026-03 --json
check "payroll show one payslip" 0 "LOONSTROOK  2026-03" -- "$bin" payroll show --db "$db" --period 2026-03 --employee E001
# An auditor's explanation of a stored payslip: computed again from what the run stored, every
# line's trace with the parameter, its value, date and source (auditor's review F1).
check "payroll show --explain traces the stored payslip" 0 "Explanation \(run [0-9]+, computed again with the stored rules" -- \
  "$bin" payroll show --db "$db" --period 2026-03 --employee E001 --explain
check "payroll show --explain names the parameter with its date and source" 0 "parameter  wml.hourly = 14.71   \[from 2026-01-01; " -- \
  "$bin" payroll show --db "$db" --period 2026-03 --employee E001 --explain
if grep -q WARNING "$tmp/out"; then not_ok "payroll show --explain of an intact payslip warns"; else ok; fi
check "payroll show --explain needs --employee" 2 "needs --employee" -- "$bin" payroll show --db "$db" --period 2026-03 --explain
check "payroll show --explain with --json is a usage error" 2 "excludes" -- \
  "$bin" payroll show --db "$db" --period 2026-03 --employee E001 --explain --json
check "payroll show a period not run" 1 "no payroll run for period 2026-04" -- "$bin" payroll show --db "$db" --period 2026-04
check "employee list" 0 "E004 +P\. Visser +1959-04-10" -- "$bin" employee list --db "$db"
check "employee list json" 0 '"bsn": "999990007"' -- "$bin" employee list --db "$db" --json
check "employee show" 0 "S1  from 2025-10-13" -- "$bin" employee show --db "$db" E007
check "audit log" 0 "payroll.run" -- "$bin" audit log --db "$db"
check "no database" 1 "no such database" -- "$bin" payroll show --db "$tmp/none.db" --period 2026-03

# --- Altering a payslip amount with sqlite3 -------------------------------------------------
cp "$db" "$tmp/tampered.db"
# The lines of a payslip are one packed text in payslip_texts (docs/store.md): the run is open, so
# the payslip can be pointed at a copy with the wage tax line's amount (63.17) changed.
e003="employee_id = 'E003' AND run_id = (SELECT id FROM payroll_runs WHERE period = '2026-03')"
q "$tmp/tampered.db" "INSERT INTO payslip_texts (key, content) SELECT 0, replace(t.content, char(31) || '6317' || char(31), char(31) || '6417' || char(31)) FROM payslip_texts t JOIN payslips p ON p.lines_text = t.id WHERE $e003; UPDATE payslips SET lines_text = last_insert_rowid() WHERE $e003"
check "audit verify names the altered line" 1 "payroll run [0-9]+ \(2026-03, regular\) payslip E003 line 6 wage_tax: altered" -- \
  "$bin" audit verify --db "$tmp/tampered.db"
check "replay shows the difference" 1 "E003 S\. Bouzid: line 6 wage_tax .*stored 64\.17, recomputed 63\.17 \(-1\.00\)" -- \
  "$bin" replay --db "$tmp/tampered.db" --period 2026-03
cp "$db" "$tmp/inserted.db"
q "$tmp/inserted.db" "INSERT INTO employees (id, name, birth_date, bsn, iban, payroll_tax_credit) VALUES ('E099', 'X', '1990-01-01', '999990159', 'NL91ABNA0417164300', 1)"
check "audit verify names an inserted employee" 1 "employee E099: inserted" -- "$bin" audit verify --db "$tmp/inserted.db"

# --- Import: all or nothing ----------------------------------------------------------------
imp="$tmp/import.db"
"$bin" init --db "$imp" --employer "$src/examples/employer/employer.json" >/dev/null
sed '4s/999990032/999990031/' "$src/examples/employer/employees.csv" > "$tmp/bad.csv"
check "a bad BSN rejects the file naming row and field" 1 "bad\.csv row 3 \(line 4\), field bsn: \"\*\*\*\*\*\*031\" is not a valid BSN" -- \
  "$bin" employee import --db "$imp" "$tmp/bad.csv"
[ "$(q "$imp" 'SELECT count(*) FROM employees')" = 0 ] && ok || not_ok "nothing was imported from the bad file"
check "the good file imports" 0 "Imported 12 employees" -- "$bin" employee import --db "$imp" "$src/examples/employer/employees.csv"
check "importing it again names the row" 1 "row 1 \(line 2\), field id: employee E001 already exists" -- \
  "$bin" employee import --db "$imp" "$src/examples/employer/employees.csv"

# --- init with an employer and employees: all or nothing too ------------------------------
# A refused employees file leaves an existing database as it was (the employer not replaced) and
# removes a database the command itself created.
sed 's/"name": *"[^"]*"/"name": "Andere Stichting"/' "$src/examples/employer/employer.json" > "$tmp/employer2.json"
before="$(sqlite3 "$imp" .dump | md5sum)"
check "init with a bad employees file is refused" 1 "bad\.csv row 1 \(line 2\), field id: employee E001 already exists" -- \
  "$bin" init --db "$imp" --employer "$tmp/employer2.json" --employees "$tmp/bad.csv"
[ "$(sqlite3 "$imp" .dump | md5sum)" = "$before" ] && ok || not_ok "the refused init left the database as it was"
check "a refused init of a new file" 1 "field bsn" -- \
  "$bin" init --db "$tmp/fresh.db" --employer "$src/examples/employer/employer.json" --employees "$tmp/bad.csv"
[ ! -e "$tmp/fresh.db" ] && [ ! -e "$tmp/fresh.db-wal" ] && ok || not_ok "the refused init left no database file behind"

# --- Close, a back-dated change, correct ----------------------------------------------------
cor="$tmp/correct.db"
"$bin" init --db "$cor" --example >/dev/null
for p in 2026-01 2026-02; do
  "$bin" payroll run --db "$cor" --period $p >/dev/null
  check "close $p" 0 "Period $p closed" -- "$bin" payroll close --db "$cor" --period $p
done
check "a closed period cannot be run again" 1 "is closed: it can never be changed, only corrected" -- \
  "$bin" payroll run --db "$cor" --period 2026-01
check "the database refuses to change a closed run" 19 "run is closed" -- sqlite3 "$cor" "UPDATE payslips SET lines_text = NULL WHERE run_id = 1"
check "the database refuses to change a stored text" 19 "a stored payslip text cannot be changed" -- sqlite3 "$cor" "UPDATE payslip_texts SET content = ''"
check "a period after a gap is refused" 1 "period 2026-03 has not been run" -- "$bin" payroll run --db "$cor" --period 2026-04
check "contract add back-dated" 0 "Contract C1 of E002 now ends on 2025-12-31" -- \
  "$bin" contract add --db "$cor" --employee E002 --start 2026-01-01 --hours 32 --indefinite --hourly-wage 15.50 --scale "schaal 2, trede 4"
check "payroll correct" 0 "= net to pay in 2026-03 +-147,94" -- \
  "$bin" payroll correct --db "$cor" --period 2026-01 --reason "uren met terugwerkende kracht"
check "correcting again finds nothing" 0 "no differences; nothing stored" -- "$bin" payroll correct --db "$cor" --period 2026-01
check "the March run pays the correction" 0 "2026-01 +E002 .* -147,94" -- "$bin" payroll run --db "$cor" --period 2026-03
check "payroll list" 0 "correction of run 1, paid in 2026-03" -- "$bin" payroll list --db "$cor"
check "replay a corrected period" 0 "run [0-9]+ \(correction\).*identical" -- "$bin" replay --db "$cor" --period 2026-01
check "leave take" 0 "Balance on 2026-03-10" -- "$bin" leave take --db "$cor" --employee E001 --date 2026-03-10 --hours 8
check "leave beyond the balance" 1 "exceed" -- "$bin" leave take --db "$cor" --employee E001 --date 2026-03-11 --hours 300
# Leave on a weekend day is refused unless the employee was scheduled then; on a public holiday it
# is recorded with a warning (clerk's review F15; docs/employment.md "Leave on weekends and holidays").
leave_rows=$(q "$cor" "SELECT count(*) FROM leave_taken")
check "leave on a Saturday is refused, naming the day" 1 \
  "leave of employee E001, field date: 2026-03-14 is a Saturday, a day without scheduled hours .*\(leave take --scheduled\)" -- \
  "$bin" leave take --db "$cor" --employee E001 --date 2026-03-14 --hours 8
[ "$(q "$cor" "SELECT count(*) FROM leave_taken")" = "$leave_rows" ] && ok || not_ok "the refused leave is not stored"
check "leave on a Saturday the employee was scheduled" 0 "Recorded 4 hours of leave of E001 on 2026-03-14" -- \
  "$bin" leave take --db "$cor" --employee E001 --date 2026-03-14 --hours 4 --scheduled
check "leave on a public holiday is recorded with a warning" 0 \
  "^warning: 2026-04-06 is tweede Paasdag, a public holiday \(Atw art\. 3\): if the employee had the day off" -- \
  "$bin" leave take --db "$cor" --employee E001 --date 2026-04-06 --hours 8
grep -q "Recorded 8 hours of leave of E001 on 2026-04-06" "$tmp/out" && ok || not_ok "the leave on the public holiday is recorded"
"$bin" leave take --db "$cor" --employee E001 --date 2026-03-12 --hours 2 >/dev/null 2>"$tmp/weekday.err"
[ ! -s "$tmp/weekday.err" ] && ok || not_ok "leave on a weekday: no warning: $(cat "$tmp/weekday.err")"
check "sick report" 0 "Sick report S1 of E003" -- "$bin" sick report --db "$cor" --employee E003 --first-day 2026-03-16
check "a sick report after the last day of employment is refused, naming that day" 1 \
  "sick report of employee E001, field first_day: 2027-01-04 is after the last day of employment, 2026-12-31" -- \
  "$bin" sick report --db "$cor" --employee E001 --first-day 2027-01-04
check "sick recover" 0 "fit again on 2026-03-20" -- "$bin" sick recover --db "$cor" --employee E003 --date 2026-03-20
check "the run's sick note names the recorded fit day" 0 "E003 .*: sick in 2026-03, fit again on 2026-03-20;" -- \
  "$bin" payroll run --db "$cor" --period 2026-03
check "audit verify after all that" 0 "^ok" -- "$bin" audit verify --db "$cor"

# --- Two runs at once: one wins, the other is told -------------------------------------------
# The first run is the test program basisbaan_paused_run (tests/tools/paused_run.cpp): the library's
# payroll run, paused halfway through storing its payslips; the production program has no such hook.
paused="${BASISBAAN_PAUSED_RUN:?set by tests/CMakeLists.txt to the basisbaan_paused_run program}"
two="$tmp/two.db"
"$bin" init --db "$two" --example >/dev/null
"$paused" "$two" 2026-03 3 >"$tmp/first.out" 2>"$tmp/first.err" &
first=$!
for _ in $(seq 100); do grep -q "test pause" "$tmp/first.err" && break; sleep 0.1; done
check "the second run is told the period is being computed" 1 "period 2026-03 is being computed" -- \
  "$bin" payroll run --db "$two" --period 2026-03
wait $first && ok || not_ok "the first run completes"
[ "$(q "$two" 'SELECT count(*) FROM payroll_runs')" = 1 ] && ok || not_ok "one run stored"
[ "$(q "$two" 'SELECT count(*) FROM payslips')" = 12 ] && ok || not_ok "nothing doubled"

# --- SIGKILL in the middle of a run leaves the database as it was ----------------------------
kil="$tmp/kill.db"
"$bin" init --db "$kil" --example >/dev/null
"$bin" payroll run --db "$kil" --period 2026-01 >/dev/null
before=$(q "$kil" "SELECT count(*), group_concat(content_hash) FROM payroll_runs")
"$paused" "$kil" 2026-02 30 >/dev/null 2>"$tmp/kill.err" &
victim=$!
for _ in $(seq 100); do grep -q "test pause" "$tmp/kill.err" && break; sleep 0.1; done
kill -9 $victim
wait $victim 2>/dev/null
[ "$(q "$kil" "SELECT count(*), group_concat(content_hash) FROM payroll_runs")" = "$before" ] && ok || not_ok "the killed run left no trace"
[ "$(q "$kil" "SELECT count(*) FROM payslips")" = 10 ] && ok || not_ok "only January's payslips are there"
check "audit verify after the kill" 0 "^ok" -- "$bin" audit verify --db "$kil"
check "the run then completes" 0 "total +11 employees" -- "$bin" payroll run --db "$kil" --period 2026-02

# --- A read-only file: a clear error, nothing written ---------------------------------------
ro="$tmp/ro.db"
cp "$db" "$ro"
rm -f "$db-wal" "$db-shm"
chmod 0400 "$ro"
sum=$(md5sum < "$ro")
check "a read-only database is refused" 1 "read-only .*nothing was changed" -- "$bin" payroll run --db "$ro" --period 2026-04
check "a read-only database can be read" 0 "total +12 employees" -- "$bin" payroll show --db "$ro" --period 2026-03
[ "$(md5sum < "$ro")" = "$sum" ] && ok || not_ok "the read-only file is unchanged"
chmod 0600 "$ro"

finish
