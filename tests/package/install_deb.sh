#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The Debian packages as an IT department installs them: `cpack -G DEB` builds basisbaan and
# basisbaan-dev, `apt-get install ./basisbaan_*.deb ./basisbaan-dev_*.deb` installs them with
# their dependencies, and the installed /usr/bin/basisbaan works on the installed examples (init
# --example, payroll run, replay identical, compare); the manual page, completion and pkg-config
# file are where man, bash and pkg-config look. The packages are removed again at the end.
# It changes the machine, so it runs only as root with CI=true; otherwise it exits 77, which
# CTest reports as skipped. Usage: install_deb.sh BUILD_DIR PROJECT_VERSION
set -eu
source "$(dirname "$0")/../serve_port.sh"
build="$1"
version="$2"
if [ "$(id -u)" != 0 ] || [ "${CI:-}" != true ]; then
  echo "skipped: installs packages on this machine; runs as root with CI=true (.ci/run)"
  exit 77
fi
command -v dpkg-shlibdeps >/dev/null || { echo "FAIL: dpkg-shlibdeps (dpkg-dev) is needed for the package's Depends" >&2; exit 1; }
if dpkg-query -W -f='${Status}' basisbaan 2>/dev/null | grep -q "install ok installed"; then
  echo "FAIL: basisbaan is already installed on this machine; remove it first (apt-get remove basisbaan)" >&2
  exit 1
fi
tmp=$(mktemp -d)
chmod 755 "$tmp"  # apt's sandbox user reads the .deb files
export DEBIAN_FRONTEND=noninteractive
cleanup() {
  apt-get remove -y -qq basisbaan-dev basisbaan >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT

cmake --build "$build" --target basisbaan_manpage >/dev/null
(cd "$tmp" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$tmp" >/dev/null)
deb="$(ls "$tmp"/basisbaan_"$version"_*.deb)"
dev="$(ls "$tmp"/basisbaan-dev_"$version"_*.deb)"
for d in "$deb" "$dev"; do
  echo "== $(basename "$d")"
  dpkg-deb -f "$d" Package Version Section Depends Maintainer Homepage
done
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || { echo "FAIL: package version is not $version" >&2; exit 1; }
# Depends derived by dpkg-shlibdeps: the C and C++ runtimes and the shared libraries the program links.
depends="$(dpkg-deb -f "$deb" Depends)"
for lib in libc6 libstdc++6 libssl3 libsqlite3-0 libpugixml1v5; do
  grep -q "\b$lib\b" <<<"$depends" || { echo "FAIL: Depends lacks $lib: $depends" >&2; exit 1; }
done
contents="$(dpkg-deb -c "$deb")"
for f in ./usr/bin/basisbaan ./usr/libexec/basisbaan/basisbaan-serve ./usr/share/man/man1/basisbaan.1 ./usr/share/bash-completion/completions/basisbaan \
         ./usr/share/doc/basisbaan/copyright ./usr/share/basisbaan/rules/ ./usr/share/basisbaan/examples/households/; do
  grep -qF " $f" <<<"$contents" || { echo "FAIL: the package lacks $f" >&2; exit 1; }
done

apt-get install -y -qq "$deb" "$dev" >/dev/null
[ "$(command -v basisbaan)" = /usr/bin/basisbaan ] || { echo "FAIL: basisbaan is not /usr/bin/basisbaan" >&2; exit 1; }
cd "$tmp"
/usr/bin/basisbaan --version
/usr/bin/basisbaan --version | grep -qx "basisbaan $version"
/usr/bin/basisbaan init --db "$tmp/example.db" --example >/dev/null
/usr/bin/basisbaan payroll run --db "$tmp/example.db" --period 2026-03 >/dev/null
/usr/bin/basisbaan replay --db "$tmp/example.db" --period 2026-03 | grep -q identical
/usr/bin/basisbaan compare --household /usr/share/basisbaan/examples/households/couple-two-children-groningen.json >/dev/null
# `basisbaan serve` becomes /usr/libexec/basisbaan/basisbaan-serve (same process) and stops on SIGTERM with 0.
/usr/bin/basisbaan serve --listen 127.0.0.1:0 2>"$tmp/serve.log" &
serve_pid=$!
port=$(serve_port "$tmp/serve.log")
[ -n "$port" ] || { echo "FAIL: the installed basisbaan serve did not start" >&2; cat "$tmp/serve.log" >&2; kill "$serve_pid" 2>/dev/null; exit 1; }
[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/")" = 200 ] || { echo "FAIL: installed serve GET /" >&2; kill "$serve_pid"; exit 1; }
kill -TERM "$serve_pid"
wait "$serve_pid" || { echo "FAIL: installed serve did not exit 0 on SIGTERM" >&2; exit 1; }
echo "installed command: example employer, payroll run 2026-03, replay identical, compare, serve: ok"
# The manual page, the completion and pkg-config find what the packages installed (the page may
# be left out by a dpkg path-exclude of minimal images; then the package listing above counts).
if [ -f /usr/share/man/man1/basisbaan.1 ] && command -v man >/dev/null; then
  MANWIDTH=80 man -P cat basisbaan 2>/dev/null | grep -q "payroll run" || { echo "FAIL: man basisbaan" >&2; exit 1; }
fi
bash -c 'source /usr/share/bash-completion/completions/basisbaan && complete -p basisbaan' >/dev/null
cat >"$tmp/main.cpp" <<'CPP'
#include <iostream>
#include "basisbaan/version.hpp"
int main() { std::cout << basisbaan::version() << '\n'; }
CPP
# shellcheck disable=SC2046  # the flags are words
c++ -std=c++20 "$tmp/main.cpp" -o "$tmp/linked" $(pkg-config --cflags --libs basisbaan)
[ "$("$tmp/linked")" = "$version" ] || { echo "FAIL: a program linked by pkg-config prints the version" >&2; exit 1; }
echo "man page, completion, pkg-config of the installed packages: ok"
