#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# `basisbaan serve` from an install prefix: the program basisbaan becomes basisbaan-serve, found in
# PREFIX/libexec/basisbaan wherever the prefix is (tools/basisbaan/serve.hpp, docs/serve.md), with
# the installed rules; the process keeps its id (SIGTERM to it stops the server, exit 0). Without
# basisbaan-serve, `serve` fails with exit 1 naming it, and basisbaan itself links no cpp-httplib.
# Usage: serve_installed.sh BUILD_DIR
set -eu
source "$(dirname "$0")/../serve_port.sh"
build="$1"
tmp=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$tmp"' EXIT
unset BASISBAAN_RULES
cmake --install "$build" --prefix "$tmp/prefix" --component runtime >/dev/null
[ -x "$tmp/prefix/libexec/basisbaan/basisbaan-serve" ] || { echo "FAIL: libexec/basisbaan/basisbaan-serve is not installed" >&2; exit 1; }
if ldd "$tmp/prefix/bin/basisbaan" | grep -q httplib; then
  echo "FAIL: basisbaan links cpp-httplib; only basisbaan-serve should" >&2; exit 1
fi

cd "$tmp"
"$tmp/prefix/bin/basisbaan" serve --listen 127.0.0.1:0 2>"$tmp/log" &
pid=$!
port=$(serve_port "$tmp/log")
[ -n "$port" ] || { echo "FAIL: the installed basisbaan serve did not start:" >&2; cat "$tmp/log" >&2; exit 1; }
[ "$(readlink "/proc/$pid/exe")" = "$tmp/prefix/libexec/basisbaan/basisbaan-serve" ] \
  || { echo "FAIL: process $pid is $(readlink "/proc/$pid/exe"), not basisbaan-serve" >&2; exit 1; }
status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/")
[ "$status" = 200 ] || { echo "FAIL: GET / status $status" >&2; exit 1; }
household="$tmp/prefix/share/basisbaan/examples/households/couple-two-children-groningen.json"
"$tmp/prefix/bin/basisbaan" compare --json --household "$household" >"$tmp/cli.json"
curl -s -X POST --data @"$household" "http://127.0.0.1:$port/api/compare" >"$tmp/api.json"
cmp -s "$tmp/cli.json" "$tmp/api.json" || { echo "FAIL: api/compare differs from compare --json with the installed rules" >&2; exit 1; }
kill -TERM "$pid"
code=0
wait "$pid" || code=$?
pid=""
[ "$code" = 0 ] || { echo "FAIL: serve exited $code after SIGTERM" >&2; exit 1; }

# Without basisbaan-serve: exit 1 and a message naming it.
mkdir "$tmp/alone"
cp "$tmp/prefix/bin/basisbaan" "$tmp/alone/basisbaan"
code=0
"$tmp/alone/basisbaan" --rules "$tmp/prefix/share/basisbaan/rules" serve --listen 127.0.0.1:0 2>"$tmp/err" || code=$?
if [ "$code" != 1 ] || ! grep -q "basisbaan: error: cannot start the web server: the program basisbaan-serve" "$tmp/err"; then
  if [ -x /usr/local/libexec/basisbaan/basisbaan-serve ] || [ -x /usr/libexec/basisbaan/basisbaan-serve ]; then
    echo "(an installed basisbaan-serve was found instead; the missing-program check is skipped)"
  else
    echo "FAIL: serve without basisbaan-serve: exit $code" >&2; cat "$tmp/err" >&2; exit 1
  fi
fi
echo "installed serve: libexec program, installed rules, same process, SIGTERM exit 0, missing program exit 1: ok"
