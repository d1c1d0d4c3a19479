#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# basisbaan compare (issue 5): the coach's income comparison, its formats, bad input, --out, and
# the Dutch one-page summary rendered by headless Chromium.
source "$(dirname "$0")/common.sh" "$@"

ex="$src/examples/households"
single="$ex/single-groningen-32h.json"
couple="$ex/couple-two-children-groningen.json"

check "compare table" 0 "Net household income" -- "$bin" compare --household "$single"
check "compare verdict in Dutch" 0 "per maand meer" -- "$bin" compare --household "$single"
check "compare json" 0 '"poverty_trap": false' -- "$bin" compare --household "$single" --format json
check "compare --json shorthand" 0 '"difference_per_year"' -- "$bin" compare --household "$single" --json
check "compare json has current lines" 0 '"net_per_month"' -- "$bin" compare --household "$couple" --json
check "compare hours override" 0 '"hours_per_week": "20"' -- "$bin" compare --household "$single" --hours 20 --json
check "compare sweep table" 0 "marginal rate" -- "$bin" compare --household "$couple" --sweep 26:32:1
check "compare couple cliff at 31 hours (issue 14: was 30)" 0 "30 -> 31 h: Individuele inkomenstoeslag \(municipal\) stops, lost 539.00" -- "$bin" compare --household "$couple"
check "compare csv lines (Dutch Excel by default)" 0 "^code;omschrijving;nu_per_maand" -- "$bin" compare --household "$single" --format csv
check "compare csv decimal comma" 0 "^net;Netto huishoudinkomen;[0-9]+,[0-9][0-9];" -- "$bin" compare --household "$single" --format csv
check "compare csv en" 0 "^code,label,current_per_month" -- "$bin" compare --household "$single" --format csv --csv-dialect en
check "compare csv sweep" 0 "^uren_per_week;bruto_per_jaar;netto_per_maand" -- "$bin" compare --household "$single" --format csv --sweep 0:40:1
check "compare csv sweep en" 0 "^hours,gross_per_year,net_per_month" -- "$bin" compare --household "$single" --format csv --sweep 0:40:1 --csv-dialect en
check "bad csv dialect" 2 "" -- "$bin" compare --household "$single" --format csv --csv-dialect de

# Issue 15: debts. On bijstand 5 % of the bijstand is withheld (1401.50 − 1331.43 = 70.07 a
# month from January; 846.24 a year, tests/income/debts_test.cpp); the verdict compares what is
# left to live on. Without --garnishment the output is the same as before (no debts rows).
check "compare --garnishment rows" 0 "Left to live on" -- "$bin" compare --household "$single" --garnishment owed:3000,creditor:CJIB
check "compare --garnishment withheld now" 0 "Withheld for debts +-70\.52 +-250\.00" -- "$bin" compare --household "$single" --garnishment 3000
check "compare --garnishment verdict" 0 "Voor uw schulden wordt nu" -- "$bin" compare --household "$single" --garnishment full --format html
check "compare --garnishment csv" 0 "^left_to_live_on;Over om van te leven;" -- "$bin" compare --household "$single" --garnishment monthly:50 --format csv
check "compare --garnishment json" 0 '"withheld_per_year": "846.24"' -- "$bin" compare --household "$single" --garnishment full --json
check "compare --garnishment bad spec" 2 "--garnishment \"weekly:5\": expected full, an amount owed" -- "$bin" compare --household "$single" --garnishment weekly:5
check "compare --garnishment zero owed" 1 "field debts\[0\].owed: expected an amount owed of more than 0" -- "$bin" compare --household "$single" --garnishment 0
"$bin" compare --household "$single" --format csv >"$tmp/plain.csv"
if grep -q "left_to_live_on" "$tmp/plain.csv"; then not_ok "compare without debts has no debt rows"; else ok; fi

