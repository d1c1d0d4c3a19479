// SPDX-License-Identifier: EUPL-1.2
#include "audit_verify_parts.hpp"

#include <array>
#include <optional>
#include <vector>

#include "internal.hpp"
#include "payslip_integrity.hpp"

namespace basisbaan::store_detail {
namespace {

/// The totals a run's row keeps that are sums of its payslips, stored and summed now.
struct RunSums {
  struct Field {
    const char* name;
    std::int64_t stored = 0, summed = 0;
  };
  std::array<Field, 4> fields{{{"gross"}, {"wage tax"}, {"net"}, {"employer cost"}}};

  RunSums(const Database& db, std::int64_t run_id) {
    SQLite::Statement r(db.sql(), "SELECT gross_cents, wage_tax_cents, net_cents, employer_cost_cents FROM payroll_runs WHERE id = ?");
    r.bind(1, run_id);
    SQLite::Statement p(db.sql(),
                        "SELECT coalesce(sum(gross_cents), 0), coalesce(sum(wage_tax_cents), 0), coalesce(sum(net_cents), 0), "
                        "coalesce(sum(employer_cost_cents), 0) FROM payslips WHERE run_id = ?");
    p.bind(1, run_id);
    if (!r.executeStep() || !p.executeStep()) return;
    for (int i = 0; i < 4; ++i) {
      fields[static_cast<std::size_t>(i)].stored = r.getColumn(i).getInt64();
      fields[static_cast<std::size_t>(i)].summed = p.getColumn(i).getInt64();
    }
  }

  /// "the run's total net is 22531.55, its payslips now sum to 23531.55 (+1000.00)" for each total
  /// that differs, joined by "; "; "" when none does.
  std::string differing() const {
    std::string out;
    for (const auto& f : fields) {
      if (f.stored == f.summed) continue;
      const std::int64_t d = f.summed - f.stored;
      out += (out.empty() ? "" : "; ") + std::string("the run's total ") + f.name + " is " + Money::from_cents(f.stored).str() +
             ", its payslips now sum to " + Money::from_cents(f.summed).str() + " (" + (d > 0 ? "+" : "") + Money::from_cents(d).str() + ")";
    }
    return out;
  }
};

/// The problem of a payslip whose lines all match their checks but not its hash: which part
/// the stored hashes show was altered — a text that no longer matches its key, else the row's own
/// columns (its totals among them, which the run's totals may name).
AuditProblem altered_payslip(const Database& db, std::int64_t run_id, const std::string& where, const std::string& employee_id,
                             const RunSums& sums) {
  const PayslipTexts texts = check_payslip_texts(db, run_id, employee_id);
  if (!texts.altered.empty()) {
    return {where + " " + texts.altered.front().part, "altered",
            "the payslip no longer matches its hash: its " + texts.names() +
                (texts.altered.size() > 1 ? " no longer match the keys they were" : " no longer matches the key it was") +
                " stored under, so it was changed after the run" +
                (texts.input_altered() ? " (the input the payslip was computed from; the stored amounts were not changed by it)" : "")};
  }
  const std::string totals = sums.differing();
  if (!texts.keyed) {
    return {where, "altered",
            "the payslip (its totals, or the input snapshot and states its row holds, as written before schema 7) no longer matches "
            "its hash" + (totals.empty() ? std::string() : ": " + totals)};
  }
  return {where + (totals.empty() ? "" : " totals"), "altered",
          "its row (totals, pay date, opening note, line count or the texts it points to) no longer matches its hash; the texts it refers to (input snapshot, "
          "states, lines) still match the keys they were stored under" + (totals.empty() ? std::string() : ": " + totals)};
}

/// Rows of payslip_lines that belong to no payslip read from them: without a payslip, or of a
/// payslip whose lines are packed (schema 10).
void check_extra_lines(const Database& db, std::int64_t run_id, const std::string& name, AuditVerification& v) {
  SQLite::Statement extra(db.sql(),
                          "SELECT l.employee_id, l.seq FROM payslip_lines l WHERE l.run_id = ? AND NOT EXISTS (SELECT 1 FROM payslips p "
                          "WHERE p.run_id = l.run_id AND p.employee_id = l.employee_id AND p.lines_text IS NULL) ORDER BY l.employee_id, l.seq");
  extra.bind(1, run_id);
  while (extra.executeStep()) {
    v.problems.push_back({name + " line " + extra.getColumn(1).getString() + " of employee " + extra.getColumn(0).getString(), "inserted",
                          "a payslip line without a payslip that reads it"});
  }
}

}  // namespace

/// A line is named by its position: a row of payslip_lines (schema < 10) or a line of the
/// payslip's packed text (schema 10), each with the check it was stored with.
void check_run(const Database& db, std::int64_t run_id, const std::string& name, AuditVerification& v) {
  SQLite::Statement ps(db.sql(), std::string(kPayslipSelect) + " WHERE p.run_id = ? ORDER BY p.employee_id");
  ps.bind(1, run_id);
  LineReader reader(db);
  std::optional<RunSums> sums;  // read when a payslip needs them
  while (ps.executeStep()) {
    const PayslipRow row = read_payslip_row(ps);
    ++v.rows;
    const auto& stored = reader.read(ps, run_id, row.employee_id);
    std::vector<LineRow> lines;
    lines.reserve(stored.size());
    bool line_problem = false;
    for (const auto& l : stored) {
      ++v.rows;
      if (!check_matches(row.employee_id, l)) {
        v.problems.push_back({name + " payslip " + row.employee_id + " line " + std::to_string(l.row.seq) + " " + l.row.code, "altered",
                              "the line (amount " + Money::from_cents(l.row.amount).str() + ", \"" + l.row.description +
                                  "\") no longer matches the check hash it was stored with"});
        line_problem = true;
      }
      lines.push_back(l.row);
    }
    if (static_cast<std::int64_t>(lines.size()) != row.line_count) {
      v.problems.push_back({name + " payslip " + row.employee_id, lines.size() < static_cast<std::size_t>(row.line_count) ? "lines deleted" : "lines inserted",
                            std::to_string(row.line_count) + " lines were stored, " + std::to_string(lines.size()) + " are there"});
      line_problem = true;
    }
    if (!line_problem && payslip_hash(row, lines) != ps.getColumn(kHashColumn).getString()) {
      if (!sums) sums.emplace(db, run_id);
      v.problems.push_back(altered_payslip(db, run_id, name + " payslip " + row.employee_id, row.employee_id, *sums));
    }
  }
  check_extra_lines(db, run_id, name, v);
  SQLite::Statement h(db.sql(), "SELECT content_hash FROM payroll_runs WHERE id = ?");
  h.bind(1, run_id);
  h.executeStep();
  if (compute_content_hash(db, run_id) != h.getColumn(0).getString()) {
    v.problems.push_back({name, "altered",
                          "the run's content (header, the set of payslips and their hashes, or its correction differences) no "
                          "longer matches its content hash"});
  }
}

}  // namespace basisbaan::store_detail
