// SPDX-License-Identifier: EUPL-1.2
#include "replay_explain.hpp"

#include <map>

#include <nlohmann/json.hpp>

#include "internal.hpp"
#include "payslip_integrity.hpp"

namespace basisbaan::store_detail {
namespace {

/// The leaves of a JSON object by their dotted path ("year_to_date.net"), as JSON text.
void flatten(const nlohmann::json& j, const std::string& path, std::map<std::string, std::string>& out) {
  if (j.is_object()) {
    for (const auto& [key, value] : j.items()) flatten(value, path.empty() ? key : path + "." + key, out);
    return;
  }
  out[path] = j.is_string() ? j.get<std::string>() : j.dump();
}

/// Whether the payslip no longer matches its stored hash (its row, texts and lines as stored now).
bool payslip_hash_differs(const Database& db, std::int64_t run_id, const std::string& employee_id) {
  SQLite::Statement ps(db.sql(), std::string(kPayslipSelect) + " WHERE p.run_id = ? AND p.employee_id = ?");
  ps.bind(1, run_id);
  ps.bind(2, employee_id);
  if (!ps.executeStep()) return false;
  const PayslipRow row = read_payslip_row(ps);
  LineReader reader(db);
  std::vector<LineRow> lines;
  for (const auto& l : reader.read(ps, run_id, employee_id)) lines.push_back(l.row);
  return payslip_hash(row, lines) != ps.getColumn(kHashColumn).getString();
}

}  // namespace

void state_differences(const std::string& who, std::string_view stored, std::string_view recomputed, std::vector<std::string>& out) {
  const auto a = nlohmann::json::parse(stored, nullptr, false);
  const auto b = nlohmann::json::parse(recomputed, nullptr, false);
  const std::string what = who + ": year-to-date cumulatives or reserve after the period differ";
  if (!a.is_object() || !b.is_object()) {
    out.push_back(what + ": stored " + std::string(stored) + ", recomputed " + std::string(recomputed));
    return;
  }
  std::map<std::string, std::string> x, y;
  flatten(a, "", x);
  flatten(b, "", y);
  for (auto& [path, value] : y) x.try_emplace(path, "(none)");
  for (const auto& [path, value] : x) {
    const auto other = y.find(path);
    const std::string again = other == y.end() ? "(none)" : other->second;
    if (value != again) out.push_back(what + ", " + path + ": stored " + value + ", recomputed " + again);
  }
}

namespace {

constexpr std::string_view kRecomputed = ", recomputed ";

/// `differences` from `first` on with `instead` for the first ", recomputed " of each.
void reword(std::vector<std::string>& differences, std::size_t first, const std::string& instead) {
  for (std::size_t i = first; i < differences.size(); ++i) {
    std::string& d = differences[i];
    if (const auto at = d.find(kRecomputed); at != std::string::npos) d.replace(at, kRecomputed.size(), instead);
  }
}

}  // namespace

void mark_recomputed_from_altered_input(std::vector<std::string>& differences, std::size_t first, const std::vector<std::string>& altered) {
  std::string ids;
  for (const auto& id : altered) ids += (ids.empty() ? "" : ", ") + id;
  reword(differences, first, ", recomputed from the altered input (" + ids + ") ");
}

bool explain_altered_input(const Database& db, std::int64_t run_id, const std::string& employee_id, const std::string& who,
                           std::vector<std::string>& differences, std::size_t first) {
  const PayslipTexts texts = check_payslip_texts(db, run_id, employee_id);
  std::string note;
  if (texts.input_altered()) {
    note = who + ": its stored " + texts.names() +
           " was altered after the run (audit verify names it): the figures below are recomputed from the altered input and do "
           "not show that the stored amounts are wrong";
  } else if (!texts.keyed && payslip_hash_differs(db, run_id, employee_id)) {
    note = who + ": the stored payslip no longer matches its hash (audit verify names it): its input snapshot, states or totals "
                 "were altered after the run, so the figures below may be recomputed from altered input";
  }
  if (note.empty()) return false;
  reword(differences, first, ", recomputed from the altered input ");
  differences.insert(differences.begin() + static_cast<std::ptrdiff_t>(first), note);
  return true;
}

}  // namespace basisbaan::store_detail
