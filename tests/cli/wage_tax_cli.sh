#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# basisbaan wage-tax --special and payslips whose history passes a May holiday-allowance payment
# (bijzonder tarief 2024, 2025, 2026). Every expected amount is worked out by hand below.
# Tables: rules/wage_tax.xml wage_tax.special_rate.* — 2026 the published wit_bb_nl_std_20260101,
# 2024/2025 derived (docs/research/bijzonder-tarief.md); the tax is payment × percentage, down to cents.
source "$(dirname "$0")/common.sh" "$@"

emp="$src/examples/employee-32h-wml.json"  # 32 h/week at the WML, employed since 2024-03-01, lhk, below AOW

# --- wage-tax --special ---------------------------------------------------------------------------
# 2025, jaarloon 28.407 (row 28.407: 35,82 % + 4,08 % = 39,90 %, mijntipsenadvies.nl): 1.000,00 × 39,90 % = 399,00.
check special_2025_row_28407 0 '"wage_tax": "399.00"' -- \
  "$bin" wage-tax --date 2025-05-31 --special --annual-wage 28407.00 --wage 1000.00 --json
check special_2025_rate 0 '"rate_percent": "39.9"' -- \
  "$bin" wage-tax --date 2025-05-31 --special --annual-wage 28407.00 --wage 1000.00 --json
# 2026 first row with credits: below 11.358 nothing; from 11.358 35,75 − 8,32 = 27,43 % → 274,30.
check special_2026_below_first_row 0 '"wage_tax": "0.00"' -- \
  "$bin" wage-tax --date 2026-05-31 --special --annual-wage 11357.00 --wage 1000.00 --json
check special_2026_first_row 0 '"wage_tax": "274.30"' -- \
  "$bin" wage-tax --date 2026-05-31 --special --annual-wage 11358.00 --wage 1000.00 --json
# 2024, jaarloon 24.380,01 (row 22.982: 36,97 − 2,47 = 34,50 %): 445,05 × 34,50 % = 153,54225 → 153,54.
check special_2024 0 '"wage_tax": "153.54"' -- \
  "$bin" wage-tax --date 2024-05-31 --special --annual-wage 24380.01 --wage 445.05 --json
# Without loonheffingskorting 2024: 36,97 % of 1.000,00 = 369,70.
check special_2024_no_credit 0 '"wage_tax": "369.70"' -- \
  "$bin" wage-tax --date 2024-05-31 --special --no-credit --annual-wage 24380.01 --wage 1000.00 --json
# Before the first table: an error naming the parameter and the date, exit 1.
check special_2021_no_table 1 'the rules cover wage_tax.special_rate.below_aow from 2022-01-01.*no value for 2021-05-31' -- \
  "$bin" wage-tax --date 2021-05-31 --special --annual-wage 28407.00 --wage 1000.00

# --- payslips -------------------------------------------------------------------------------------
# Hand calculation of the history (monthly, WML, 32 h; hours per month = workable days × 32/5 / 12;
# basic wage rounded up to cents; WGA recovery 0,70 % × ½ = 0,35 % of gross, down to cents;
# holiday allowance 8 % of basic, up to cents, reserved and paid in May):
#   2024: 262 days → 139,7333 h. Jan–Jun € 13,27: 1.676,8 × 13,27 / 12 = 1.854,2613 → 1.854,27;
#         Jul–Dec € 13,68: 1.911,552 → 1.911,56.
#         March–June regular 1.854,27 − 6,48 (0,35 % × 1.854,27 = 6,4899) = 1.847,79, except May.
#         May 2024: holiday allowance March–May 3 × 148,35 (8 % × 1.854,27 = 148,3416 ↑) = 445,05;
#         gross 2.299,32, WGA 8,04; employed since this year, so the jaarloon is the expected
#         wage of 2024: 1.846,23 × 12 + 148,35 × 12 + 445,05 = 24.380,01 → row 22.982, 34,50 %;
#         445,05 × 34,50 % = 153,54.
#         July–December 1.911,56 − 6,69 = 1.904,87 each.
#         Loon voor de loonheffingen 2024: 3 × 1.847,79 + 1.846,23 + 445,05 + 6 × 1.904,87 = 19.263,87.
#   2025: 261 days → 139,2 h × € 14,06 = 1.957,152 → 1.957,16; accrual 8 % = 156,5728 → 156,58.
#         May 2025: holiday allowance June 2024–May 2025: 148,35 + 6 × 152,93 (8 % × 1.911,56 ↑)
#         + 5 × 156,58 = 1.848,83. Jaarloon: 2024 employed 10 months → 19.263,87 / 10 × 12 =
#         23.116,644 → 23.116 (whole euros down) → 2025 row 13.144: 35,82 − 30,03 = 5,79 %;
#         1.848,83 × 5,79 % = 107,047257 → 107,04.
#         Regular: 1.957,16 − 13,32 (0,35 % × 3.805,99) = 1.943,84; × 12 = 23.326,08 → L 23.274
#         (step 54); X1 = ⌊35,82 % × 23.274⌋ = 8.336; AHK 3.068; ARK 980 + 30,03 % × 11.105 =
#         4.314,8315 → 4.315; X = 953; / 12 = 79,4166 → 79,42. Net 3.792,67 − 79,42 − 107,04 = 3.606,21.
check payslip_2025_05_special 0 'Loonheffing bijzonder tarief +1\.848,83 +5,79% +-107,04' -- \
  "$bin" payslip --employee "$emp" --period 2025-05
