#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# One validation for every entry path (issue 19): what the CSV import refuses, the command line
# refuses too, naming the field — hours, implausible dates, birth dates after the start, control
# characters and bidirectional overrides in names, negative employer rates.
# Usage: validation_cli.sh PATH/TO/basisbaan SOURCE_DIR
source "$(dirname "$0")/common.sh"

db="$tmp/a.db"
"$bin" init --db "$db" --example >/dev/null
add=(contract add --db "$db" --employee E002 --indefinite --hourly-wage 15.50 --scale "schaal 2, trede 4")
check "contract add --hours 61 is refused like the import" 1 "field hours_per_week: expected hours per week more than 0 and at most 60, got 61" -- \
  "$bin" "${add[@]}" --start 2026-05-01 --hours 61
# The messages state the real range, and 0, a negative number and too many hours are refused
# alike (clerk's review F15: "between 0 and 60, got 0" contradicted itself).
for h in 0 -8 60.01; do
  check "contract add --hours $h states the range" 1 "field hours_per_week: expected hours per week more than 0 and at most 60, got $h\$" -- \
    "$bin" "${add[@]}" --start 2026-05-01 --hours "$h"
done
for h in 0 -8; do
  check "leave take --hours $h states the range" 1 "leave of employee E001, field hours: expected more than 0 hours, got $h\$" -- \
    "$bin" leave take --db "$db" --employee E001 --date 2026-03-10 --hours "$h"
done
check "a contract in year 9999 is refused" 1 "field start: expected a date from 1950-01-01 to 2100-12-31, got 9999-01-01" -- \
  "$bin" "${add[@]}" --start 9999-01-01 --hours 32
check "a later contract can still be added" 0 "" -- "$bin" "${add[@]}" --start 2026-05-01 --hours 32
check "a wrongly entered contract is corrected by one from the same day" 0 "Contract C2 .* of E002 is replaced" -- \
  "$bin" "${add[@]}" --start 2026-05-01 --hours 24
check "the correction is in force" 0 "C2 +2026-05-01 … +24 h/week" -- "$bin" employee show --db "$db" E002

hire=(employee hire --db "$db" --id N1 --name "N. Nieuw" --bsn 999990159 --iban NL91ABNA0417164300 --start 2026-02-01
      --end 2026-12-31 --hours 20)
for h in 0 -8 61; do
  check "hire --hours $h states the range" 1 "field hours_per_week: expected hours per week more than 0 and at most 60, got $h\$" -- \
    "$bin" employee hire --db "$db" --id N1 --name "N. Nieuw" --bsn 999990159 --iban NL91ABNA0417164300 --start 2026-02-01 \
    --end 2026-12-31 --birth-date 1990-01-01 --hours "$h"
done
check "a birth date after the start is refused" 1 "field birth_date: the birth date 2030-01-01 is not before the first day of employment" -- \
  "$bin" "${hire[@]}" --birth-date 2030-01-01
check "birth date 0000-01-01 is refused" 1 "field birth_date: expected a date from 1900-01-01" -- "$bin" "${hire[@]}" --birth-date 0000-01-01
check "a right-to-left override in a name is refused" 1 "field name: holds a bidirectional override at byte 3" -- \
  "$bin" employee hire --db "$db" --id N2 --name "$(printf 'N.\xe2\x80\xae kooB')" --bsn 999990159 --iban NL91ABNA0417164300 \
  --start 2026-02-01 --end 2026-12-31 --hours 20 --birth-date 1990-01-01
check "a newline in a name is refused" 1 "field name: holds a control character" -- \
  "$bin" employee hire --db "$db" --id N3 --name "$(printf 'N.\nNieuw')" --bsn 999990159 --iban NL91ABNA0417164300 \
  --start 2026-02-01 --end 2026-12-31 --hours 20 --birth-date 1990-01-01

sed 's/"whk_rate": *"[^"]*"/"whk_rate": "-1.5"/' "$src/examples/employer/employer.json" > "$tmp/neg.json"
if grep -q '"whk_rate": "-1.5"' "$tmp/neg.json"; then
  check "a negative Whk rate is refused" 1 "field whk_rate: expected a percentage from 0 to 100" -- \
    "$bin" init --db "$tmp/neg.db" --employer "$tmp/neg.json"
else
  ok
fi

check "--period 9999-12 names the year, not the month" 2 "the year 9999 is outside the years a period can have" -- \
  "$bin" payroll run --db "$db" --period 9999-12

# A Windows-1252 CSV ("Café" with the byte 0xE9): named, not an internal error.
imp="$tmp/imp.db"
"$bin" init --db "$imp" --employer "$src/examples/employer/employer.json" >/dev/null
head -2 "$src/examples/employer/employees.csv" | sed '2s/,[^,]*/,Caf\xe9/' > "$tmp/cp1252.csv"
check "a Windows-1252 CSV names line and byte offset" 1 "cp1252\.csv line 2, byte offset [0-9]+: invalid UTF-8 \(byte 0xE9\)" -- \
  "$bin" employee import --db "$imp" "$tmp/cp1252.csv"
grep -q "internal error" "$tmp/err" "$tmp/out" && not_ok "no internal error for a Windows-1252 CSV" || ok

# A Windows-1252 JSON document (the employer's name "Café"): named with line, column and byte offset.
sed '2s/"name": "[^"]*"/"name": "Caf\xe9"/' "$src/examples/employer/employer.json" > "$tmp/cp1252.json"
check "a Windows-1252 JSON document names line, column and byte offset" 1 \
  "cp1252\.json:2:15: not valid JSON: byte offset [0-9]+: invalid UTF-8 \(byte 0xE9\)" -- \
  "$bin" init --db "$tmp/cp1252.db" --employer "$tmp/cp1252.json"
grep -q "internal error" "$tmp/err" "$tmp/out" && not_ok "no internal error for a Windows-1252 JSON document" || ok

# A personnel number must give the return its NumIV (its digits): refused at entry, not at export.
check "hire with a personnel number without digits" 1 "field id: \"ABC\" has no digits other than zeros" -- \
  "$bin" employee hire --db "$db" --id ABC --name "N. Nieuw" --bsn 999990159 --iban NL91ABNA0417164300 --start 2026-02-01 \
  --end 2026-12-31 --hours 20 --birth-date 1990-01-01
head -2 "$src/examples/employer/employees.csv" | sed '2s/^[^,]*/E000/' > "$tmp/e000.csv"
check "import of a personnel number of zeros names row and field" 1 "e000\.csv row 1 \(line 2\), field id: \"E000\" has no digits" -- \
  "$bin" employee import --db "$imp" "$tmp/e000.csv"

finish
