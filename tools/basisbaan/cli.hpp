// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The basisbaan command line: shared context and the registration of each subcommand.
// Each subcommand lives in its own cmd_*.cpp and only parses arguments, calls the library and prints.

#include <CLI/CLI.hpp>

#include <filesystem>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "basisbaan/core/json_input.hpp"
#include "basisbaan/rules/rule_book.hpp"

namespace basisbaan::cli {

/// A usage error found after parsing (e.g. an option that needs another): exit code 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// The kind of a command's output, for the provisional mark (cmd_provisional.cpp).
enum class OutputKind { Text, Json, Csv, Html, Svg };

/// What every subcommand shares: the rules (loaded on first use) and the output streams.
class Context {
 public:
  std::string rules_dir;                 ///< --rules; empty: rules_directory() decides
  std::vector<std::string> rules_local;  ///< --rules-local: directories layered over the rules, in order
  bool provisional = false;              ///< --provisional: carry values past their horizon, marked
  bool output_marked = false;            ///< the command marked its output itself (marked())
  std::ostream* out;
  std::ostream* err;

  /// The rules directory: --rules, else $BASISBAAN_RULES (when set and not empty), else
  /// default_rules_directory().
  std::filesystem::path rules_directory() const;
  /// The rule book (rules_directory() with the local layers and the provisional option), loaded once.
  const RuleBook& rules();
  /// True when the rules were loaded and carried a parameter past its horizon.
  bool carried_forward() const;
  /// `text` with the provisional mark and the parameters carried forward, in the form `kind`
  /// allows; unchanged when nothing was carried forward. Sets output_marked.
  std::string marked(std::string text, OutputKind kind);

 private:
  std::unique_ptr<RuleBook> rules_;
};

/// Reads a whole file (or standard input for "-"); throws InputError naming the file.
std::string read_input_file(const std::string& path);
/// Prints a JSON document with two-space indentation and a final newline.
void print_json(std::ostream& out, const Json& doc);

void register_rules_command(CLI::App& app, Context& ctx);
void register_wml_command(CLI::App& app, Context& ctx);
/// `toeslag zorgtoeslag|huurtoeslag|kindgebonden-budget` and `bijstand` (cmd_toeslag.cpp).
void register_toeslag_command(CLI::App& app, Context& ctx);
void register_contract_command(CLI::App& app, Context& ctx);
void register_sick_command(CLI::App& app, Context& ctx);
void register_leave_command(CLI::App& app, Context& ctx);
void register_absence_command(CLI::App& app, Context& ctx);
void register_wage_tax_command(CLI::App& app, Context& ctx);
void register_payslip_command(CLI::App& app, Context& ctx);
/// `compare`: bijstand versus the basisbaan for a household (cmd_compare.cpp).
void register_compare_command(CLI::App& app, Context& ctx);
/// `serve`: the comparison as a web page and POST /api/compare (cmd_serve.cpp, docs/serve.md).
void register_serve_command(CLI::App& app, Context& ctx);
/// `export loonaangifte|sepa|journal|payslips` (cmd_export.cpp) and `report programme` (cmd_report.cpp).
void register_export_command(CLI::App& app, Context& ctx);
void register_report_command(CLI::App& app, Context& ctx);
/// `garnishment add|list|lift|overview|bvv` (cmd_garnishment.cpp, docs/garnishment.md).
void register_garnishment_command(CLI::App& app, Context& ctx);

}  // namespace basisbaan::cli
