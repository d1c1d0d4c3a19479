#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Horizons of the rules (issue 11): a computation past the last day a value is known to hold
# stops with a message naming the parameter and the date; --provisional carries the value
# forward, marked; a local rules directory (--rules-local) adds the new year's values; rules
# coverage; the toeslag calculator's input traps.
# Usage: horizon_cli.sh PATH/TO/basisbaan SOURCE_DIR
source "$(dirname "$0")/common.sh"

command -v sqlite3 >/dev/null || { echo "horizon_cli.sh: the sqlite3 tool is needed"; exit 1; }
fixture="$src/tests/data/rules-2027-fixture"

# --- Past the horizon: exit 1 naming parameter and date; --provisional: exit 0, marked ---------
check "wml 2031 stops" 1 "wml.hourly is known only until 2026-12-31.*2031-01-01" -- "$bin" wml --date 2031-01-01 --age 30
check "wml 2031 provisional" 0 "^PROVISIONAL: .*wml.hourly" -- "$bin" wml --date 2031-01-01 --age 30 --provisional
check "wml 2031 provisional, global flag" 0 "^PROVISIONAL" -- "$bin" --provisional wml --date 2031-01-01 --age 30
check "wml 2031 provisional json" 0 '"provisional": true' -- "$bin" wml --date 2031-01-01 --age 30 --provisional --json
"$bin" wml --date 2031-01-01 --age 30 --provisional --json >"$tmp/wml.json" 2>/dev/null
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["provisional"] is True and "wml.hourly" in d["carried_forward"]' \
  "$tmp/wml.json" && ok || not_ok "provisional JSON parses and lists wml.hourly"
check "wml inside the horizon is not marked" 0 "" -- "$bin" wml --date 2026-12-31 --age 30 --provisional
grep -q PROVISIONAL "$tmp/out" && not_ok "a run inside the horizon is not marked provisional" || ok
check "bijstand 2031 stops" 1 "bijstand\.norm\.single is known only until 2026-12-31.*2031-01-01" -- \
  "$bin" bijstand --date 2031-01-01 --household single
check "bijstand 2031 provisional" 0 "PROVISIONAL" -- "$bin" bijstand --date 2031-01-01 --household single --provisional
check "zorgtoeslag 2031 stops" 1 "zorgtoeslag\.[a-z_.]+ is known only until 2026-12-31.*2031-01-01" -- \
  "$bin" toeslag zorgtoeslag --year 2031 --income 20000
check "zorgtoeslag 2031 provisional" 0 "PROVISIONAL" -- "$bin" toeslag zorgtoeslag --year 2031 --income 20000 --provisional
check "before the rules: rules cover from" 1 "the rules cover wage_tax\.[a-z_.]+ from 2022-01-01.*no value for 2019-01-31" -- \
  "$bin" wage-tax --date 2019-01-31 --wage 2000

# --- rules coverage, list --status, show ------------------------------------------------------
check "coverage lists wml.hourly up to its horizon" 0 "wml\.hourly +2024-01-01 \.\. 2026-12-31" -- "$bin" rules coverage
check "coverage --year 2027 lists what is missing" 0 "wml\.hourly: known until 2026-12-31" -- "$bin" rules coverage --year 2027
check "coverage --year 2027 json" 0 '"reason": "known until 2026-12-31"' -- "$bin" rules coverage --year 2027 --json
check "coverage with the 2027 fixture: nothing missing" 0 "missing for 2027: 0 parameters" -- \
  "$bin" --rules-local "$fixture" rules coverage --year 2027
check "rules list --status unconfirmed" 0 "wml\.hourly" -- "$bin" rules list --status unconfirmed
check "rules list --status official leaves unconfirmed out" 0 "" -- "$bin" rules list --status official
grep -qE "^wml\.hourly " "$tmp/out" && not_ok "list --status official shows no unconfirmed latest value" || ok
check "rules show names the file of a layered value" 0 "file: local/wml.xml:[0-9]+" -- \
  "$bin" --rules-local "$fixture" rules show wml.hourly
check "rules show the horizon" 0 "known until: 2027-12-31 \(local/wml.xml" -- "$bin" --rules-local "$fixture" rules show wml.hourly
fp_bundled=$("$bin" rules fingerprint)
fp_layered=$("$bin" --rules-local "$fixture" rules fingerprint)
[ "$fp_bundled" != "$fp_layered" ] && ok || not_ok "the layered rule set has its own fingerprint"

# A local file is validated like the bundled ones.
mkdir -p "$tmp/badlocal"
cat >"$tmp/badlocal/x.xml" <<'XML'
<?xml version="1.0"?>
<rules area="local" title="test" known_until="2027-12-31">
  <extend name="wml.hourly"><value from="2027-01-01">15.00</value></extend>
