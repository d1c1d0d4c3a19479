// SPDX-License-Identifier: EUPL-1.2
#pragma once
// `basisbaan alerts` (cmd_alerts.cpp) and the printing of alerts that `payroll run` shares.

#include <iosfwd>
#include <string>
#include <vector>

#include "basisbaan/app/alerts.hpp"
#include "cli.hpp"

namespace basisbaan::cli {

/// Registers `alerts --db FILE [--date D] [--months N] [--employee ID] [--json]`.
void register_alerts_command(CLI::App& app, Context& ctx);

/// "TITLE (N)" and a table of the alerts (date, employee, kind, what); a date that has passed is
/// marked "!".
void print_alerts(std::ostream& out, const std::vector<app::Alert>& list, const std::string& title);

/// {"from", "until", "alerts": [{"date", "employee", "name", "kind", "what", "past"}]}.
Json alerts_json(const std::vector<app::Alert>& list, const Date& from, const Date& until);

}  // namespace basisbaan::cli
