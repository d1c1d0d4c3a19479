#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Installs the built library into a scratch prefix, builds tests/consumer against it with
# find_package(basisbaan), and runs it. Usage: run.sh SOURCE_DIR BUILD_DIR
set -eu
src="$1"
build="$2"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cmake --install "$build" --prefix "$tmp/prefix" >/dev/null
cmake -S "$src/tests/consumer" -B "$tmp/build" -DCMAKE_PREFIX_PATH="$tmp/prefix" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$tmp/build" >/dev/null
"$tmp/build/consumer" "$tmp/prefix/share/basisbaan/rules"
# examples/cpp: the back-office cycle through the public API (hire, sick, three months, a
# correction, the exports), built against the installed package.
cmake -S "$src/examples/cpp" -B "$tmp/example-build" -DCMAKE_PREFIX_PATH="$tmp/prefix" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$tmp/example-build" >/dev/null
"$tmp/example-build/backoffice" "$tmp/prefix/share/basisbaan/rules" "$tmp/office" >"$tmp/office.out"
cat "$tmp/office.out"
for expected in "hired E001 and E002; sick report S1 of E002 from 2026-02-09" "run 2026-01: 2 payslips" \
                "run 2026-02: 2 payslips" "correction 2026-02 E001: net " "run 2026-03: 2 payslips" \
                "exports of 2026-03 written: loonaangifte, SEPA, journal, 2 payslips" "replay 2026-03 identical; audit ok"; do
  grep -qF "$expected" "$tmp/office.out" || { echo "examples/cpp: expected \"$expected\"" >&2; exit 1; }
done
for f in loonaangifte-2026-03.xml sepa-2026-03.xml journal-2026-03.csv; do
  test -s "$tmp/office/$f" || { echo "examples/cpp: $f was not written" >&2; exit 1; }
done
test "$(ls "$tmp/office"/*.html | wc -l)" -eq 2 || { echo "examples/cpp: expected 2 payslips" >&2; exit 1; }
# The installed command finds its rules and the bundled examples without options.
"$tmp/prefix/bin/basisbaan" init --db "$tmp/example.db" --example >/dev/null
"$tmp/prefix/bin/basisbaan" payroll run --db "$tmp/example.db" --period 2026-03 >/dev/null
"$tmp/prefix/bin/basisbaan" replay --db "$tmp/example.db" --period 2026-03 | grep -q identical
"$tmp/prefix/bin/basisbaan" compare --household "$tmp/prefix/share/basisbaan/examples/households/couple-two-children-groningen.json" >/dev/null
echo "installed command: example employer, payroll run, replay identical, compare: ok"
