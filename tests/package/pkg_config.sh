#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# An install prefix has the pkg-config file beside the CMake package, and a program compiled and
# linked with what `pkg-config --cflags --libs basisbaan` says runs; the manual page, the
# completion and the licence are installed too. Usage: pkg_config.sh BUILD_DIR PROJECT_VERSION
set -eu
build="$1"
version="$2"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cmake --install "$build" --prefix "$tmp/prefix" >/dev/null
pc="$(find "$tmp/prefix" -name basisbaan.pc)"
[ -n "$pc" ] || { echo "FAIL: no basisbaan.pc installed" >&2; exit 1; }
[ -f "$(dirname "$pc")/../cmake/basisbaan/basisbaanConfig.cmake" ] || { echo "FAIL: $pc is not beside the CMake package" >&2; exit 1; }
PKG_CONFIG_PATH="$(dirname "$pc")"
export PKG_CONFIG_PATH
flags="$(pkg-config --cflags --libs basisbaan)"
echo "pkg-config --cflags --libs basisbaan: $flags"
[ "$(pkg-config --modversion basisbaan)" = "$version" ] || { echo "FAIL: pkg-config version" >&2; exit 1; }
grep -q -- "-I$tmp/prefix/include" <<<"$flags" || { echo "FAIL: the include directory of the prefix" >&2; exit 1; }
cat >"$tmp/main.cpp" <<'CPP'
#include <iostream>
#include "basisbaan/rules/rule_book.hpp"
#include "basisbaan/version.hpp"
int main(int, char** argv) {
  std::cout << basisbaan::version() << ' ' << basisbaan::RuleBook::load_directory(argv[1]).fingerprint() << '\n';
}
CPP
# shellcheck disable=SC2086  # the flags are words
c++ -std=c++20 "$tmp/main.cpp" -o "$tmp/linked" $flags
expected="$version $("$tmp/prefix/bin/basisbaan" rules fingerprint)"
[ "$("$tmp/linked" "$tmp/prefix/share/basisbaan/rules")" = "$expected" ] \
  || { echo "FAIL: the linked program prints the version and the installed rules' fingerprint ($expected)" >&2; exit 1; }
for f in share/man/man1/basisbaan.1 share/bash-completion/completions/basisbaan share/doc/basisbaan/copyright; do
  [ -s "$tmp/prefix/$f" ] || { echo "FAIL: $f is not installed" >&2; exit 1; }
done
echo "pkg-config, linked program, manual page, completion, licence in the prefix: ok"
