#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The final payslip of a leaver (docs/payslip-input.md and docs/store.md "Final settlement"): the
# leave not taken (art. 7:641 BW) and the holiday-allowance reserve are paid in the period that
# holds the last day, from an employee file and in the employer's database. Amounts by hand below.
source "$(dirname "$0")/common.sh" "$@"

# 32 h at the minimum wage (€ 14,71 in 2026), 2026-01-01 to Wednesday 2026-04-15, 40 leave hours
# left: basic wage January–March 139,20 h × 14,71 = 2.047,64 (up), reserved 163,82 (8 %, up);
# April 11 of 22 weekdays: 1.023,82, reserved 81,91; leave 40 × 14,71 = 588,40 with 47,08
# allowance; reserve paid 3 × 163,82 + 81,91 + 47,08 = 620,45.
cat >"$tmp/leaver.json" <<'JSON'
{
  "employer": {"name": "Stichting Basisbanen (test)", "whk_rate": "1.52", "whk_wga_rate": "0.70"},
  "employee": {"id": "E001", "name": "A. Vertrek", "birth_date": "1975-04-12", "employed_since": "2026-01-01",
               "employed_until": "2026-04-15", "hours_per_week": 32, "final_settlement": {"leave_hours": "40"}}
}
JSON
check "the leave payout line" 0 'Uitbetaling resterend verlof \(art\. 7:641 BW\) +40 uur +14,71 +588,40' -- \
  "$bin" payslip --employee "$tmp/leaver.json" --period 2026-04
check "the reserve paid at the end" 0 'Uitbetaling vakantiebijslag bij einde dienstverband +8% +620,45' -- \
  "$bin" payslip --employee "$tmp/leaver.json" --period 2026-04
check "no reserve waits for May" 0 'Opgebouwde vakantiebijslag \(na eindafrekening\) +0,00' -- \
  "$bin" payslip --employee "$tmp/leaver.json" --period 2026-04
check "JSON code leave_payout" 0 '"code": "leave_payout"' -- "$bin" payslip --employee "$tmp/leaver.json" --period 2026-04 --json
sed 's/"employed_until": "2026-04-15", //' "$tmp/leaver.json" >"$tmp/no_end.json"
check "a settlement without a last day names the field" 1 'field employee\.final_settlement: a final settlement needs employee\.employed_until' -- \
  "$bin" payslip --employee "$tmp/no_end.json" --period 2026-04
sed 's/"leave_hours"/"leave_hour"/' "$tmp/leaver.json" >"$tmp/typo.json"
check "an unknown member names the field" 1 'employee\.final_settlement\.leave_hour' -- \
  "$bin" payslip --employee "$tmp/typo.json" --period 2026-04

# --- the employer's database: the clerk's case ---------------------------------------------
db="$tmp/x.db"
check "init" 0 '' -- "$bin" init --db "$db" --example
check "terminate E005" 0 '' -- "$bin" employee terminate --db "$db" --id E005 --last-day 2026-04-15 --reason mutual-agreement \
  --initiative employer
for m in 01 02 03 04 05; do check "run 2026-$m" 0 '' -- "$bin" payroll run --db "$db" --period "2026-$m"; done
check "leave show on the last day" 0 '' -- "$bin" leave show --db "$db" --employee E005 --date 2026-04-15
# 24 h: 96 h a year × 105 / 365 days in service = 27,62 h; none taken.
hours=$(grep -oE 'Balance on 2026-04-15: [0-9.]+ hours' "$tmp/out" | grep -oE '[0-9.]+ hours' | grep -oE '^[0-9.]+')
[ "$hours" = "27.62" ] && ok || not_ok "leave show gives 27.62 hours on the last day, got '$hours'"
check "April pays the leave" 0 "Uitbetaling resterend verlof \\(art\\. 7:641 BW\\) +${hours//./,} uur +14,71" -- \
  "$bin" payroll show --db "$db" --period 2026-04 --employee E005
# E005: 24 h at 14,71: basic wage 104,40 h × 14,71 = 1.535,73 (up), reserved 122,86 a month;
# April 767,87 (11 of 22 weekdays), reserved 61,43; leave 27,62 × 14,71 = 406,2902 → 406,29,
# allowance on it 32,5032 → 32,51; reserve 3 × 122,86 + 61,43 + 32,51 = 462,52.
check "April pays the leave, by hand" 0 'Uitbetaling resterend verlof \(art\. 7:641 BW\) +27,62 uur +14,71 +406,29' -- \
  "$bin" payroll show --db "$db" --period 2026-04 --employee E005
check "April pays the reserve" 0 'Uitbetaling vakantiebijslag bij einde dienstverband +8% +462,52' -- \
  "$bin" payroll show --db "$db" --period 2026-04 --employee E005
if grep -q 'uitbetaling mei' "$tmp/out"; then not_ok "April still says the reserve waits for May"; else ok; fi
check "May has no payslip for the leaver" 1 '' -- "$bin" payroll show --db "$db" --period 2026-05 --employee E005
check "replay of April is identical" 0 'identical' -- "$bin" replay --db "$db" --period 2026-04
for m in 01 02 03 04; do check "close 2026-$m" 0 '' -- "$bin" payroll close --db "$db" --period "2026-$m"; done
check "the wage-tax return has the holiday allowance paid" 0 '' -- \
  "$bin" export loonaangifte --db "$db" --period 2026-04 --out "$tmp/la.xml"
if grep -qE '<VakBsl>[1-9][0-9]*\.[0-9]{2}</VakBsl>' "$tmp/la.xml"; then ok; else not_ok "VakBsl of April is not zero"; fi
# Hours raised to 32 back-dated from 1 March after April is closed (docs/store.md "Corrections of
# a leaver's earlier periods"): March's reserve 163,82 instead of 122,86 (+40,96) is owed with
# the final settlement, so correcting March corrects April too: reserve 2 × 122,86 + 163,82 +
# 81,91 + 37,25 (on 31,65 h of leave paid, 465,57) = 528,70 (tests/store/leaver_correction_test.cpp).
check "hours raised back-dated" 0 '' -- "$bin" contract add --db "$db" --employee E005 --start 2026-03-01 --end 2026-04-15 --hours 32
check "correcting March corrects the final period too" 0 'the final period is corrected too' -- \
  "$bin" payroll correct --db "$db" --period 2026-03 --reason "uren met terugwerkende kracht"
if grep -qE 'Uitbetaling vakantiebijslag bij einde dienstverband +462,52 +528,70 +66,18' "$tmp/out"; then ok; else
  not_ok "the final period's correction pays the reserve 528,70"; fi
check "the final period's correction is paid in May" 0 '2026-04 +correction of run 4, paid in 2026-05' -- "$bin" payroll list --db "$db"
finish
