#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# A full disk during a payroll run and during an export (issue 19): the database is the whole run
# or none of it, an export directory is all new or untouched, and the message says what happened.
# The disk is made full for real, without root: the file size limit (ulimit -f), which the kernel
# enforces on every write of the process (write() then fails with EFBIG once SIGXFSZ is
# ignored, or SIGXFSZ kills the process), at sizes from 4 KB to 1 MB so that the write fails at a
# different point of the run each time (the write-ahead log, the commit, the checkpoint).
# The other fault tests: SIGKILL mid-run and two runs at once in store_cli.sh, `audit verify`
# during a run in audit_attacks_cli.sh.
# Usage: full_disk_cli.sh PATH/TO/basisbaan SOURCE_DIR
source "$(dirname "$0")/common.sh"

command -v sqlite3 >/dev/null || { echo "full_disk_cli.sh: the sqlite3 tool is needed"; exit 1; }
q() { sqlite3 "$1" "$2"; }
dump() { sqlite3 "$1" .dump | md5sum; }  # the whole content, whatever the pages look like

base="$tmp/base.db"
"$bin" init --db "$base" --example >/dev/null
"$bin" payroll run --db "$base" --period 2026-01 >/dev/null
before=$(dump "$base")
runs_before=$(q "$base" "SELECT count(*) FROM payroll_runs")

# limited KB SIGNAL COMMAND...: runs COMMAND with a file size limit of KB kilobytes; SIGNAL
# "ignore" makes the write fail with EFBIG, "default" lets SIGXFSZ kill the process.
limited() {
  local kb="$1" sig="$2"
  shift 2
  (
    [ "$sig" = ignore ] && trap '' XFSZ
    ulimit -f "$kb"
    exec "$@"
  )
}

failed=0
stored=0
for sig in ignore default; do
  for kb in 4 16 64 256 1024; do
    db="$tmp/full-$sig-$kb.db"
    cp "$base" "$db"
    limited "$kb" "$sig" "$bin" payroll run --db "$db" --period 2026-02 >"$tmp/out" 2>"$tmp/err"
    rc=$?
    after=$(q "$db" "SELECT count(*) FROM payroll_runs")
    if [ "$rc" = 0 ]; then
      # The limit was not reached: the whole run is stored.
      stored=$((stored + 1))
      [ "$after" = $((runs_before + 1)) ] && ok || not_ok "$sig $kb KB: run stored whole"
    elif [ "$rc" = 1 ]; then
      # Refused: nothing of the run is in the database, and the message says why.
      failed=$((failed + 1))
      [ "$(dump "$db")" = "$before" ] && ok || not_ok "$sig $kb KB: the database is unchanged after the failed run"
      grep -qE "could not write to the disk: it is full" "$tmp/err" && ok || not_ok "$sig $kb KB: the message names the disk: $(cat "$tmp/err")"
      grep -q "internal error" "$tmp/err" && not_ok "$sig $kb KB: no internal error" || ok
    else
      # Killed by SIGXFSZ: like SIGKILL, the run is whole (the limit struck after the commit, in the
      # checkpoint) or absent.
      failed=$((failed + 1))
      [ "$rc" = $((128 + 25)) ] && ok || not_ok "$sig $kb KB: killed by SIGXFSZ (exit $rc)"
      if [ "$after" = "$runs_before" ]; then
        [ "$(dump "$db")" = "$before" ] && ok || not_ok "$sig $kb KB: the database is unchanged after the killed run"
      else
        [ "$after" = $((runs_before + 1)) ] && ok || not_ok "$sig $kb KB: the killed run is whole"
        [ "$(q "$db" "SELECT count(*) FROM payslips")" = 21 ] && ok || not_ok "$sig $kb KB: all payslips of the killed run"
      fi
    fi
    check "$sig $kb KB: audit verify afterwards" 0 "^ok: the chain is intact" -- "$bin" audit verify --db "$db"
    check "$sig $kb KB: the run then completes" 0 "total +11 employees" -- "$bin" payroll run --db "$db" --period 2026-02
  done
done
# Both outcomes were seen: the small limits stopped the run, the large ones did not.
[ "$failed" -ge 4 ] && ok || not_ok "the small file size limits made the run fail ($failed of 10 failed)"

# --- An export to a directory on a full disk leaves the old export untouched -----------------
db="$tmp/export.db"
cp "$base" "$db"
"$bin" payroll close --db "$db" --period 2026-01 >/dev/null
out="$tmp/payslips"
check "export payslips" 0 "wrote 10 payslips" -- "$bin" export payslips --db "$db" --period 2026-01 --out "$out"
sums=$(cd "$out" && md5sum ./* | sort)
limited 2 ignore "$bin" export payslips --db "$db" --period 2026-01 --out "$out" >"$tmp/out" 2>"$tmp/err"
rc=$?
[ "$rc" = 1 ] && ok || not_ok "export payslips on a full disk: exit 1 (got $rc: $(cat "$tmp/err"))"
[ "$(cd "$out" && md5sum ./* | sort)" = "$sums" ] && ok || not_ok "the earlier export is untouched"
[ -z "$(find "$tmp" -maxdepth 1 -name '.payslips*' -print -quit)" ] && ok || not_ok "no half-written directory is left behind"
grep -q "internal error" "$tmp/err" && not_ok "export on a full disk: no internal error" || ok

finish
