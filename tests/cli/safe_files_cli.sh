#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Safe files (issue 19): the database is 0600 whatever the umask, an existing database readable
# by others is warned about (and fixed with --fix-permissions), a payslip directory export is all
# new or untouched, and messages show a BSN by its last three digits only.
# Usage: safe_files_cli.sh PATH/TO/basisbaan SOURCE_DIR
source "$(dirname "$0")/common.sh"

db="$tmp/a.db"
( umask 0; "$bin" init --db "$db" --example >/dev/null )
[ "$(stat -c %a "$db")" = 600 ] && ok || not_ok "created 0600 with umask 0 (got $(stat -c %a "$db"))"
chmod 0644 "$db"
check "an existing database readable by others is warned about" 0 "warning: .*a\.db is readable by other users.*--fix-permissions" -- \
  "$bin" init --db "$db"
[ "$(stat -c %a "$db")" = 644 ] && ok || not_ok "without --fix-permissions the mode is kept"
check "--fix-permissions makes it 0600" 0 "permissions are now 0600" -- "$bin" init --db "$db" --fix-permissions
[ "$(stat -c %a "$db")" = 600 ] && ok || not_ok "fixed to 0600 (got $(stat -c %a "$db"))"
check "a 0600 database gets no warning" 0 "" -- "$bin" init --db "$db"
grep -q warning "$tmp/err" && not_ok "no warning for a 0600 database" || ok

"$bin" payroll run --db "$db" --period 2026-01 >/dev/null
"$bin" payroll close --db "$db" --period 2026-01 >/dev/null
out="$tmp/slips"
check "export payslips" 0 "wrote 10 payslips" -- "$bin" export payslips --db "$db" --period 2026-01 --out "$out"
[ "$(stat -c %a "$out/loonstrook-2026-01-E001.html")" = 600 ] && ok || not_ok "payslips are 0600"
check "export payslips again replaces the export" 0 "wrote 10 payslips" -- "$bin" export payslips --db "$db" --period 2026-01 --out "$out"
echo mine > "$out/notes.txt"
check "a directory with other files is left alone" 1 "it holds notes\.txt, which is not a file of an earlier export" -- \
  "$bin" export payslips --db "$db" --period 2026-01 --out "$out"
[ "$(ls "$out" | wc -l)" = 11 ] && ok || not_ok "the directory is untouched"
[ "$(ls -a "$tmp" | grep -c '\.slips\.')" = 0 ] && ok || not_ok "no temporary directory is left"

hire=(employee hire --db "$db" --id N1 --name "N. Nieuw" --birth-date 1990-01-01 --bsn 999990007 --iban NL91ABNA0417164300
      --start 2026-02-01 --end 2026-12-31 --hours 20)
"$bin" "${hire[@]}" >"$tmp/hire.out" 2>&1
grep -q "belongs to another employee" "$tmp/hire.out" && ! grep -q "999990007" "$tmp/hire.out" && ok || not_ok "a message printed a whole BSN: $(cat "$tmp/hire.out")"

finish
