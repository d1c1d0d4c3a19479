#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# basisbaan serve (issue 16): starts the server on a free loopback port, checks the form page and
# its security headers, that POST /api/compare answers byte for byte what `compare --json` prints,
# that bad input gives 400 naming the field, that the log holds no personal data, and that
# SIGTERM stops it with exit code 0.
source "$(dirname "$0")/common.sh"
source "$(dirname "$0")/../serve_port.sh"
household="$src/examples/households/couple-two-children-groningen.json"

: >"$tmp/log"
"$bin" serve --listen 127.0.0.1:0 2>"$tmp/log" &
pid=$!
port=$(serve_port "$tmp/log")
if [ -z "$port" ]; then
  not_ok "serve did not start"; cat "$tmp/log"; kill "$pid" 2>/dev/null; finish; exit
fi
url="http://127.0.0.1:$port"

status=$(curl -s -o "$tmp/form.html" -D "$tmp/headers" -w '%{http_code}' "$url/")
[ "$status" = 200 ] && ok || not_ok "GET / status $status"
grep -q 'name="job.hours_per_week"' "$tmp/form.html" && ok || not_ok "GET / has no hours field"
grep -q '<legend>Wie wonen er?</legend>' "$tmp/form.html" && ok || not_ok "GET / has no household group"
grep -qi "^content-security-policy: default-src 'self'; script-src 'none'" "$tmp/headers" && ok || not_ok "no CSP header"
grep -qi '^x-content-type-options: nosniff' "$tmp/headers" && ok || not_ok "no X-Content-Type-Options"
grep -qi '^referrer-policy: no-referrer' "$tmp/headers" && ok || not_ok "no Referrer-Policy"
grep -qi '^x-frame-options: DENY' "$tmp/headers" && ok || not_ok "no X-Frame-Options"
status=$(curl -s -o /dev/null -w '%{http_code}' "$url/static/basisbaan.css")
[ "$status" = 200 ] && ok || not_ok "GET /static/basisbaan.css status $status"

# The API answers what the command line prints, byte for byte.
"$bin" compare --json --household "$household" >"$tmp/cli.json"
curl -s -X POST --data @"$household" "$url/api/compare" >"$tmp/api.json"
cmp -s "$tmp/cli.json" "$tmp/api.json" && ok || { not_ok "api/compare differs from compare --json"; diff "$tmp/cli.json" "$tmp/api.json" | head; }

# Bad input: 400 with the field.
sed 's/"hours_per_week": 36/"hours_per_week": "many"/' "$household" >"$tmp/bad.json"
status=$(curl -s -o "$tmp/bad.out" -w '%{http_code}' -X POST --data @"$tmp/bad.json" "$url/api/compare")
[ "$status" = 400 ] && ok || not_ok "bad input status $status"
grep -q '"field": "job.hours_per_week"' "$tmp/bad.out" && ok || { not_ok "bad input does not name the field"; cat "$tmp/bad.out"; }
status=$(curl -s -o /dev/null -w '%{http_code}' -X POST --data 'not json' "$url/api/compare")
[ "$status" = 400 ] && ok || not_ok "malformed JSON status $status"

# The form posted as a browser does: the result page; a bad field: 422 with its message.
status=$(curl -s -o "$tmp/result.html" -w '%{http_code}' "$url/vergelijking" --data-urlencode date=2026-01-01 \
  --data-urlencode municipality=groningen --data-urlencode person.name=Zwijsen --data-urlencode person.birth_date=1986-02-20 \
  --data-urlencode partner=nee --data-urlencode housing.rent=650,00 --data-urlencode current.situation=bijstand \
  --data-urlencode job.hours_per_week=32)
[ "$status" = 200 ] && grep -q 'Netto huishoudinkomen' "$tmp/result.html" && ok || not_ok "form post status $status"
status=$(curl -s -o "$tmp/bad.html" -w '%{http_code}' "$url/vergelijking" --data-urlencode date=2026-01-01 \
  --data-urlencode municipality=groningen --data-urlencode person.birth_date=20-02-1986 --data-urlencode partner=nee \
  --data-urlencode current.situation=bijstand --data-urlencode job.hours_per_week=32)
[ "$status" = 422 ] && grep -q 'id="m-person.birth_date"' "$tmp/bad.html" && ok || not_ok "bad form post status $status"

# A request over the size limit (64 KiB) is refused.
head -c 70000 /dev/zero | tr '\0' ' ' >"$tmp/big.json"
status=$(curl -s -o /dev/null -w '%{http_code}' -X POST --data-binary @"$tmp/big.json" "$url/api/compare")
[ "$status" = 413 ] && ok || not_ok "oversized request status $status"

# The log: method, path, status and duration; never a name or a birth date.
grep -q 'POST /api/compare 200' "$tmp/log" && ok || not_ok "log lacks the request line"
if grep -qE 'Zwijsen|de Boer|1986|1988' "$tmp/log"; then not_ok "personal data in the log"; cat "$tmp/log"; else ok; fi

kill -TERM "$pid"
wait "$pid"
code=$?
[ "$code" = 0 ] && ok || not_ok "exit code $code after SIGTERM"
grep -q 'basisbaan serve: stopped' "$tmp/log" && ok || not_ok "no clean stop in the log"
finish
