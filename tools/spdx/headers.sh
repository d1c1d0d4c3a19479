#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The SPDX licence line at the top of every source file in lib/, include/, tools/, tests/, bench/
# and examples/: C++ files start with "// SPDX-License-Identifier: EUPL-1.2", scripts carry
# "# SPDX-License-Identifier: EUPL-1.2" right after their #! line, CMake files start with it.
# Usage: headers.sh [--check] [SOURCE_DIR]   (--check: list the files without it and exit 1)
set -euo pipefail
check=0
if [ "${1:-}" = "--check" ]; then check=1; shift; fi
cd "${1:-$(dirname "$0")/../..}"
line_id="SPDX-License-Identifier: EUPL-1.2"
missing=0
while IFS= read -r -d '' f; do
  grep -q "SPDX-License-Identifier:" "$f" && continue
  if [ "$check" = 1 ]; then echo "no SPDX line: $f"; missing=1; continue; fi
  case "$f" in
    *.cpp|*.hpp|*.h) sed -i "1i // $line_id" "$f" ;;
    *.sh|*.py)
      if head -1 "$f" | grep -q '^#!'; then sed -i "1a # $line_id" "$f"; else sed -i "1i # $line_id" "$f"; fi ;;
    *) sed -i "1i # $line_id" "$f" ;;  # CMakeLists.txt, *.cmake
  esac
done < <(find lib include tools tests bench examples -type f \
           \( -name '*.cpp' -o -name '*.hpp' -o -name '*.h' -o -name '*.sh' -o -name '*.py' \
              -o -name 'CMakeLists.txt' -o -name '*.cmake' \) -print0 | sort -z)
exit "$missing"
