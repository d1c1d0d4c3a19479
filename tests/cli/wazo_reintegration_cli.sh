#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Pregnancy and maternity leave, reintegration steps and extensions of the 104 weeks in the
# employer's database (issue 13): recorded, shown by `sick timeline --db`, flagged by `alerts`,
# and covered by the audit chain.
# Usage: wazo_reintegration_cli.sh PATH/TO/basisbaan SOURCE_DIR
source "$(dirname "$0")/common.sh"

db="$tmp/example.db"
check "init --example" 0 "Imported 12 employees" -- "$bin" init --db "$db" --example

# E002 (hourly wage 15.20, needed for --date) falls sick on Monday 2025-10-13. Problem analysis by
# the end of week 6: day 42 = 2025-10-13 + 41 = 2025-11-23; plan of action by the end of week 8:
# day 56 = 2025-12-07.
check "E002 sick" 0 "recorded" -- "$bin" sick report --db "$db" --employee E002 --first-day 2025-10-13
check "step: problem analysis" 0 "recorded" -- \
  "$bin" sick step add --db "$db" --employee E002 --kind problem-analysis --date 2025-11-20
check "step: plan of action, three days late" 0 "recorded" -- \
  "$bin" sick step add --db "$db" --employee E002 --kind plan-of-action --date 2025-12-10
check "step: an unknown kind" 2 "expected one of problem-analysis" -- \
  "$bin" sick step add --db "$db" --employee E002 --kind week-6 --date 2025-12-10
check "step: before the first sick report" 1 "before the first sick report" -- \
  "$bin" sick step add --db "$db" --employee E002 --kind evaluation --date 2025-01-01
check "timeline: plan of action late" 0 "plan-of-action +2025-12-07 +2025-12-10 +LATE" -- \
  "$bin" sick timeline --db "$db" --employee E002 --date 2026-03-01
# The evaluation is due six weeks after the plan: 2025-12-10 + 42 = 2026-01-21; none by 2026-03-01.
check "timeline: evaluation missing" 0 "evaluation +2026-01-21 +- +MISSING" -- \
  "$bin" sick timeline --db "$db" --employee E002 --date 2026-03-01
check "alerts: the missing evaluation with its deadline" 0 "2026-01-21 ! +E002 .*reintegration overdue" -- \
  "$bin" alerts --db "$db" --date 2026-02-01 --months 1

# A wage sanction of 10 weeks moves the end of wage continuation by 70 days.
check "extend: a wage sanction" 0 "70 days" -- \
  "$bin" sick extend --db "$db" --employee E002 --kind wage-sanction --weeks 10 --date 2027-09-01 --note "UWV 123"
check "extend: no length" 2 "--days or --weeks" -- \
  "$bin" sick extend --db "$db" --employee E002 --kind wage-sanction --date 2027-09-01
check "timeline: extended" 0 "wage continuation extended by 70 days" -- "$bin" sick timeline --db "$db" --employee E002
check "timeline --json: extended" 0 '"extra_days": 70' -- "$bin" sick timeline --db "$db" --employee E002 --json
# Sick day 728 is 2025-10-13 + 727 = 2027-10-10; extended by 70 days to 2027-12-19 (art. 7:629
# lid 11 BW): on 2027-11-01 the statutory 70 % is paid, on 2027-12-20 nothing.
check "timeline --date: paid while extended" 0 "day paid 70%" -- \
  "$bin" sick timeline --db "$db" --employee E002 --date 2027-11-01
check "timeline --date: the extension's end" 0 "the extension ended 2027-12-19" -- \
  "$bin" sick timeline --db "$db" --employee E002 --date 2027-12-20

# Pregnancy leave for E003: expected birth 2026-09-10, the day after 2026-09-11; the start lies
# between 2026-09-11 − 42 = 2026-07-31 and 2026-09-11 − 28 = 2026-08-14 (art. 3:1 lid 2 Wazo).
check "pregnancy leave: start too early" 1 "outside 2026-07-31" -- \
  "$bin" leave pregnancy add --db "$db" --employee E003 --expected-birth 2026-09-10 --start 2026-07-30
