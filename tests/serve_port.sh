# SPDX-License-Identifier: EUPL-1.2
# Sourced by the tests that start `basisbaan serve --listen 127.0.0.1:0`: serve_port LOG waits up
# to 10 s for the server's "listening on http://127.0.0.1:PORT/" line in LOG and prints PORT
# (nothing when it did not start).
serve_port() {
  local port=""
  for _ in $(seq 1 100); do
    port=$(sed -n 's|.*listening on http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$1")
    [ -n "$port" ] && break
    sleep 0.1
  done
  printf '%s' "$port"
}
