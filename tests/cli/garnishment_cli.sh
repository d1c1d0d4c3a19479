#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Wage garnishment end to end (issue 15, docs/garnishment.md): the beslagvrije voet, registering
# a garnishment of 3000 for a single employee, the payroll withholding the net above it, the
# SEPA transfer to the bailiff, the journal's payable, the overview, a second garnishment paid
# in the legal order, lifting, and the errors.
# Usage: garnishment_cli.sh PATH/TO/basisbaan SOURCE_DIR
source "$(dirname "$0")/common.sh"

db="$tmp/example.db"
check "init --example" 0 "Imported 12 employees" -- "$bin" init --db "$db" --example

# The beslagvrije voet of a single employee at the minimum wage (tests/law/beslagvrije_voet_test.cpp).
check "bvv single" 0 "1\.344,36 per month" -- "$bin" garnishment bvv --date 2026-03-01 --household single --taxable-income 24000
check "bvv --explain names the article" 0 "Rv art. 475da lid 2" -- \
  "$bin" garnishment bvv --date 2026-03-01 --taxable-income 24000 --explain
check "bvv --json" 0 '"per_month": "1344.36"' -- "$bin" garnishment bvv --date 2026-03-01 --taxable-income 24000 --json
# 2025: the text of 2021-2025 (quadratic housing term; docs/garnishment.md "Before 2026"):
# 0.95 x 1345.45 = 1278.1775; zorg ((30000 - 28406) / 12) x 13.7 % = 18.198; housing 408.21998 - 238.01 = 170.20998 -> 1466.59.
check "bvv 2025" 0 "1\.466,59 per month" -- "$bin" garnishment bvv --date 2025-03-01 --household single --taxable-income 30000
# 2022: 0.95 x 1091.71 = 1037.1245; zorg ((25000 - 22356) / 12) x 13.61 % = 29.987; housing 432.13586 - 220.68 = 211.45586 -> 1278.57.
check "bvv 2022" 0 "1\.278,57 per month" -- "$bin" garnishment bvv --date 2022-03-01 --household single --taxable-income 25000
check "bvv before the first sourced date" 1 "computed only from 2022-01-01" -- "$bin" garnishment bvv --date 2021-06-01 --taxable-income 24000
check "bvv bad household" 2 "expected single, single_parent" -- "$bin" garnishment bvv --date 2026-03-01 --household family

check "garnishment --help" 0 "beslagvrije voet" -- "$bin" garnishment --help
check "garnishment add --help" 0 "--protected-amount" -- "$bin" garnishment add --help

# Registering: errors name the field.
check "add without iban is a usage error" 2 "" -- "$bin" garnishment add --db "$db" --employee E001 --creditor X \
  --start 2026-01-01 --owed 3000 --protected-amount 1338.74
check "add with an invalid iban" 1 "field iban" -- "$bin" garnishment add --db "$db" --employee E001 --creditor X \
  --iban NL91ABNA0417164301 --start 2026-01-01 --owed 3000 --protected-amount 1338.74
check "add with an empty iban" 1 "field iban: the account" -- "$bin" garnishment add --db "$db" --employee E001 --creditor X \
  --iban "" --start 2026-01-01 --owed 3000 --protected-amount 1338.74
check "add for an unknown employee" 1 "E999" -- "$bin" garnishment add --db "$db" --employee E999 --creditor X \
  --iban NL91ABNA0417164300 --start 2026-01-01 --owed 3000 --protected-amount 1338.74
check "add the bailiff's garnishment" 0 "Garnishment G1 of E001 recorded" -- "$bin" garnishment add --db "$db" --employee E001 \
  --kind bailiff --creditor "Gerechtsdeurwaarder Jansen" --iban NL91ABNA0417164300 --reference 2026-0042 --coordinating \
  --start 2026-01-01 --owed 3000 --protected-amount 1338.74
