#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Two classes with the same name in the same namespace, defined in different files, break the
# one-definition rule: the linker silently keeps one instantiation of e.g. std::vector<T> and
# the other file reads the wrong layout (this happened once: two basisbaan::LineDifference).
# The linker does not catch it, so this check does: every class or struct defined at namespace
# scope (not in an unnamed namespace) in include/, lib/ and tools/ must have a unique name.
# Usage: unique_type_names.sh PROJECT_DIR
set -euo pipefail
root=${1:?usage: unique_type_names.sh PROJECT_DIR}
cd "$root"
found=$(find include lib tools -name '*.hpp' -o -name '*.cpp' | sort | xargs awk '
  FNR == 1 { anon = 0 }
  /^namespace \{/ { anon = 1 }
  anon && /^\}  \/\/ namespace$/ { anon = 0; next }
  !anon && match($0, /^(struct|class|enum class|enum) [A-Za-z_][A-Za-z0-9_]*( final)?( :[^;]*)? \{/) {
    n = split(substr($0, 1, RLENGTH), w, " ")
    name = (w[1] == "enum" && w[2] == "class") ? w[3] : w[2]
    print name "\t" FILENAME ":" FNR
  }')
dups=$(printf '%s\n' "$found" | cut -f1 | sort | uniq -d)
if [[ -n "$dups" ]]; then
  echo "classes defined more than once at namespace scope (one-definition rule):" >&2
  for d in $dups; do printf '%s\n' "$found" | awk -F'\t' -v d="$d" '$1 == d { print "  " $1 "  " $2 }' >&2; done
  exit 1
fi
echo "unique_type_names: $(printf '%s\n' "$found" | wc -l) namespace-scope classes, all names unique"
