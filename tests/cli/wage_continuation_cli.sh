#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Wage continuation during sickness on the payslip (art. 7:629 BW, cao.sick_pay.*): from an
# employee file with "sick_reports", and in the employer's database via sick report, payroll run
# and replay. Every expected amount is worked out by hand below.
source "$(dirname "$0")/common.sh" "$@"

# 36 h/week at the cao scale amount € 16,00, employed since 2024-01-01, sick since 2025-02-24:
# March 2026 is in weeks 53–104 (2026-03-02 is sick day 372), so 70 % of the wage.
# Basic wage 261 × 36 / 5 = 1.879,2 h × 16,00 / 12 = 2.505,60; 22 weekdays, all sick:
# not paid 2.505,60 × 22 × 30 % / 22 = 751,68; gross 1.753,92.
cat >"$tmp/sick.json" <<'EOF'
{
  "employer": {"name": "Stichting Basisbanen (test)", "whk_rate": "1.52", "whk_wga_rate": "0.70"},
  "employee": {"id": "E002", "name": "A. Ziek", "birth_date": "1975-04-12", "employed_since": "2024-01-01",
               "hours_per_week": 36, "hourly_wage": "16.00", "scale": "schaal 3, trede 2",
               "sick_reports": [{"id": "Z1", "first_day": "2025-02-24", "incapacity": 100}]}
}
EOF
check "payslip shows the wage-continuation line" 0 'Loondoorbetaling bij ziekte 70% — 22 dagen +22 dagen +70% +-751,68' -- \
  "$bin" payslip --employee "$tmp/sick.json" --period 2026-03
check "payslip basic wage unchanged" 0 'Salaris +156,6 uur +16,00 +2\.505,60' -- \
  "$bin" payslip --employee "$tmp/sick.json" --period 2026-03
check "payslip gross after the reduction" 0 'Bruto +1\.753,92' -- "$bin" payslip --employee "$tmp/sick.json" --period 2026-03
check "payslip JSON line" 0 '"code": "sick_pay_reduction"' -- "$bin" payslip --employee "$tmp/sick.json" --period 2026-03 --json
check "payslip JSON amount" 0 '"amount": "-751.68"' -- "$bin" payslip --employee "$tmp/sick.json" --period 2026-03 --json

# A recovery on the first day is an input error naming the field (exit 1).
sed 's/"incapacity": 100}/"incapacity": 100, "recovered": "2025-02-24"}/' "$tmp/sick.json" >"$tmp/bad.json"
check "a bad sick report names its field" 1 'field employee.sick_reports\[0\]\.recovered: the recovery 2025-02-24 is not after' -- \
  "$bin" payslip --employee "$tmp/bad.json" --period 2026-03
sed 's/"incapacity": 100}/"incapacity": 100, "recovery": "2025-03-24"}/' "$tmp/sick.json" >"$tmp/typo.json"
check "an unknown sick report field is an error" 1 'employee.sick_reports\[0\].*recovery' -- \
  "$bin" payslip --employee "$tmp/typo.json" --period 2026-03

# --- the employer's database ---------------------------------------------------------------
# E002 J. de Boer, 36 h at € 15,20, sick from 2026-02-23: March 2026 is year 1, 70 % × 15,20 =
# 10,64 is raised to the minimum wage 14,71 = 0,967764 of the wage (rounded up to 6 decimals);
# basic wage 1.879,2 × 15,20 / 12 = 2.380,32; not paid 2.380,32 × 0,032236 = 76,7319… → 76,73.
db="$tmp/employer.db"
"$bin" init --db "$db" --example >/dev/null
check "sick report" 0 "Sick report S1 of E002" -- "$bin" sick report --db "$db" --employee E002 --first-day 2026-02-23
check "the run notes what it applied" 0 \
  'E002 J\. de Boer: sick in 2026-03 .*applied on the payslip: Loondoorbetaling bij ziekte 96,7764% — 22 dagen \(-76\.73\)' -- \
  "$bin" payroll run --db "$db" --period 2026-03
if grep -q "NOT applied" "$tmp/out" "$tmp/err"; then not_ok "no NOT applied note"; else ok; fi
check "the minimum-wage long-term sick employee is paid in full" 0 'E007 I\. Smit: sick in 2026-03 .*paid in full' -- \
  "$bin" payroll run --db "$db" --period 2026-03
check "payroll show has the line" 0 'Loondoorbetaling bij ziekte 96,7764% — 22 dagen .*-76,73' -- \
  "$bin" payroll show --db "$db" --period 2026-03 --employee E002
check "replay from the snapshot" 0 "identical" -- "$bin" replay --db "$db" --period 2026-03
check "replay of the sick employee" 0 "identical" -- "$bin" replay --db "$db" --period 2026-03 --employee E002

finish
