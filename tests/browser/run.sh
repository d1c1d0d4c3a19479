#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Runs one browser test of `basisbaan serve` (issue 16) in Debian's Chromium through the DevTools
# protocol (puppeteer-core from npm, pinned in package-lock.json).
#   run.sh BASISBAAN SOURCE_DIR WORK_DIR TEST   (TEST: result | errors)
# Exit 77 (CTest SKIP_RETURN_CODE) when chromium or node/npm is missing: skipped, never passed.
# The packages are installed with `npm ci` into WORK_DIR (the build tree), not the source tree.
set -u
source "$(dirname "$0")/../serve_port.sh"
bin="$1"; src="$2"; work="$3"; test="$4"
chrome=$(command -v chromium || true)
if [ -z "$chrome" ]; then echo "SKIP: chromium is not installed (bash .ci/install-deps installs it)"; exit 77; fi
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then echo "SKIP: node or npm is not installed"; exit 77; fi

mkdir -p "$work"
if ! cmp -s "$src/tests/browser/package-lock.json" "$work/package-lock.json" || [ ! -d "$work/node_modules/puppeteer-core" ]; then
  cp "$src/tests/browser/package.json" "$src/tests/browser/package-lock.json" "$work/"
  # PUPPETEER_SKIP_DOWNLOAD: puppeteer-core downloads no browser anyway; Debian's Chromium is used.
  (cd "$work" && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error) || { echo "FAIL: npm ci"; exit 1; }
fi

log="$work/serve-$test.log"
: >"$log"
"$bin" serve --listen 127.0.0.1:0 2>"$log" &
pid=$!
trap 'kill -TERM $pid 2>/dev/null; wait $pid 2>/dev/null' EXIT
port=$(serve_port "$log")
[ -n "$port" ] || { echo "FAIL: serve did not start"; cat "$log"; exit 1; }

NODE_PATH="$work/node_modules" node "$src/tests/browser/serve_browser_test.js" "$test" "http://127.0.0.1:$port" "$chrome" \
  "$work" "$src/examples/households/couple-two-children-groningen.json"
