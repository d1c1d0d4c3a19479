#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# A malformed or out-of-range value typed on the command line is a usage error (exit 2) whose
# message names the option as typed and what it expects, for every kind of value; the same value
# in an input file stays an input error (exit 1). Required options show no default in --help.
# Usage: usage_errors_cli.sh PATH/TO/basisbaan SOURCE_DIR
source "$(dirname "$0")/common.sh"

db="$tmp/office.db"
"$bin" init --db "$db" --example >/dev/null || { echo "usage_errors_cli.sh: init --example failed"; exit 1; }
"$bin" payroll run --db "$db" --period 2026-01 >/dev/null
"$bin" payroll close --db "$db" --period 2026-01 >/dev/null

# --- Periods -------------------------------------------------------------------------------------
check "--period 2026-13 names the option and the month" 2 \
  '^basisbaan: usage error: --period: expected a period like 2026-03 .*, got "2026-13" \(there is no month 13 in 2026' -- \
  "$bin" payroll run --db "$db" --period 2026-13
check "--period 2026-3 says what a period looks like" 2 '^basisbaan: usage error: --period: expected a period like .*got "2026-3"' -- \
  "$bin" payroll run --db "$db" --period 2026-3
check "--period 9999-12 names the year" 2 "--period: .*the year 9999 is outside the years a period can have" -- \
  "$bin" payroll run --db "$db" --period 9999-12
check "a bad period is a usage error also without the database" 2 "--period: " -- \
  "$bin" payroll show --db "$tmp/none.db" --period 2026-13
for cmd in "payroll show" "payroll close" "payroll correct" "replay"; do
  # shellcheck disable=SC2086
  check "$cmd --period 2026-00" 2 "--period: expected a period" -- "$bin" $cmd --db "$db" --period 2026-00
done
check "export --period 2026-13" 2 "--period: expected a period" -- \
  "$bin" export journal --db "$db" --period 2026-13 --out "$tmp/j.csv"
check "wage-tax --period fortnight" 2 "--period: " -- "$bin" wage-tax --date 2026-03-01 --period fortnight --wage 2000

# --- Dates ---------------------------------------------------------------------------------------
check "--execution-date 2026-02-30" 2 '^basisbaan: usage error: --execution-date: expected a date as YYYY-MM-DD, got "2026-02-30"' -- \
  "$bin" export sepa --db "$db" --period 2026-01 --execution-date 2026-02-30 --out "$tmp/sepa.xml"
[ ! -e "$tmp/sepa.xml" ] && ok || not_ok "nothing is written after a usage error"
check "--date 2026-02-30" 2 "--date: expected a date as YYYY-MM-DD" -- "$bin" wml --date 2026-02-30 --age 30
check "--start 2026-02-30" 2 "--start: expected a date as YYYY-MM-DD" -- "$bin" employee hire --db "$db" --id E013 --name X \
  --birth-date 1990-04-01 --bsn 999990159 --iban NL04INGB7000000001 --start 2026-02-30 --hours 24
check "--last-day 2026-02-30" 2 "--last-day: expected a date" -- \
  "$bin" employee terminate --db "$db" --id E001 --last-day 2026-02-30 --reason resignation
check "--date of leave take" 2 "--date: expected a date" -- "$bin" leave take --db "$db" --employee E001 --date 1-3-2026 --hours 8

# --- Amounts, hours, words -----------------------------------------------------------------------
check "--hours-per-week 32,5x" 2 "--hours-per-week: " -- "$bin" wml --date 2026-07-01 --age 30 --hours-per-week 32,5x
check "--wage 20x0" 2 "--wage: " -- "$bin" wage-tax --date 2026-03-01 --period month --wage 20x0
check "--income 24x" 2 "--income: " -- "$bin" toeslag zorgtoeslag --year 2026 --income 24x
check "--household family" 2 "--household: .*single, single-parent or couple" -- "$bin" bijstand --date 2026-07-01 --household family
check "--initiative werknemer" 2 '^basisbaan: usage error: --initiative: expected employer or employee, got "werknemer"' -- \
  "$bin" employee terminate --db "$db" --id E001 --last-day 2026-05-31 --reason court-dissolution --initiative werknemer
check "--incapacity abc, also without the database" 2 '^basisbaan: usage error: --incapacity: expected a decimal number' -- \
  "$bin" sick report --db "$tmp/none.db" --employee E001 --first-day 2026-03-02 --incapacity abc
check "a value inside an option's text names it once" 2 \
  '^basisbaan: usage error: --garnishment "owed:abc" owed: expected an amount like 1234\.56 or 1\.234,56, got "abc" \(unexpected character' -- \
  "$bin" compare --household "$src/examples/households/couple-two-children-groningen.json" --garnishment owed:abc
check "--kind of a garnishment" 2 "--kind: " -- "$bin" garnishment add --db "$db" --employee E001 --kind nonsense \
  --creditor X --iban NL04INGB7000000001 --start 2026-03-01 --owed 100 --protected-amount 1500
check "--relnr ABC" 2 "--relnr: expected the 8-character relation number" -- \
  "$bin" export loonaangifte --db "$db" --period 2026-01 --phone 0201234567 --relnr ABC --out "$tmp/la.xml"
check "--year twintig" 2 "^basisbaan: usage error: --year: expected a whole number, got \"twintig\"$" -- "$bin" export jaaropgaaf --db "$db" --year twintig --out "$tmp/j"
check "--payroll-tax-credit misschien" 2 '--payroll-tax-credit: expected yes or no \(ja or nee\), got "misschien"' -- \
  "$bin" employee change --db "$db" --id E001 --payroll-tax-credit misschien
check "--payroll-tax-credit nee, as in the CSV" 0 "loonheffingskorting" -- \
  "$bin" employee change --db "$db" --id E001 --payroll-tax-credit nee
check "the change is stored" 0 "loonheffingskorting no," -- "$bin" employee show --db "$db" E001
check "--payroll-tax-credit JA" 0 "" -- "$bin" employee change --db "$db" --id E001 --payroll-tax-credit JA
check "and that is stored too" 0 "loonheffingskorting yes," -- "$bin" employee show --db "$db" E001
check "--help lists ja and nee" 0 "yes or no \(also ja or nee" -- "$bin" employee hire --help

# --- A value in an input file stays an input error -----------------------------------------------
sed 's/,2026-01-01,/,2026-02-30,/' "$src/examples/employer/employees.csv" >"$tmp/bad_date.csv"
"$bin" init --db "$tmp/import.db" >/dev/null
check "a bad date in the employees CSV is an input error" 1 "bad_date\.csv row [0-9]+ \(line [0-9]+\), field employed_since" -- \
  "$bin" employee import --db "$tmp/import.db" "$tmp/bad_date.csv"

# --- Required options show no default ------------------------------------------------------------
for cmd in "export jaaropgaaf" "export loonstaat" "report programme"; do
  # shellcheck disable=SC2086
  "$bin" $cmd --help >"$tmp/help" 2>&1
  if grep -q -- "--year INT=" "$tmp/help"; then not_ok "$cmd --help shows a default for the required --year"; else ok; fi
  # shellcheck disable=SC2086
  check "$cmd --help: --year INT REQUIRED" 0 "--year INT REQUIRED" -- "$bin" $cmd --help
done

finish
