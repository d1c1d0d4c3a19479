#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# basisbaan export jaaropgaaf / loonstaat: from the example employer's database with the twelve
# months of 2026 closed, one annual statement per employee (HTML) or one CSV; the loonstaat per
# employee per period, whose rows add up to its total; E001's year is the hand-checked year of
# tests/export/jaaropgaaf_test.cpp. Bad input exits 1 or 2 and writes nothing.
source "$(dirname "$0")/common.sh" "$@"

check jaaropgaaf_help 0 "--year" -- "$bin" export jaaropgaaf --help
check loonstaat_help 0 "--year" -- "$bin" export loonstaat --help
check jaaropgaaf_needs_year 2 "" -- "$bin" export jaaropgaaf --db "$tmp/x.db"
check jaaropgaaf_bad_format 2 "" -- "$bin" export jaaropgaaf --db "$tmp/x.db" --year 2026 --format pdf

db="$tmp/x.db"
check init 0 "" -- "$bin" init --db "$db" --example
# E001's fixed-term contract ends on 2026-12-31: without a following contract December would be
# the final payslip (leave and holiday-allowance reserve paid out, docs/store.md "The final
# payslip"). The hand-checked year is that of an employee who stays, so E001's contract is extended.
check extend_e001 0 "" -- "$bin" contract extend --db "$db" --employee E001 --until 2027-12-31
check no_closed_run 1 "year 2026: no closed payroll run" -- "$bin" export jaaropgaaf --db "$db" --year 2026 --out "$tmp/none"
if [ ! -e "$tmp/none" ]; then ok; else not_ok "no_closed_run_writes_nothing"; fi
for m in 01 02 03 04 05 06 07 08 09 10 11 12; do
  "$bin" payroll run --db "$db" --period "2026-$m" >/dev/null 2>&1 || not_ok "run 2026-$m"
  "$bin" payroll close --db "$db" --period "2026-$m" >/dev/null 2>&1 || not_ok "close 2026-$m"
done

# E005 (24 h, to 2026-12-31, not extended) leaves: December is the final payslip.
check e005_december_leave 0 "Uitbetaling resterend verlof \(art\. 7:641 BW\)" -- "$bin" payroll show --db "$db" --period 2026-12 --employee E005
check e005_december_reserve 0 "Uitbetaling vakantiebijslag bij einde dienstverband" -- \
  "$bin" payroll show --db "$db" --period 2026-12 --employee E005

employees=$("$bin" employee list --db "$db" 2>/dev/null | grep -cE '^E[0-9]+' || true)
check jaaropgaaf_html 0 "wrote 12 files to .*annual statements 2026 of 12 employees from 12 closed periods" -- \
  "$bin" export jaaropgaaf --db "$db" --year 2026 --out "$tmp/jo"
n=$(ls "$tmp/jo" | grep -c '^jaaropgaaf-2026-E0[0-9][0-9]\.html$')
if [ "$n" = 12 ]; then ok; else not_ok "one statement per employee ($n files, employee list says $employees)"; fi
# E001: the hand-checked year (tests/export/jaaropgaaf_test.cpp): fiscaal loon 25,881.47, wage tax 1,149.91, arbeidskorting 4,954.10.
check jaaropgaaf_e001_wage 0 "25\.881,47" -- cat "$tmp/jo/jaaropgaaf-2026-E001.html"
check jaaropgaaf_e001_tax 0 "1\.149,91" -- cat "$tmp/jo/jaaropgaaf-2026-E001.html"
check jaaropgaaf_e001_ak 0 "4\.954,10" -- cat "$tmp/jo/jaaropgaaf-2026-E001.html"
if ! grep -qE 'wage_for|_tax|k14' "$tmp/jo/jaaropgaaf-2026-E001.html"; then ok; else not_ok "jaaropgaaf_no_internal_keys"; fi

