#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# One version everywhere (issue 17): `basisbaan --version` prints the CMake project version (it is
# basisbaan::version(), compiled from it) and the fingerprint of the rules it would use, the same as
# `basisbaan rules fingerprint`; the CHANGELOG's newest release heading is not ahead of it, and
# while the version is not released its changes are under "## [Unreleased]".
# Usage: version.sh PATH/TO/basisbaan PROJECT_VERSION SOURCE_DIR
set -u
bin="$1"
version="$2"
src="$3"
fail=0
not_ok() { echo "FAIL $1"; fail=1; }

out="$("$bin" --version)" || not_ok "--version exits 0"
[ "$(sed -n 1p <<<"$out")" = "basisbaan $version" ] || not_ok "--version line 1 is 'basisbaan $version': $out"
fingerprint="$("$bin" rules fingerprint)"
grep -qE "^rules .+ fingerprint sha256:[0-9a-f]{64}$" <<<"$(sed -n 2p <<<"$out")" \
  || not_ok "--version line 2 names the rules and their fingerprint: $out"
[ "$(sed -n 2p <<<"$out" | sed 's/.* fingerprint //')" = "$fingerprint" ] \
  || not_ok "--version shows the fingerprint of 'rules fingerprint' ($fingerprint): $out"
# Without readable rules the version is still answered.
missing="$(BASISBAAN_RULES=/nonexistent-basisbaan-rules "$bin" --version)" || not_ok "--version without rules exits 0"
grep -q "^basisbaan $version$" <<<"$missing" && grep -q "^rules /nonexistent-basisbaan-rules cannot be read: " <<<"$missing" \
  || not_ok "--version without rules says they cannot be read: $missing"

# The CHANGELOG: release headings "## [X.Y.Z] - DATE", newest first.
newest="$(grep -oE '^## \[[0-9]+\.[0-9]+\.[0-9]+\]' "$src/CHANGELOG.md" | head -1 | tr -d '#[] ')"
if [ -n "$newest" ] && [ "$newest" != "$version" ]; then
  [ "$(printf '%s\n%s\n' "$newest" "$version" | sort -V | tail -1)" = "$version" ] \
    || not_ok "CHANGELOG's newest release $newest is ahead of the project version $version"
fi
if [ "$newest" != "$version" ]; then
  grep -q '^## \[Unreleased\]' "$src/CHANGELOG.md" || not_ok "version $version is not released: CHANGELOG needs '## [Unreleased]'"
fi
[ "$fail" = 0 ] && echo "version $version: --version, rules fingerprint, CHANGELOG: ok"
exit "$fail"