check "a second coordinating bailiff" 1 "field coordinating" -- "$bin" garnishment add --db "$db" --employee E001 \
  --creditor "Deurwaarder B" --iban NL91ABNA0417164300 --coordinating --start 2026-02-01 --owed 500 --protected-amount 1338.74
check "list" 0 "G1 +E001 +bailiff +Gerechtsdeurwaarder Jansen" -- "$bin" garnishment list --db "$db"

# January: the net above 1338.74 is withheld; the payslip shows it.
check "payroll run 2026-01" 0 "" -- "$bin" payroll run --db "$db" --period 2026-01
check "payroll close 2026-01" 0 "" -- "$bin" payroll close --db "$db" --period 2026-01
check "export sepa pays the bailiff" 0 "" -- "$bin" export sepa --db "$db" --period 2026-01 --execution-date 2026-01-25 --out "$tmp/sepa.xml"
grep -q "<EndToEndId>2026-01-E001-G1</EndToEndId>" "$tmp/sepa.xml" && ok || not_ok "the SEPA file has the transfer 2026-01-E001-G1"
grep -q "Loonbeslag kenmerk 2026-0042 periode 2026-01 personeelsnr E001" "$tmp/sepa.xml" && ok || not_ok "the SEPA transfer names the reference"
check "export journal" 0 "" -- "$bin" export journal --db "$db" --period 2026-01 --out "$tmp/journal.csv"
grep -q "1540,Af te dragen loonbeslag" "$tmp/journal.csv" && ok || not_ok "the journal books the garnishment payable on 1540"
paid=$("$bin" garnishment overview --db "$db" --json | jq -r '.[0].paid')
remaining=$("$bin" garnishment overview --db "$db" --json | jq -r '.[0].remaining')
[ "$paid" != "0.00" ] && ok || not_ok "January withheld something (paid $paid)"
# In whole cents (no floating point): paid + remaining = 3000.00.
[ $((10#${paid/./} + 10#${remaining/./})) = 300000 ] && ok || not_ok "paid + remaining = 3000 (got $paid + $remaining)"
check "overview" 0 "G1 +E001 +bailiff .* 3000\.00 +$paid +$remaining +2026-01 +running" -- "$bin" garnishment overview --db "$db"

# A tax vordering from February is paid first (IW 1990 art. 19, 21).
check "add the tax authority's vordering" 0 "Garnishment G2" -- "$bin" garnishment add --db "$db" --employee E001 --kind tax \
  --creditor Belastingdienst --iban NL86INGB0002445588 --reference 1234.56.789.H.01 --start 2026-02-01 --owed 100 \
  --protected-amount 1338.74
check "payroll run 2026-02" 0 "" -- "$bin" payroll run --db "$db" --period 2026-02
tax=$("$bin" garnishment overview --db "$db" --employee E001 --json | jq -r '.[] | select(.id == "G2") | .paid')
[ "$tax" = "100.00" ] && ok || not_ok "the tax authority got all it was owed first (got $tax)"
first=$("$bin" garnishment list --db "$db" --json | jq -r '.[0].id')
[ "$first" = "G2" ] && ok || not_ok "the tax vordering is listed first (got $first)"
check "replay 2026-02 identical" 0 "identical" -- "$bin" replay --db "$db" --period 2026-02

# The annual statement and the wage ledger show what was withheld: G1 and G2 together (in cents).
check "payroll close 2026-02" 0 "" -- "$bin" payroll close --db "$db" --period 2026-02
check "export jaaropgaaf csv" 0 "" -- "$bin" export jaaropgaaf --db "$db" --year 2026 --format csv --out "$tmp/jo"
withheld=$("$bin" garnishment overview --db "$db" --employee E001 --json | jq -r '[.[].paid | sub("\\."; "") | tonumber] | add')
col=$(awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "ingehouden_loonbeslag") c = i } $4 == "E001" { print $c }' "$tmp/jo/jaaropgaven-2026.csv")
[ "${col/./}" = "$withheld" ] && ok || not_ok "the jaaropgaaf shows the amount withheld for E001 ($col, overview $withheld cents)"
check "export jaaropgaaf html" 0 "" -- "$bin" export jaaropgaaf --db "$db" --year 2026 --out "$tmp/jo-html"
grep -rl "Ingehouden wegens loonbeslag" "$tmp/jo-html" | grep -q . && ok || not_ok "the E001 statement has the garnishment row"
check "export loonstaat csv" 0 "" -- "$bin" export loonstaat --db "$db" --year 2026 --format csv --out "$tmp/ls"
grep -q "ingehouden_loonbeslag" "$tmp/ls/"*.csv && ok || not_ok "the loonstaat has the garnishment column"

# Lifting: March withholds nothing for G1.
check "lift" 0 "G1 of E001 lifted from 2026-03-01" -- "$bin" garnishment lift --db "$db" --id G1 --date 2026-03-01 --reason "opgeheven"
check "lift again" 1 "already lifted" -- "$bin" garnishment lift --db "$db" --id G1 --date 2026-04-01 --reason "again"
check "lift unknown" 1 "G9 does not exist" -- "$bin" garnishment lift --db "$db" --id G9 --date 2026-04-01 --reason x
check "lift --json" 0 '"lifted": "2026-03-01"' -- "$bin" garnishment list --db "$db" --json
check "audit verify" 0 "" -- "$bin" audit verify --db "$db"


# A correction that lowers the wage (docs/garnishment.md "Overpaid by a correction", the hand
# calculation of tests/store/garnishment_store_test.cpp): E002 at 36 h, beslagvrije voet 1900.00;
# January paid 329.74 to the bailiff, corrected to 32 h it is 181.80: 147.94 overpaid, set off
# against March's share (181.80) instead of being taken from the employee's protected income.
cor="$tmp/correction.db"
check "init --example (correction)" 0 "" -- "$bin" init --db "$cor" --example
check "add E002's garnishment" 0 "Garnishment G1" -- "$bin" garnishment add --db "$cor" --employee E002 --creditor "Deurwaarder Z" \
  --iban NL91ABNA0417164300 --reference Z-1 --start 2026-01-01 --owed 10000 --protected-amount 1900
for p in 2026-01 2026-02; do
  check "payroll run $p (correction)" 0 "" -- "$bin" payroll run --db "$cor" --period $p
  check "payroll close $p (correction)" 0 "" -- "$bin" payroll close --db "$cor" --period $p
done
check "contract add back-dated (correction)" 0 "" -- "$bin" contract add --db "$cor" --employee E002 --start 2026-01-01 --hours 32 \
  --indefinite --hourly-wage 15.50 --scale "schaal 2, trede 4"
check "payroll correct 2026-01" 0 "" -- "$bin" payroll correct --db "$cor" --period 2026-01 --reason "uren met terugwerkende kracht"
check "overview: to set off after the correction" 0 "G1 +E002 .* 10000\.00 +659\.48 +9340\.52 +2026-02 +running +147\.94" -- \
  "$bin" garnishment overview --db "$cor"
check "payroll run 2026-03 (correction)" 0 "" -- "$bin" payroll run --db "$cor" --period 2026-03
check "the payslip says what is set off" 0 "147,94 verrekend met eerder teveel afgedragen" -- \
  "$bin" payroll show --db "$cor" --period 2026-03 --employee E002
check "the employee keeps the beslagvrije voet" 0 "NETTO UIT TE BETALEN +1\.900,00" -- \
  "$bin" payroll show --db "$cor" --period 2026-03 --employee E002
over=$("$bin" garnishment overview --db "$cor" --json | jq -r '.[0].paid + " " + .[0].overpaid')
[ "$over" = "693.34 0.00" ] && ok || not_ok "March paid 33.86 to the bailiff and set off 147.94 (overview paid, overpaid: $over)"
check "replay 2026-03 identical (correction)" 0 "identical" -- "$bin" replay --db "$cor" --period 2026-03

finish