check payslip_2025_05_net 0 'NETTO UIT TE BETALEN +3\.606,21' -- \
  "$bin" payslip --employee "$emp" --period 2025-05
check payslip_2025_05_regular 0 'Loonheffing \(wit, maand, met lhk\) +-79,42' -- \
  "$bin" payslip --employee "$emp" --period 2025-05
check payslip_2025_05_json 0 '"wage_tax": "186.46"' -- \
  "$bin" payslip --employee "$emp" --period 2025-05 --json
#         June 2025: 1.957,16 − 6,85 = 1.950,31; × 12 = 23.403,72 → L 23.382; X1 = ⌊8.375,4324⌋ =
#         8.375; AHK 3.068; ARK 980 + 30,03 % × 11.213 = 4.347,2639 → 4.348; X = 959; / 12 =
#         79,9166 → 79,92. Net 1.950,31 − 79,92 = 1.870,39.
check payslip_2025_06_tax 0 'Loonheffing \(wit, maand, met lhk\) +-79,92' -- \
  "$bin" payslip --employee "$emp" --period 2025-06
check payslip_2025_06_net 0 'NETTO UIT TE BETALEN +1\.870,39' -- \
  "$bin" payslip --employee "$emp" --period 2025-06
check payslip_2024_05_special 0 'Loonheffing bijzonder tarief +445,05 +34,5% +-153,54' -- \
  "$bin" payslip --employee "$emp" --period 2024-05
#   2026: 261 days → 139,2 h × € 14,71 = 2.047,632 → 2.047,64; WGA 7,16; 2.040,48; × 12 = 24.485,76
#         → L 24.462; X1 = ⌊35,75 % × 24.462 = 8.745,165⌋ = 8.745; AHK 3.115; ARK 996 + 31,009 % ×
#         12.497 = 4.871,19473 → 4.872; X = 758; / 12 = 63,1666 → 63,17. Net 2.040,48 − 63,17 = 1.977,31.
#         (March has no irregular pay; it used to fail because its history passes May 2024 and 2025.)
check payslip_2026_03_tax 0 'Loonheffing \(wit, maand, met lhk\) +-63,17' -- \
  "$bin" payslip --employee "$emp" --period 2026-03
check payslip_2026_03_net 0 'NETTO UIT TE BETALEN +1\.977,31' -- \
  "$bin" payslip --employee "$emp" --period 2026-03
#         May 2026: the jaarloon is the 2025 wage (employed all year): 4 × 1.950,31 + 3.792,67 +
#         1.950,31 + 6 × 1.997,47 (July–December at € 14,40: 2.004,48 − 7,01) = 25.529,04 → row
#         23.931: 35,75 − 1,95 = 33,80 %. (The program's trace shows 24.466,84: its replay starts on
#         1 January 2025 and so misses the 2024 part of the May 2025 holiday allowance — reported;
#         the row, and so the tax, is the same.) Holiday allowance June 2025–May 2026:
#         156,58 + 6 × 160,36 (8 % × 2.004,48 = 160,3584 ↑) + 5 × 163,82 (8 % × 2.047,64 ↑) = 1.937,84;
#         1.937,84 × 33,80 % = 654,98992 → 654,98.
check payslip_2026_05_special 0 'Loonheffing bijzonder tarief +1\.937,84 +33,8% +-654,98' -- \
  "$bin" payslip --employee "$emp" --period 2026-05

# --single-elderly with --special: the column with alleenstaande-ouderenkorting is 0 % below the
# jaarloon 37.409 (hand calculation in tests/law/bijzonder_tarief_test.cpp), as the column with
# loonheffingskorting from there.
check special_single_elderly_zero 0 '"wage_tax": "0.00"' -- \
  "$bin" wage-tax --date 2026-05-31 --special --aow --single-elderly --annual-wage 37408.00 --wage 1000.00 --json
check special_single_elderly_from 0 '"wage_tax": "200.70"' -- \
  "$bin" wage-tax --date 2026-05-31 --special --aow --single-elderly --annual-wage 37409.00 --wage 1000.00 --json
check special_without_single_elderly 0 '"wage_tax": "200.70"' -- \
  "$bin" wage-tax --date 2026-05-31 --special --aow --annual-wage 35000.00 --wage 1000.00 --json
check special_single_elderly_below_aow 1 "AOW age" -- \
  "$bin" wage-tax --date 2026-05-31 --special --single-elderly --annual-wage 37409.00 --wage 1000.00

finish