# Issue 14: a couple with one child at 20 hours in Groningen: the income stays the same because
# bijstand tops up, and the income-tax repayment shows; two cost sharers: the kostendelersnorm.
couple20="$ex/couple-one-child-groningen-20h.json"
check "couple 20 h: bijstand tops up" 0 "blijft uw inkomen per maand ongeveer gelijk, want de bijstand vult uw loon aan" -- "$bin" compare --household "$couple20" --format html
check "couple 20 h: tax repayment" 0 "inkomstenbelasting terugbetalen" -- "$bin" compare --household "$couple20" --format html
check "couple 20 h: hours of the top-up" 0 "Tot en met [0-9]+ uur per week vult de bijstand uw loon aan" -- "$bin" compare --household "$couple20" --format html
# The coach's review F6: one consistent sweep summary, no "ongeveer gelijk" claimed for the top-up
# range and no "Meer uren leveren minder op" (tests/income/sweep_summary_test.cpp has the groups).
"$bin" compare --household "$couple20" --format html >"$tmp/c20.html"
if grep -q "Meer uren leveren minder op\|blijft uw inkomen per maand ongeveer gelijk, want de bijstand vult aan\." "$tmp/c20.html"; then
  not_ok "couple 20 h: the old contradicting sweep sentences are gone"
else ok; fi
check "couple 20 h: table summary in English" 0 "bijstand tops up the wage up to [0-9]+ h.*less than now at [0-9]+-[0-9]+ h" -- "$bin" compare --household "$couple20"

# The coach's review F11: a date past the rules' horizon names the household file and the field
# date first (the rules are known until 2026-12-31); compare --help lists --provisional, which
# compare accepts after the command.
sed 's/"date": "2026-01-01"/"date": "2027-01-01"/' "$single" >"$tmp/h2027.json"
grep -q '"date": "2027-01-01"' "$tmp/h2027.json" && ok || not_ok "the 2027 household file was written"
check "date past the horizon names the file and field date" 1 "error: $tmp/h2027.json: field date: 2027-01-01 is past the rules: the comparison covers the year 2027, and the rules are known only until 2026-12-31" -- "$bin" compare --household "$tmp/h2027.json"
check "date past the horizon: --provisional after compare" 0 "PROVISIONAL" -- "$bin" compare --household "$tmp/h2027.json" --provisional
check "compare --help lists --provisional" 0 "^ +--provisional" -- "$bin" compare --help
check "cost sharers: kostendelersnorm" 0 "kostendelersnorm with 2 cost sharer" -- "$bin" compare --household "$ex/single-two-cost-sharers-groningen.json" --json
check "compare svg" 0 "<polyline" -- "$bin" compare --household "$couple" --format svg
check "compare html" 0 '<html lang="nl">' -- "$bin" compare --household "$couple" --format html
check "compare help" 0 "--household" -- "$bin" compare --help

# JSON shape (python3 is part of Debian's base system used by the other scripts' checks).
if "$bin" compare --household "$couple" --json >"$tmp/c.json" && python3 - "$tmp/c.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
for k in ("current", "job"):
    for f in ("net_per_month", "net_per_year", "lines"):
        assert f in d[k], (k, f)
for f in ("difference_per_month", "difference_per_year", "poverty_trap"):
    assert f in d, f
assert len(d["sweep"]["points"]) == 41
PY
then ok; else not_ok "compare json shape"; fi

# Same input, same bytes.
"$bin" compare --household "$couple" --format svg >"$tmp/a.svg"
"$bin" compare --household "$couple" --format svg >"$tmp/b.svg"
if cmp -s "$tmp/a.svg" "$tmp/b.svg"; then ok; else not_ok "svg deterministic"; fi

