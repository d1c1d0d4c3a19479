// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Private to the store: the canonical text forms it stores and hashes. Canonical JSON is
// nlohmann::json (keys sorted) dumped without spaces; amounts are decimal strings, never floats.

#include <nlohmann/json.hpp>

#include <SQLiteCpp/SQLiteCpp.h>

#include <string>
#include <string_view>

#include "basisbaan/core/error.hpp"
#include "basisbaan/payroll/gross_to_net.hpp"
#include "basisbaan/store/database.hpp"

namespace basisbaan::store_detail {

using CJson = nlohmann::json;  // sorted keys: canonical

inline std::string canonical(const CJson& j) { return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::strict); }

CJson employer_json(const Employer& e);
Employer employer_from_json(const CJson& j);
CJson employee_json(const Employee& e);
/// The canonical text of an employee snapshot: exactly canonical(employee_json(e)), written
/// directly without the JSON tree (employee_text.cpp); into `out` (reused).
void employee_text(std::string& out, const Employee& e);
std::string employee_text(const Employee& e);
/// Appends `s` as a JSON string exactly as canonical() writes it (nlohmann's escapes; invalid
/// UTF-8 is refused as canonical() refuses it).
void json_string(std::string& out, std::string_view s);
/// exactly canonical(CJson(items)): a JSON array of strings.
std::string string_array_text(const std::vector<std::string>& items);
Employee employee_from_json(const CJson& j);
CJson state_json(const PayrollState& s);
PayrollState state_from_json(const CJson& j);
/// The canonical text of a state: exactly canonical(state_json(s)), written directly (fast).
std::string state_text(const PayrollState& s);
/// The same text, into `out` (reused: no allocation once it is large enough).
void state_text(std::string& out, const PayrollState& s);
/// Reads state_text (or any canonical(state_json(…))); throws StoreError when a field is missing.
PayrollState state_from_text(std::string_view text);
CJson ytd_json(const YearToDate& y);
YearToDate ytd_from_json(const CJson& j);

LineKind line_kind_from(std::string_view text);
std::string holiday_text(HolidayAllowancePayment h);

/// Parses canonical JSON stored by the store; a broken document is a StoreError naming `what`.
CJson parse_stored(const std::string& text, std::string_view what);

/// A StoreError for a SQLite failure, with a plain explanation of the common causes, the file as
/// its document and the SQLite code translated: BUSY/LOCKED StoreLocked, READONLY StoreReadOnly,
/// FULL StoreFull, CORRUPT/NOTADB StoreCorrupt, anything else StoreFailed.
StoreError store_error(const std::string& file, const std::string& doing, const SQLite::Exception& e,
                       bool rolled_back = false);

/// One row of a SELECT as canonical JSON (column name -> value; NULL, integer or text).
CJson row_json(const SQLite::Statement& q, const std::vector<std::string>& skip = {});

/// The stored run kind and period helpers.
RunKind run_kind_from(std::string_view text);

}  // namespace basisbaan::store_detail
