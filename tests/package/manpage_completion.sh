#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The generated manual page and bash completion (tools/manpages/generate.sh) against the program:
# the page renders without warnings and has a section for every command --help lists, with every
# option of it; the completion completes commands, options, periods and choices.
# Usage: manpage_completion.sh PATH/TO/basisbaan GENERATED_DIR
set -u
bin="$1"
dir="$2"
page="$dir/basisbaan.1"
completion="$dir/basisbaan.bash"
fail=0
not_ok() { echo "FAIL $1"; fail=1; }

# The page renders (groff warnings are errors here).
warnings="$(groff -man -ww -z -k "$page" 2>&1)"
[ -z "$warnings" ] || not_ok "the manual page renders without warnings: $warnings"
text="$(groff -man -Tutf8 -k -P-c -P-b -P-u -P-o "$page" 2>/dev/null)"
# Every command and subcommand, walked from --help here independently of the generator.
commands() {  # commands PATH...: the subcommands --help lists
  "$bin" "$@" --help | awk '/^Subcommands:$/ { s = 1; next } /^$/ { s = 0 } s && /^  [^ ]/ { print $1 }'
}
flat="$(sed 's/  */ /g' <<<"$text")"
checked=0
walk() {
  local sub
  for sub in $(commands "$@"); do
    local name="basisbaan${*:+ $*} $sub"
    grep -qF "$name" <<<"$flat" || not_ok "the manual has '$name'"
    checked=$((checked + 1))
    walk "$@" "$sub"
  done
}
walk
[ "$checked" -gt 10 ] || not_ok "found the commands ($checked)"
for option in $("$bin" payroll run --help | grep -oE '^  --[a-z-]+'); do
  grep -qF -- "$option" <<<"$text" || not_ok "the manual has payroll run's $option"
done

# The completion: sourced in bash, asked as bash asks it.
bash -n "$completion" || not_ok "the completion is valid bash"
complete_words() {  # complete_words WORD...: what <TAB> offers after the words (the last may be partial)
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _basisbaan; printf "%s\n" "${COMPREPLY[@]}"' \
    _ "$completion" basisbaan "$@" 2>/dev/null | sort | tr '\n' ' ' | sed 's/ $//'
}
[ "$(complete_words pay)" = "payroll payslip" ] || not_ok "basisbaan pay<TAB>: $(complete_words pay)"
[ "$(complete_words payroll r)" = "run" ] || not_ok "basisbaan payroll r<TAB>: $(complete_words payroll r)"
[ "$(complete_words payroll run --pe)" = "--period" ] || not_ok "payroll run --pe<TAB>: $(complete_words payroll run --pe)"
[ "$(complete_words payroll run --prov)" = "--provisional" ] || not_ok "the program's options after a command"
periods="$(complete_words payroll run --db x.db --period '')"
[ "$(wc -w <<<"$periods")" = 12 ] && grep -qw "$(date +%Y-%m)" <<<"$periods" \
  || not_ok "payroll run --period <TAB>: the last 12 months, this one included: $periods"
[ "$(complete_words compare --format '')" = "csv html json svg table" ] || not_ok "compare --format <TAB>: $(complete_words compare --format '')"
[ "$(complete_words --rules /nonexistent-dir payroll cl)" = "close" ] || not_ok "an option's value is skipped"
[ "$fail" = 0 ] && echo "manual page ($checked commands) and completion: ok"
exit "$fail"
