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
