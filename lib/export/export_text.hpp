// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Private to lib/export: text helpers shared by the per-employee exports (loonstaat, jaaropgaaf).

#include <string>

namespace basisbaan::export_detail {

/// A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break.
inline std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

/// The print style of the per-employee pages: A4 (`landscape` for the wide ledger).
inline std::string page_style(bool landscape) {
  return std::string("\n  @page { size: A4") + (landscape ? " landscape" : "") +
         "; margin: 12mm; }\n"
         "  body { font-family: \"DejaVu Sans\", \"Liberation Sans\", Arial, sans-serif; font-size: 9.5pt; color: #000; margin: 0 auto; }\n"
         "  h1 { font-size: 15pt; margin: 0 0 2mm 0; }\n"
         "  h2 { font-size: 11pt; margin: 4mm 0 1.5mm 0; border-bottom: 1px solid #000; }\n"
         "  table { width: 100%; border-collapse: collapse; }\n"
         "  th, td { padding: 1mm 1.5mm; text-align: left; vertical-align: top; border-bottom: 1px solid #bbb; }\n"
         "  th { border-bottom: 1.5px solid #000; }\n"
         "  .n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }\n"
         "  tr.total td { border-top: 2px solid #000; font-weight: bold; }\n"
         "  .head { display: flex; justify-content: space-between; gap: 8mm; }\n"
         "  .head div { flex: 1; }\n"
         "  p.note { font-size: 8.5pt; }\n"
         "  @media print { tr { break-inside: avoid; } }\n";
}

}  // namespace basisbaan::export_detail