check jaaropgaaf_csv 0 "wrote 1 file" -- "$bin" export jaaropgaaf --db "$db" --year 2026 --format csv --out "$tmp/jo"
check jaaropgaaf_csv_e001 0 ",E001,.*,12,25881\.47,1149\.91,4954\.10,25927\.30,0\.00,0\.00,0\.00,24731\.56" -- cat "$tmp/jo/jaaropgaven-2026.csv"
rows=$(tail -n +2 "$tmp/jo/jaaropgaven-2026.csv" | wc -l)
if [ "$rows" = 12 ]; then ok; else not_ok "jaaropgaaf_csv_rows ($rows)"; fi
cp "$tmp/jo/jaaropgaven-2026.csv" "$tmp/jo1.csv"
"$bin" export jaaropgaaf --db "$db" --year 2026 --format csv --out "$tmp/jo" >/dev/null 2>&1
if cmp -s "$tmp/jo/jaaropgaven-2026.csv" "$tmp/jo1.csv"; then ok; else not_ok "jaaropgaaf_same_bytes"; fi

# The loonstaat: 12 rows and a total per employee; the rows of every employee add up to the total (kolom 17, cents).
check loonstaat_csv 0 "wage ledgers 2026 of 12 employees" -- "$bin" export loonstaat --db "$db" --year 2026 --format csv --out "$tmp/ls"
sums=$(awk -F, 'NR > 1 { c = $(NF-3) * 100; if ($5 == "totaal") { if (int(s[$2] + 0.5) != int(c + 0.5)) bad++; n++ } else s[$2] += c } END { printf "%d %d", n, bad }' "$tmp/ls/loonstaten-2026.csv")
if [ "$sums" = "12 0" ]; then ok; else not_ok "loonstaat_rows_add_up ($sums)"; fi
check loonstaat_e001_may 0 "^2026,E001,.*,2026-05,1,witte maandtabel,ja,2866\.74," -- cat "$tmp/ls/loonstaten-2026.csv"
check loonstaat_html 0 "wrote 12 files" -- "$bin" export loonstaat --db "$db" --year 2026 --out "$tmp/ls"
check loonstaat_html_e001 0 "Loonstaat 2026" -- cat "$tmp/ls/loonstaat-2026-E001.html"

# A target that cannot be written (a directory in its place): exit 1, no statement written.
mkdir -p "$tmp/blocked/jaaropgaaf-2026-E005.html"
check jaaropgaaf_blocked 1 "jaaropgaaf-2026-E005.html" -- "$bin" export jaaropgaaf --db "$db" --year 2026 --out "$tmp/blocked"
n=$(ls -A "$tmp/blocked" | wc -l)
if [ "$n" = 1 ]; then ok; else not_ok "jaaropgaaf_blocked_all_or_nothing ($n entries)"; fi

# A year with only an open run: nothing to export, the open period named.
db2="$tmp/open.db"
check init_open 0 "" -- "$bin" init --db "$db2" --example
check run_open 0 "" -- "$bin" payroll run --db "$db2" --period 2026-01
check open_only 1 "no closed payroll run .*not closed: 2026-01" -- "$bin" export jaaropgaaf --db "$db2" --year 2026 --out "$tmp/j2"

# A year of which only January is closed, February open and the rest never run: the statements
# are written as they are, with a warning naming the periods left out; a complete year has none.
check close_open 0 "" -- "$bin" payroll close --db "$db2" --period 2026-01
check run_february 0 "" -- "$bin" payroll run --db "$db2" --period 2026-02
check part_year_warns 0 "^warning: the annual statements of 2026 cover only the 1 closed period; left out: 2026-02 \(not closed\), 2026-03 to 2026-12 \(never run\)$" -- \
  "$bin" export jaaropgaaf --db "$db2" --year 2026 --out "$tmp/j3"
check part_year_statements 0 "^wrote [0-9]+ files to .*from 1 closed periods$" -- "$bin" export jaaropgaaf --db "$db2" --year 2026 --out "$tmp/j3"
check part_year_loonstaat_warns 0 "^warning: the wage ledgers of 2026 .*2026-03 to 2026-12 \(never run\)$" -- \
  "$bin" export loonstaat --db "$db2" --year 2026 --out "$tmp/l3"
"$bin" export jaaropgaaf --db "$db" --year 2026 --out "$tmp/jo" >/dev/null 2>"$tmp/full.err"
if ! grep -q warning "$tmp/full.err"; then ok; else not_ok "full_year_no_warning: $(cat "$tmp/full.err")"; fi
finish
