#!/usr/bin/env bash
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
# The installed command finds its rules and the bundled examples without options.
"$tmp/prefix/bin/basisbaan" init --db "$tmp/example.db" --example >/dev/null
"$tmp/prefix/bin/basisbaan" payroll run --db "$tmp/example.db" --period 2026-03 >/dev/null
"$tmp/prefix/bin/basisbaan" replay --db "$tmp/example.db" --period 2026-03 | grep -q identical
"$tmp/prefix/bin/basisbaan" compare --household "$tmp/prefix/share/basisbaan/examples/households/couple-two-children-groningen.json" >/dev/null
echo "installed command: example employer, payroll run, replay identical, compare: ok"
