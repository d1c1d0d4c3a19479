#!/bin/sh
# SPDX-License-Identifier: EUPL-1.2
# Runs the JavaScript peer (yurtman/ib-broncode) on the households of toeslagen_bench; see README.md.
#   bench/peer/run.sh PEER_CHECKOUT HOUSEHOLDS.json [BASISBAAN_RESULTS.json]
# PEER_CHECKOUT is a directory with the peer's src/ (its modules are bundled from there, never
# copied into this project). esbuild comes from npm (ESBUILD=path/to/esbuild to use another).
set -eu
[ $# -ge 2 ] || { echo "usage: $0 PEER_CHECKOUT HOUSEHOLDS.json [BASISBAAN_RESULTS.json]" >&2; exit 2; }
peer=$(cd "$1" && pwd)
[ -f "$peer/src/js/belasting/zorgtoeslag.ts" ] || { echo "$peer: no src/js/belasting/zorgtoeslag.ts" >&2; exit 1; }
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$here/harness.mjs" "$work/"
ln -s "$peer" "$work/peer"
if [ -n "${ESBUILD:-}" ]; then
  "$ESBUILD" "$work/harness.mjs" --bundle --platform=node --format=esm --outfile="$work/bundle.mjs" --log-level=warning
else
  (cd "$work" && npm exec --yes --package=esbuild@0.24.2 -- esbuild harness.mjs --bundle --platform=node --format=esm \
     --outfile=bundle.mjs --log-level=warning)
fi
shift
node "$work/bundle.mjs" "$@"
