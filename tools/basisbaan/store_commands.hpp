// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The back-office commands on the employer's database (--db FILE): init, employee, payroll,
// replay and audit (cmd_init.cpp … cmd_audit.cpp), and the --db subcommands of contract, leave
// and sick. Shared helpers for printing stored runs.

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>

#include "basisbaan/app/backoffice.hpp"
#include "basisbaan/store/database.hpp"
#include "cli.hpp"

namespace basisbaan::cli {

/// Registers init, employee, payroll, replay and audit.
void register_store_commands(CLI::App& app, Context& ctx);

void register_init_command(CLI::App& app, Context& ctx);
void register_employee_command(CLI::App& app, Context& ctx);
void register_payroll_command(CLI::App& app, Context& ctx);
void register_replay_command(CLI::App& app, Context& ctx);
void register_audit_command(CLI::App& app, Context& ctx);

/// `employee hire|change|terminate` (cmd_employee_write.cpp).
void add_employee_write_commands(CLI::App* employee, Context& ctx);
/// `contract extend|end --db` (cmd_contract_write.cpp).
void add_contract_write_commands(CLI::App* contract, Context& ctx);
/// `leave pregnancy add|birth --db` (cmd_sickness_records.cpp).
void add_pregnancy_leave_commands(CLI::App* leave, Context& ctx);
/// `sick extend --db` and `sick step add --db` (cmd_sickness_records.cpp).
void add_sickness_record_commands(CLI::App* sick, Context& ctx);

/// The --db option (required) on a subcommand.
void add_db_option(CLI::App* cmd, std::string& db);
/// For --db FILE [--employee ID]: calls `one` for each employee record (only ID's, when given) that
/// `wanted` accepts, `separator` between the text outputs; with `json`, prints what `one` returned
/// (an array, or the single object — null when it was not wanted — for --employee). Returns how many.
std::size_t print_per_employee(Context& ctx, const std::string& db_file, const std::string& employee_id, bool json,
                               const std::string& separator, const std::function<bool(const EmployeeRecord&)>& wanted,
                               const std::function<Json(const EmployeeRecord&)>& one);
/// How a contract or employment ended, from --reason (a name of end_reason_names(), or free text),
/// --initiative and --culpable; none for free text without an initiative. InputError names the option.
std::optional<ContractEnding> ending_from_options(const std::string& reason_text, const std::string& initiative,
                                                  const std::string& culpable);

/// "by basisbaan 0.1.0", or, for a run stored before the version was recorded, "by a version of
/// basisbaan not recorded (stored before schema 13)".
std::string computed_by(const std::optional<std::string>& program_version);

/// The payslip summary table of a run: one row per employee and the totals.
void print_run_summary(std::ostream& out, const StoredRun& run);

}  // namespace basisbaan::cli
