#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Errors on the command line: an import names every bad row (one line each, exit 1, nothing
# stored), and --json gives the error as {"error": {"code": …, …}} on stderr.
# Usage: errors_cli.sh PATH/TO/basisbaan SOURCE_DIR
source "$(dirname "$0")/common.sh"

command -v sqlite3 >/dev/null || { echo "errors_cli.sh: the sqlite3 tool is needed"; exit 1; }
q() { sqlite3 "$1" "$2"; }
db="$tmp/errors.db"
"$bin" init --db "$db" --employer "$src/examples/employer/employer.json" >/dev/null
audit_before=$(q "$db" 'SELECT count(*) FROM audit_log')

# Two bad rows: row 3 (line 4) a BSN failing the 11-test, row 6 (line 7) an impossible date.
sed -e '4s/999990032/999990031/' -e '7s/1976-07-07/1976-07-32/' "$src/examples/employer/employees.csv" > "$tmp/two_bad.csv"
check "the first bad row is named" 1 "^basisbaan: error: .*two_bad\.csv row 3 \(line 4\), field bsn: \"\*\*\*\*\*\*031\" is not a valid BSN" -- \
  "$bin" employee import --db "$db" "$tmp/two_bad.csv"
grep -qE "^basisbaan: error: .*two_bad\.csv row 6 \(line 7\), field birth_date: \"1976-07-32\"" "$tmp/err" && ok ||
  not_ok "the second bad row is named too"
[ "$(grep -c '^basisbaan: error:' "$tmp/err")" = 2 ] && ok || not_ok "one line per bad row (got $(grep -c '^basisbaan: error:' "$tmp/err"))"
[ "$(q "$db" 'SELECT count(*) FROM employees')" = 0 ] && ok || not_ok "nothing was imported from the file with bad rows"
[ "$(q "$db" 'SELECT count(*) FROM audit_log')" = "$audit_before" ] && ok || not_ok "the audit log is unchanged"

# --json: the error as JSON on stderr, every problem with its code, row, line and field.
check "import --json gives the error as JSON" 1 '"code": "input.invalid_value"' -- \
  "$bin" employee import --db "$db" "$tmp/two_bad.csv" --json
for want in '"row": 3' '"row": 6' '"line": 7' '"field": "bsn"' '"field": "birth_date"' '"code": "input.invalid_date"' '"problems": \['; do
  grep -qE -- "$want" "$tmp/err" && ok || not_ok "the JSON error has $want"
done
[ ! -s "$tmp/out" ] && ok || not_ok "nothing on stdout when the import fails"
check "a missing database as JSON" 1 '"code": "store.not_found"' -- \
  "$bin" employee list --db "$tmp/none.db" --json
check "import --json prints the count as JSON" 0 '"imported": 12' -- \
  "$bin" employee import --db "$db" "$src/examples/employer/employees.csv" --json

finish
