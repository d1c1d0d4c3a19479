#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Compiles one translation unit of tests/compile/ against the public headers.
#   expect_compile.sh COMPILER INCLUDE_DIR SOURCE ok              -> must compile and run with exit 0
#   expect_compile.sh COMPILER INCLUDE_DIR SOURCE fail=K PATTERN  -> with BASISBAAN_COMPILE_FAIL=K it
#                                                                    must NOT compile, and the
#                                                                    compiler's message must name PATTERN
set -u
compiler=$1 include=$2 source=$3 mode=$4
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
if [ "$mode" = ok ]; then
  "$compiler" -std=c++20 -Wall -Wextra -Werror -I "$include" "$source" -o "$out/a.out" || { echo "FAIL: $source does not compile"; exit 1; }
  "$out/a.out" || { echo "FAIL: $source ran with exit $?"; exit 1; }
  echo "ok: $source compiles and runs"
  exit 0
fi
k=${mode#fail=}
pattern=$5
if "$compiler" -std=c++20 -fsyntax-only -I "$include" -DBASISBAAN_COMPILE_FAIL="$k" "$source" 2>"$out/err"; then
  echo "FAIL: $source compiled with BASISBAAN_COMPILE_FAIL=$k; it must be refused"
  exit 1
fi
if ! grep -q -- "$pattern" "$out/err"; then
  echo "FAIL: $source with BASISBAAN_COMPILE_FAIL=$k failed, but not on '$pattern':"
  cat "$out/err"
  exit 1
fi
echo "ok: $source with BASISBAAN_COMPILE_FAIL=$k is refused ($pattern)"
