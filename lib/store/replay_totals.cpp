// SPDX-License-Identifier: EUPL-1.2
#include "replay_totals.hpp"

namespace basisbaan::store_detail {
namespace {

// "stored 23531.55, recomputed 22531.55 (-1000.00)", as replay reports a differing line.
std::string stored_recomputed(std::int64_t stored, std::int64_t recomputed) {
  const Money d = Money::from_cents(recomputed - stored);
  return "stored " + Money::from_cents(stored).str() + ", recomputed " + Money::from_cents(recomputed).str() + " (" +
         (d.sign() > 0 ? "+" : "") + d.str() + ")";
}

void compare_header(const Database& db, std::int64_t id, const std::string& prefix, std::int64_t payslips,
                    const std::array<Money, 4>& sums, std::vector<std::string>& differences) {
  SQLite::Statement h(db.sql(), "SELECT employees, gross_cents, wage_tax_cents, net_cents, employer_cost_cents FROM payroll_runs WHERE id = ?");
  h.bind(1, id);
  if (!h.executeStep()) return;
  if (const std::int64_t stored = h.getColumn(0).getInt64(); stored != payslips) {
    differences.push_back(prefix + "employees: stored " + std::to_string(stored) + ", recomputed " + std::to_string(payslips));
  }
  const char* names[] = {"gross", "wage tax", "net", "employer cost"};
  for (int i = 0; i < 4; ++i) {
    const std::int64_t stored = h.getColumn(i + 1).getInt64();
    if (stored != sums[static_cast<std::size_t>(i)].cents()) {
      differences.push_back(prefix + "total " + names[i] + ": " + stored_recomputed(stored, sums[static_cast<std::size_t>(i)].cents()));
    }
  }
}

void compare_difference_lines(const PayslipDifference& s, const PayslipDifference& r, const std::string& where,
                              std::vector<std::string>& differences) {
  const std::size_t n = std::max(s.lines.size(), r.lines.size());
  for (std::size_t i = 0; i < n; ++i) {
    const std::string line = where + "difference line " + std::to_string(i + 1);
    if (i >= r.lines.size()) {
      differences.push_back(line + " " + std::string(code_name(s.lines[i].code)) + " is stored but not recomputed");
      continue;
    }
    const PayslipLineDifference& b = r.lines[i];
    if (i >= s.lines.size()) {
      differences.push_back(line + " " + std::string(code_name(b.code)) + " is recomputed but not stored");
      continue;
    }
    const PayslipLineDifference& a = s.lines[i];
    const std::string named = line + " " + std::string(code_name(b.code));
    if (a.code != b.code) differences.push_back(line + ": stored " + std::string(code_name(a.code)) + ", recomputed " + std::string(code_name(b.code)));
    if (a.description != b.description) differences.push_back(named + ": description stored \"" + a.description + "\", recomputed \"" + b.description + "\"");
    if (a.kind != b.kind) differences.push_back(named + ": kind stored " + std::string(to_string(a.kind)) + ", recomputed " + std::string(to_string(b.kind)));
    if (a.before != b.before) differences.push_back(named + ": before " + stored_recomputed(a.before.cents(), b.before.cents()));
    if (a.after != b.after) differences.push_back(named + ": after " + stored_recomputed(a.after.cents(), b.after.cents()));
  }
}

void compare_difference(const PayslipDifference& s, const PayslipDifference& r, const std::string& where, std::vector<std::string>& differences) {
  const std::pair<const char*, std::pair<Money, Money>> totals[] = {
      {"gross", {s.gross, r.gross}},
      {"wage for wage tax", {s.wage_for_wage_tax, r.wage_for_wage_tax}},
      {"wage tax", {s.wage_tax, r.wage_tax}},
      {"net", {s.net, r.net}},
      {"employer charges", {s.employer_charges, r.employer_charges}},
  };
  for (const auto& [name, v] : totals) {
    if (v.first != v.second) differences.push_back(where + "difference in " + name + ": " + stored_recomputed(v.first.cents(), v.second.cents()));
  }
  compare_difference_lines(s, r, where, differences);
}

}  // namespace



RunTotalsCheck::RunTotalsCheck(RunKind kind, PeriodVersions* versions, const std::optional<std::string>& employee)
    : kind_(kind), versions_(versions), employee_(employee) {}

void RunTotalsCheck::add(const std::string& employee_id, const Payslip& recomputed) {
  ++payslips_;
  gross_ += recomputed.gross;
  wage_tax_ += recomputed.wage_tax;
  net_ += recomputed.net;
  employer_cost_ += recomputed.employer_cost;
  if (versions_ == nullptr) return;
  RunPayslipVersion now{payslip_row(recomputed, {}, {}, {}, {}), line_rows(recomputed)};
  if (kind_ == RunKind::Correction) {
    const auto before = versions_->find(employee_id);
    recomputed_.push_back(payslip_difference(employee_id, now.row, now.lines, before == versions_->end() ? nullptr : &before->second));
  }
  versions_->insert_or_assign(employee_id, std::move(now));
}

void RunTotalsCheck::compare(const Database& db, std::int64_t id, const std::string& period, std::vector<std::string>& differences) const {
  if (failed_) return;
  const std::string prefix = "run " + std::to_string(id) + " (" + period + "): ";
  if (!employee_) compare_header(db, id, prefix, payslips_, {gross_, wage_tax_, net_, employer_cost_}, differences);
  if (kind_ != RunKind::Correction || versions_ == nullptr) return;
  const std::map<std::string, PayslipDifference> stored = stored_differences(db, id, employee_);
  std::map<std::string, const PayslipDifference*> recomputed;
  for (const auto& d : recomputed_) recomputed[d.employee_id] = &d;
  for (const auto& [employee_id, s] : stored) {
    const auto r = recomputed.find(employee_id);
    if (r == recomputed.end()) {
      differences.push_back(prefix + employee_id + ": the correction's differences are stored but the employee has no payslip in it");
    } else {
      compare_difference(s, *r->second, prefix + employee_id + ": ", differences);
    }
  }
  for (const auto& [employee_id, r] : recomputed) {
    if (stored.count(employee_id) == 0) differences.push_back(prefix + employee_id + ": the correction's differences are recomputed but not stored");
  }
}

}  // namespace basisbaan::store_detail
