// SPDX-License-Identifier: EUPL-1.2
// basisbaan payslip — one payslip for one employee and period, from an employee JSON file.

#include <memory>
#include <ostream>

#include "basisbaan/core/error.hpp"
#include "basisbaan/payroll/employee_json.hpp"
#include "basisbaan/payroll/gross_to_net.hpp"
#include "cli.hpp"
#include "option_values.hpp"

namespace basisbaan::cli {

void register_payslip_command(CLI::App& app, Context& ctx) {
  struct Options {
    std::string file;
    std::string period;
    bool json = false;
    bool explain = false;
  };
  auto o = std::make_shared<Options>();
  auto* cmd = app.add_subcommand(
      "payslip",
      "One payslip (gross to net, employer charges, year to date) for the employee in FILE.json and a period. "
      "Earlier periods of the year are computed first, so the cumulatives and the holiday allowance are right. "
      "Input format: docs/payslip-input.md");
  cmd->add_option("--employee", o->file, "Employee file (JSON, see docs/payslip-input.md); - for standard input")->required();
  cmd->add_option("--period", o->period, "Period, e.g. 2025-03 (month), 2025-4w05 (four weeks), 2025-w12 (week)")->required();
  cmd->add_flag("--json", o->json, "Print JSON (amounts as decimal strings)");
  cmd->add_flag("--explain", o->explain, "Show how every line was obtained");
  cmd->callback([o, &ctx] {
    const Json doc = parse_json_exact(read_input_file(o->file), o->file);
    const auto input = read_payroll_input(JsonField(doc, o->file, ""));
    const PayPeriod period = period_option(o->period);
    if (period.kind() != input.employee.pay_period) {
      throw InputError("--period: " + o->period + " is a " + std::string(to_string(period.kind())) + " period, but employee " +
                       input.employee.id + " is paid per " + std::string(to_string(input.employee.pay_period)));
    }
    Payslip slip = payslip_with_history(ctx.rules(), input.employer, input.employee, period, o->explain);
    slip.carried_forward = ctx.rules().carried_forward();
    ctx.output_marked = true;  // the payslip marks itself provisional (text and JSON)
    if (o->json) {
      print_json(*ctx.out, to_json(slip));
      return;
    }
    *ctx.out << to_text_nl(slip);
    if (o->explain) {
      for (const auto& l : slip.lines) {
        if (!l.trace.empty()) *ctx.out << "\n" << l.description << ":\n" << l.trace.to_text();
      }
    }
  });
}

}  // namespace basisbaan::cli
