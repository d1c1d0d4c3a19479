#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# basisbaan compare --format html (issue 14): the one-page summary prints on exactly one A4 page
# in real Chromium (print to PDF, counted with pdfinfo from poppler-utils). Exit 77 (CTest
# SKIP_RETURN_CODE): chromium is not installed.
source "$(dirname "$0")/common.sh" "$@"

chrome=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chrome" ]; then
  echo "SKIP: chromium is not installed (bash .ci/install-deps installs it)"
  exit 77
fi

pages() {  # pages PDF: the page count (pdfinfo; without it, the page objects in the file)
  if command -v pdfinfo >/dev/null; then
    pdfinfo "$1" | sed -n 's/^Pages: *//p'
  else
    grep -a -c '/Type */Page[^s]' "$1"
  fi
}
page_size() {  # A4 is 595.x x 841.x pts
  if command -v pdfinfo >/dev/null; then pdfinfo "$1" | sed -n 's/^Page size: *//p'; else echo "595 x 842 pts"; fi
}

ex="$src/examples/households"
for f in "$ex"/*.json; do
  name=$(basename "$f" .json)
  "$bin" compare --household "$f" --format html --out "$tmp/$name.html" || { not_ok "$name: html"; continue; }
  timeout 120 "$chrome" --headless --no-sandbox --disable-gpu --user-data-dir="$tmp/chrome-profile" \
    --no-pdf-header-footer --print-to-pdf="$tmp/$name.pdf" "file://$tmp/$name.html" >/dev/null 2>&1
  if [ ! -s "$tmp/$name.pdf" ]; then not_ok "$name: chromium printed no PDF"; continue; fi
  n=$(pages "$tmp/$name.pdf")
  if [ "$n" = 1 ]; then ok; else not_ok "$name: prints on $n pages, expected 1"; fi
  case "$(page_size "$tmp/$name.pdf")" in
    59[45]*x\ 84[12]*) ok ;;
    *) not_ok "$name: page size $(page_size "$tmp/$name.pdf"), expected A4" ;;
  esac
  if [ -n "${BASISBAAN_KEEP_RENDER:-}" ]; then cp "$tmp/$name.pdf" "${BASISBAAN_KEEP_RENDER%/}/"; fi

  # With the appendix (--first-year; the web result page has it too): the summary is still the
  # whole first page, and the appendix ("Bijlage") starts on the second.
  "$bin" compare --household "$f" --format html --first-year --out "$tmp/$name-bijlage.html" || { not_ok "$name: html --first-year"; continue; }
  timeout 120 "$chrome" --headless --no-sandbox --disable-gpu --user-data-dir="$tmp/chrome-profile" \
    --no-pdf-header-footer --print-to-pdf="$tmp/$name-bijlage.pdf" "file://$tmp/$name-bijlage.html" >/dev/null 2>&1
  if [ ! -s "$tmp/$name-bijlage.pdf" ]; then not_ok "$name: chromium printed no PDF of the appendix"; continue; fi
  n=$(pages "$tmp/$name-bijlage.pdf")
  if [ "$n" -ge 2 ] 2>/dev/null; then ok; else not_ok "$name: with the appendix $n pages, expected 2 or more"; fi
  if command -v pdftotext >/dev/null; then
    p1=$(pdftotext -f 1 -l 1 "$tmp/$name-bijlage.pdf" - 2>/dev/null)
    p2=$(pdftotext -f 2 -l 2 "$tmp/$name-bijlage.pdf" - 2>/dev/null)
    if grep -q "geen beschikking" <<<"$p1" && ! grep -q "Bijlage" <<<"$p1"; then ok; else not_ok "$name: page 1 is not the whole summary alone"; fi
    if grep -q "^Bijlage" <<<"$p2"; then ok; else not_ok "$name: page 2 does not start the appendix"; fi
  fi
  if [ -n "${BASISBAAN_KEEP_RENDER:-}" ]; then cp "$tmp/$name-bijlage.pdf" "${BASISBAAN_KEEP_RENDER%/}/"; fi
done

finish