</rules>
XML
check "a local value needs its source" 1 "local/x.xml:3: extend wml.hourly, value from 2027-01-01: an added value needs its own source" -- \
  "$bin" --rules-local "$tmp/badlocal" wml --date 2027-01-01 --age 30
cat >"$tmp/badlocal/x.xml" <<'XML'
<?xml version="1.0"?>
<rules area="local" title="test">
  <extend name="wml.hourly"><value from="2027-01-01" source="test">15.00</value></extend>
</rules>
XML
check "a local extension needs a horizon" 1 "needs known_until" -- "$bin" --rules-local "$tmp/badlocal" wml --date 2027-01-01 --age 30

# --- Payroll past the horizon ---------------------------------------------------------------
db="$tmp/p.db"
check "init" 0 "" -- "$bin" init --db "$db" --example
check "payroll run 2031-01 stops" 1 "is known only until 20[0-9-]+ .*on 2031-01-" -- "$bin" payroll run --db "$db" --period 2031-01
[ "$(sqlite3 "$db" 'SELECT count(*) FROM payroll_runs')" = 0 ] && ok || not_ok "nothing stored after the horizon error"
check "payroll run 2031-01 provisional" 0 "^PROVISIONAL" -- "$bin" payroll run --db "$db" --period 2031-01 --provisional
[ -n "$(sqlite3 "$db" "SELECT carried_forward FROM payroll_runs WHERE period = '2031-01'")" ] && ok || \
  not_ok "the stored provisional run lists what it carried forward"
check "a provisional run cannot be closed" 1 "is provisional .*cannot be closed" -- "$bin" payroll close --db "$db" --period 2031-01
check "a provisional run replays identical" 0 "^identical$" -- "$bin" replay --db "$db" --period 2031-01
check "payroll show marks a stored provisional run" 0 "^PROVISIONAL: .*wml.hourly" -- "$bin" payroll show --db "$db" --period 2031-01
check "payroll show --json marks it" 0 '"provisional": true' -- "$bin" payroll show --db "$db" --period 2031-01 --json
check "payroll show --employee marks the payslip" 0 "VOORLOPIG|PROVISIONAL|voorlopig" -- "$bin" payroll show --db "$db" --period 2031-01 --employee E002
check "payroll list marks it" 0 "2031-01 .*open, provisional" -- "$bin" payroll list --db "$db"

# --- The operator's path: the 2027 values in a local directory --------------------------------
db="$tmp/y.db"
check "init 2027" 0 "" -- "$bin" init --db "$db" --example
check "payroll run 2027-01 without the 2027 values stops" 1 "is known only until 2026-12-31" -- \
  "$bin" payroll run --db "$db" --period 2027-01
check "payroll run 2027-01 with the local 2027 values" 0 "" -- "$bin" --rules-local "$fixture" payroll run --db "$db" --period 2027-01
grep -q PROVISIONAL "$tmp/out" && not_ok "a run with the local values is not provisional" || ok
check "payroll close 2027-01" 0 "" -- "$bin" payroll close --db "$db" --period 2027-01
check "replay 2027-01 with the stored rules, no local directory" 0 "^identical$" -- "$bin" replay --db "$db" --period 2027-01
[ "$(sqlite3 "$db" "SELECT count(*) FROM rule_files WHERE path LIKE 'local/%'")" -gt 0 ] && ok || \
  not_ok "the stored rules copy holds the local files"

# --- Calculator traps: toeslag huurtoeslag and amounts ------------------------------------------
check "huurtoeslag needs an age" 2 "give --age N or --birth-date" -- \
  "$bin" toeslag huurtoeslag --year 2026 --income 20000 --rent 600
check "huurtoeslag with --birth-date" 0 "Huurtoeslag 2026" -- \
  "$bin" toeslag huurtoeslag --year 2026 --income 20000 --rent 600 --birth-date 1990-05-01
check "an age past the AOW age gives the AOW household" 0 '"household_type": "[a-z_]*aow' -- \
  "$bin" toeslag huurtoeslag --year 2026 --income 20000 --rent 600 --age 70 --json
check "a household of one with children is an input error" 1 "household of one" -- \
  "$bin" toeslag huurtoeslag --year 2026 --income 20000 --rent 600 --age 30 --children
check "30.000 is thirty thousand" 0 '"toetsingsinkomen": "30000.00"' -- "$bin" toeslag zorgtoeslag --year 2026 --income 30.000 --json
check "30,5 is not a whole amount" 2 "expected a whole amount in euros" -- "$bin" toeslag zorgtoeslag --year 2026 --income 30,5
check "24.000,00 stays Dutch notation" 0 '"toetsingsinkomen": "24000.00"' -- "$bin" toeslag zorgtoeslag --year 2026 --income 24.000,00 --json

finish