# Bad input: exit 1 and the field named.
printf '%s' '{"date": "2026-01-01", "municipality": "utrecht", "person": {"birth_date": "1984-06-12"}, "current": {"situation": "bijstand"}, "job": {"hours_per_week": 32}}' >"$tmp/muni.json"
check "unknown municipality" 1 "field municipality: unknown municipality \"utrecht\"; known municipalities: groningen, rotterdam" -- "$bin" compare --household "$tmp/muni.json"
printf '%s' '{"date": "2026-01-01", "municipality": "groningen", "person": {"birth_date": "1984-06-12"}, "children": [{"birth_date": "2012-01-01"}, {"birth_date": "2026-02-01"}], "current": {"situation": "bijstand"}, "job": {"hours_per_week": 32}}' >"$tmp/child.json"
check "child born after the date" 1 "field children\[1\].birth_date: born after the date 2026-01-01" -- "$bin" compare --household "$tmp/child.json"
printf '%s' '{"date": "2026-01-01", "municipality": "groningen", "person": {"birth_date": "1984-06-12"}, "housing": {"rent": "-5"}, "current": {"situation": "bijstand"}, "job": {"hours_per_week": 32}}' >"$tmp/rent.json"
check "negative rent" 1 "field housing.rent: expected 0 or more" -- "$bin" compare --household "$tmp/rent.json"
printf '%s' '{"date": "2026-01-01", "municipality": "groningen", "person": {"birth_date": "1984-06-12"}, "current": {"situation": "bijstand"}}' >"$tmp/nojob.json"
check "missing field" 1 "field job is missing" -- "$bin" compare --household "$tmp/nojob.json"
printf '%s' '{"date": "2026-01-01", "municipality": "groningen", "person": {"birth_date": 1984}, "current": {"situation": "bijstand"}, "job": {"hours_per_week": 32}}' >"$tmp/type.json"
check "wrong type" 1 "field person.birth_date" -- "$bin" compare --household "$tmp/type.json"
check "missing file" 1 "cannot open" -- "$bin" compare --household "$tmp/none.json"
check "bad sweep" 2 "--sweep" -- "$bin" compare --household "$single" --sweep 10:5:1
check "bad format" 2 "" -- "$bin" compare --household "$single" --format pdf
check "json conflicts with csv" 2 "" -- "$bin" compare --household "$single" --json --format csv

# --out: written atomically, nothing left on an error.
mkdir -p "$tmp/outdir"
check "out html" 0 "" -- "$bin" compare --household "$couple" --format html --out "$tmp/outdir/summary.html"
if grep -q "Inkomensvergelijking" "$tmp/outdir/summary.html" && [ "$(ls -A "$tmp/outdir")" = "summary.html" ]; then ok; else not_ok "out file written, no temporary left"; fi
check "out on bad input" 1 "" -- "$bin" compare --household "$tmp/rent.json" --format html --out "$tmp/outdir/bad.html"
if [ ! -e "$tmp/outdir/bad.html" ] && [ "$(ls -A "$tmp/outdir")" = "summary.html" ]; then ok; else not_ok "nothing left on an error"; fi
check "out in a missing directory" 1 "does not exist" -- "$bin" compare --household "$single" --out "$tmp/nodir/x.json"

# The one-pager in a real browser: headless Chromium renders it to PNG (A4 at 150 dpi-ish).
chrome=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chrome" ]; then
  echo "SKIP chromium render: chromium is not installed (bash .ci/install-deps installs it)"
else
  render() {  # render HTML PNG
    timeout 120 "$chrome" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$tmp/chrome-profile" \
      --screenshot="$2" --window-size=1240,1754 "file://$1" >/dev/null 2>&1
  }
  printf '<!DOCTYPE html><html><body></body></html>' >"$tmp/blank.html"
  render "$tmp/outdir/summary.html" "$tmp/summary.png"
  render "$tmp/blank.html" "$tmp/blank.png"
  if [ -s "$tmp/summary.png" ] && [ -s "$tmp/blank.png" ]; then
    size=$(stat -c %s "$tmp/summary.png")
    blank=$(stat -c %s "$tmp/blank.png")
    if [ "$size" -gt 20000 ] && [ "$size" -gt $((blank * 5)) ]; then ok; else not_ok "summary renders to a non-trivial page ($size bytes, blank $blank)"; fi
    if [ -n "${BASISBAAN_KEEP_RENDER:-}" ]; then cp "$tmp/summary.png" "$BASISBAAN_KEEP_RENDER"; fi
  else
    not_ok "chromium produced no PNG"
  fi
fi

finish
