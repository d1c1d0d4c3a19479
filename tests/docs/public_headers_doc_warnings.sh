#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Runs Doxygen on the public headers with warnings as errors (undocumented declarations, broken
# documentation commands) and fails, printing the warnings, when there is any.
# Usage: public_headers_doc_warnings.sh DOXYGEN DOXYFILE WORK_DIR
# Exit 77 (CTest: skipped) when Doxygen is not installed.
set -u
doxygen="$1"
doxyfile="$2"
work="$3"
if [ -z "$doxygen" ] || ! command -v "$doxygen" >/dev/null 2>&1; then
  echo "doxygen not found: skipped (Debian package doxygen)"
  exit 77
fi
rm -rf "$work"
mkdir -p "$work"
log="$work/warnings.log"
# The same configuration as the docs target; XML only (fast), warnings into a log.
{
  cat "$doxyfile"
  echo "OUTPUT_DIRECTORY = $work"
  echo "GENERATE_HTML = NO"
  echo "GENERATE_XML = YES"
  echo "WARN_LOGFILE = $log"
  echo "WARN_AS_ERROR = FAIL_ON_WARNINGS"
} | "$doxygen" - >"$work/doxygen.out" 2>&1
status=$?
if [ "$status" -ne 0 ] || [ -s "$log" ]; then
  echo "Doxygen warnings in the public headers (exit $status); every public declaration needs a /// comment:"
  cat "$log" "$work/doxygen.out"
  echo "$(grep -c -E 'warning:|error:' "$log") problem(s)"
  exit 1
fi
echo "public headers: no documentation warnings"
