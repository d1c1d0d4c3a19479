#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The basisbaan command as a user runs it: output, JSON fields, exit codes and error messages.
# Usage: cli_test.sh PATH/TO/basisbaan SOURCE_DIR
source "$(dirname "$0")/common.sh" "$@"

check "help" 0 "Usage" -- "$bin" --help
check "version" 0 "^basisbaan [0-9]+\.[0-9]+\.[0-9]+" -- "$bin" --version
check "no subcommand is a usage error" 2 "" -- "$bin"
check "unknown option is a usage error" 2 "unknown option --bogus for 'basisbaan wml'" -- "$bin" wml --bogus
check "wml --help" 0 "--hours-per-week" -- "$bin" wml --help
check "wml json hourly" 0 '"hourly": "14.40"' -- "$bin" wml --date 2025-07-01 --age 30 --json
check "wml json monthly" 0 '"monthly": "2004.48"' -- "$bin" wml --date 2025-07-01 --age 30 --hours-per-week 32 --json
check "wml json weekly" 0 '"weekly": "460.80"' -- "$bin" wml --date 2025-07-01 --age 30 --hours-per-week 32 --json
check "wml overview" 0 "2025-07-01 +€ 14,40" -- "$bin" wml
check "wml explain" 0 "wml.hourly = 14.40" -- "$bin" wml --date 2025-07-01 --explain
check "wml date before rules" 1 "no value for 2021-06-01" -- "$bin" wml --date 2021-06-01
check "wml bad date" 2 "expected a date as YYYY-MM-DD" -- "$bin" wml --date 1-7-2025
check "wml bad hours" 2 "--hours-per-week" -- "$bin" wml --date 2025-07-01 --hours-per-week 32,5x
check "wml hours without date" 2 "needs --date" -- "$bin" wml --hours-per-week 32
check "rules list" 0 "wml.hourly" -- "$bin" rules list
check "rules list json" 0 '"fingerprint": "sha256:' -- "$bin" rules list --json
check "rules show" 0 "Stcrt. 2025, 12264" -- "$bin" rules show wml.hourly
check "rules show date" 0 '"value": "14.06"' -- "$bin" rules show wml.hourly --date 2025-03-01 --json
check "rules show unknown" 1 'unknown parameter "wml.hourlyy"' -- "$bin" rules show wml.hourlyy
check "rules fingerprint" 0 "^sha256:[0-9a-f]{64}$" -- "$bin" rules fingerprint

# A broken rules directory: exit 1 and file:line in the message.
mkdir -p "$tmp/rules"
cp "$src"/rules/*.xml "$tmp/rules/"
sed -i '0,/<value from="2025-01-01"/s//<value from="2025-13-01"/' "$tmp/rules/wml.xml"
check "broken rules name file and line" 1 "wml.xml:[0-9]+: parameter wml.hourly" -- "$bin" --rules "$tmp/rules" wml
check "rules directory from the environment" 1 "wml.xml:[0-9]+" -- env BASISBAAN_RULES="$tmp/rules" "$bin" wml
check "missing rules directory is a usage error" 2 "" -- "$bin" --rules "$tmp/nowhere" wml

check "zorgtoeslag json" 0 '"per_month": "131.00"' -- "$bin" toeslag zorgtoeslag --year 2025 --income 24000 --json
check "zorgtoeslag at the published maximum income" 0 '"per_year": "24.00"' -- "$bin" toeslag zorgtoeslag --year 2025 --income 39.719,00 --json
check "zorgtoeslag table" 0 "per month +€ 131,00" -- "$bin" toeslag zorgtoeslag --year 2025 --income 24000
check "zorgtoeslag explain" 0 "Wzt art. 2 lid 2-3" -- "$bin" toeslag zorgtoeslag --year 2025 --income 24000 --explain
check "zorgtoeslag bad income" 2 "--income" -- "$bin" toeslag zorgtoeslag --year 2025 --income 24x
check "zorgtoeslag needs a year" 2 "" -- "$bin" toeslag zorgtoeslag --income 24000
check "huurtoeslag json" 0 '"per_month": "498.00"' -- "$bin" toeslag huurtoeslag --year 2025 --income 22000 --rent 900 --age 30 --json
check "huurtoeslag negative rent" 1 "rent: expected 0 or more" -- "$bin" toeslag huurtoeslag --year 2025 --income 22000 --rent -5 --age 30
check "kindgebonden budget json" 0 '"per_year": "5439.00"' -- "$bin" toeslag kindgebonden-budget --year 2026 --income 30000 --partner-income 15000 --child-age 8 --child-age 13 --json
check "kindgebonden budget single parent" 0 '"per_year": "5432.00"' -- "$bin" toeslag kindgebonden-budget --year 2025 --income 35000 --single-parent --child-age 5 --json
check "kindgebonden budget needs partner or single parent" 2 "--single-parent" -- "$bin" toeslag kindgebonden-budget --year 2025 --income 35000 --child-age 5
check "bijstand norm json" 0 '"norm_per_month": "1955.80"' -- "$bin" bijstand --date 2025-07-01 --household couple --json
check "bijstand bad household" 2 "single, single-parent or couple" -- "$bin" bijstand --date 2025-07-01 --household family
# The same inputs give the same outputs, byte for byte.
"$bin" wml --json >"$tmp/a"; "$bin" wml --json >"$tmp/b"
if cmp -s "$tmp/a" "$tmp/b"; then pass=$((pass + 1)); else echo "FAIL deterministic output"; fail=$((fail + 1)); fi

finish