check "pregnancy leave: recorded" 0 "2026-07-31 … 2026-11-19" -- \
  "$bin" leave pregnancy add --db "$db" --employee E003 --expected-birth 2026-09-10 --start 2026-07-31
# Born 2026-09-05: pregnancy leave 2026-07-31 … 09-05 = 37 days, 5 short of 42; maternity leave
# 70 + 5 = 75 days to 2026-09-05 + 75 = 2026-11-19; 112 days in all.
check "pregnancy leave: the birth" 0 "2026-07-31 … 2026-11-19 \(112 days" -- \
  "$bin" leave pregnancy birth --db "$db" --employee E003 --date 2026-09-05
check "pregnancy leave: overlapping" 1 "overlaps" -- \
  "$bin" leave pregnancy add --db "$db" --employee E003 --expected-birth 2026-10-01 --start 2026-08-21 --label Z2

# Sick directly before and after the leave: one period (art. 7:629 lid 10 BW).
check "sick before the leave" 0 "recorded" -- "$bin" sick report --db "$db" --employee E003 --first-day 2026-07-01
check "recovered the first day of the leave" 0 "fit again" -- \
  "$bin" sick recover --db "$db" --employee E003 --date 2026-07-31
check "sick again the day after the leave" 0 "recorded" -- \
  "$bin" sick report --db "$db" --employee E003 --first-day 2026-11-20
check "timeline: one period across the leave" 0 "112 days of pregnancy and maternity leave \(not counted" -- \
  "$bin" sick timeline --db "$db" --employee E003
check "timeline: no wage continuation during the leave" 0 "art. 7:629 lid 4 BW" -- \
  "$bin" sick timeline --db "$db" --employee E003 --date 2026-10-01
# The payroll run reads the leave: August 2026 lies inside it (2026-07-31 … 2026-11-19), 21
# weekdays: no wage, the UWV benefit paid on (art. 7:629 lid 4 BW; art. 3:8 Wazo).
check "payroll run during the leave" 0 "total" -- "$bin" payroll run --db "$db" --period 2026-08
check "the payslip pays the benefit on" 0 "Zwangerschaps- en bevallingsuitkering \(UWV\) — 21 dagen" -- \
  "$bin" payroll show --db "$db" --period 2026-08 --employee E003
check "the payslip pays no wage for the leave days" 0 "Geen loon: zwangerschaps- en bevallingsverlof — 21 dagen" -- \
  "$bin" payroll show --db "$db" --period 2026-08 --employee E003
check "replay of the run with the leave" 0 "identical" -- "$bin" replay --db "$db" --period 2026-08

# Leave agreements (art. 7:640a BW): a longer lapse term and leave in advance.
check "leave agree: nothing agreed" 2 "--lapse-months and/or --advance-hours" -- \
  "$bin" leave agree --db "$db" --employee E001 --date 2026-01-02
check "leave agree: recorded" 0 "statutory hours lapse 18 months after the year of accrual; 40 hours may be taken" -- \
  "$bin" leave agree --db "$db" --employee E001 --date 2026-01-02 --lapse-months 18 --advance-hours 40
check "leave take in advance" 0 "Recorded 40 hours" -- \
  "$bin" leave take --db "$db" --employee E001 --date 2026-01-05 --hours 40
check "leave balance --db under the agreement" 0 "E001" -- "$bin" leave balance --db "$db" --employee E001 --date 2026-01-31
check "absence --db with the leave" 0 "employees" -- "$bin" absence --db "$db" --from 2026-07-01 --to 2026-12-31

check "audit verify with the new records" 0 "^ok: the chain is intact" -- "$bin" audit verify --db "$db"
check "audit log names the step" 0 "sick.step" -- "$bin" audit log --db "$db"
check "audit log names the leave agreement" 0 "leave.agree" -- "$bin" audit log --db "$db"
finish
