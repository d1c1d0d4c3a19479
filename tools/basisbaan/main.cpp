// SPDX-License-Identifier: EUPL-1.2
// basisbaan: the command line of the basisbaan library. Exit codes: 0 success, 1 an input or
// rule error (message on stderr, one line per problem; as JSON when --json is given), 2 a usage error.

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

#include "basisbaan/core/error.hpp"
#include "basisbaan/core/error_json.hpp"
#include "basisbaan/version.hpp"
#include "alerts_output.hpp"
#include "cli.hpp"
#include "parse_errors.hpp"
#include "serve.hpp"
#include "store_commands.hpp"
#include "version_text.hpp"

namespace basisbaan::cli {

std::filesystem::path Context::rules_directory() const {
  if (!rules_dir.empty()) return rules_dir;
  if (const char* env = std::getenv("BASISBAAN_RULES"); env != nullptr && *env != '\0') return env;
  return default_rules_directory();
}

const RuleBook& Context::rules() {
  if (!rules_) {
    std::vector<std::filesystem::path> layers{rules_directory()};
    for (const auto& l : rules_local) layers.emplace_back(l);
    rules_ = std::make_unique<RuleBook>(RuleBook::load_layers(layers));
    rules_->set_options(RuleBookOptions{provisional});
  }
  return *rules_;
}

bool Context::carried_forward() const { return rules_ && !rules_->carried_forward().empty(); }

std::string read_input_file(const std::string& path) {
  if (path == "-") {
    std::ostringstream buf;
    buf << std::cin.rdbuf();
    return buf.str();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(ErrorCode::InputCannotRead, path + ": cannot open the file", {.document = path});
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

void print_json(std::ostream& out, const Json& doc) { out << doc.dump(2) << '\n'; }

namespace {

// An error on stderr: "basisbaan: error: MESSAGE", one line per problem of a ValidationError;
// with --json anywhere on the command line, error_json instead.
void print_error(std::ostream& err, const Error& e, bool json) {
  if (json) {
    err << error_json(e).dump(2) << '\n';
  } else if (const auto* v = dynamic_cast<const ValidationError*>(&e)) {
    for (const auto& p : v->problems()) err << "basisbaan: error: " << p.message << "\n";
  } else {
    err << "basisbaan: error: " << e.what() << "\n";
  }
}

bool wants_json(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    if (std::string_view(argv[i]) == "--") return false;
    if (std::string_view(argv[i]) == "--json") return true;
  }
  return false;
}

// `basisbaan compare ...` (the command as its first argument) registers only `compare` besides the
// global options: building the other commands' few hundred CLI11 options was about 0.7 ms of its
// start (issue 18, docs/performance.md). Nothing else can differ: the first argument is then
// `compare` for CLI11 too, and compare's parsing, help and errors involve only it and the global
// options (tests/cli/compare_only_cli.sh compares both ways byte for byte, with
// BASISBAAN_CLI_ALL_COMMANDS=1, which turns this off). Every other command line registers all.
bool only_compare(int argc, char** argv) {
  if (argc < 2 || std::string_view(argv[1]) != "compare") return false;
  const char* all = std::getenv("BASISBAAN_CLI_ALL_COMMANDS");
  return all == nullptr || *all == '\0';
}

}  // namespace

}  // namespace basisbaan::cli

int main(int argc, char** argv) {
  using namespace basisbaan;
  cli::Context ctx;
  ctx.out = &std::cout;
  ctx.err = &std::cerr;
  cli::keep_command_line(argv);  // for `serve`, which passes it on to basisbaan-serve

  CLI::App app{"basisbaan — payroll and employment administration for Dutch basisbanen.\n"
               "Every amount is exact to the cent and explains itself; see 'basisbaan COMMAND --help'.",
               "basisbaan"};
  // The version and the fingerprint of the rules a command would use without --rules.
  app.set_version_flag("--version", [&ctx] { return cli::version_text(ctx.rules_directory()); });
  app.option_defaults()->always_capture_default();
  app.add_option("--rules", ctx.rules_dir, "Rules directory (default: $BASISBAAN_RULES, the installed rules, or the source tree)")
      ->check(CLI::ExistingDirectory);
  app.add_option("--rules-local", ctx.rules_local,
                 "Local rules directory layered over the rules: values added with their sources, e.g. the new year's "
                 "(docs/rules-format.md, 'Adding values locally'); may be repeated")
      ->check(CLI::ExistingDirectory);
  app.add_flag("--provisional", ctx.provisional,
               "Where a parameter is needed past its horizon, carry its latest value forward instead of stopping; the "
               "output is then marked provisional and lists those parameters (also accepted after the command)");
  app.fallthrough();  // --provisional, --rules and --rules-local also after the subcommand
  app.require_subcommand(1);
  app.footer("Exit codes: 0 success, 1 input or rule error, 2 usage error.");

  if (cli::only_compare(argc, argv)) {
    cli::register_compare_command(app, ctx);
  } else {
    cli::register_rules_command(app, ctx);
    cli::register_wml_command(app, ctx);
    cli::register_toeslag_command(app, ctx);
    cli::register_contract_command(app, ctx);
    cli::register_sick_command(app, ctx);
    cli::register_leave_command(app, ctx);
    cli::register_absence_command(app, ctx);
    cli::register_alerts_command(app, ctx);
    cli::register_wage_tax_command(app, ctx);
    cli::register_payslip_command(app, ctx);
    cli::register_store_commands(app, ctx);  // init, employee, payroll, replay, audit
    cli::register_compare_command(app, ctx);
    cli::register_serve_command(app, ctx);
    cli::register_export_command(app, ctx);
    cli::register_report_command(app, ctx);
    cli::register_garnishment_command(app, ctx);
  }
  cli::hide_defaults_of_required_options(app);

  // The commands print into a buffer: --provisional is known only once parsed, and a provisional
  // output gets its mark (first line, JSON members) when the command is done.
  std::ostringstream buffered;
  ctx.out = &buffered;
  struct Flush {
    std::ostringstream& buffer;
    ~Flush() { std::cout << buffer.str() << std::flush; }
  } flush{buffered};
  try {
    app.parse(argc, argv);
    if (ctx.carried_forward() && !ctx.output_marked) {
      const std::string text = buffered.str();
      buffered.str(ctx.marked(text, text.starts_with("{") ? cli::OutputKind::Json : cli::OutputKind::Text));
    }
  } catch (const CLI::ParseError& e) {
    if (std::string m = cli::unknown_argument_message(app, e); !m.empty() || !(m = cli::conversion_message(e)).empty()) {
      std::cerr << "basisbaan: usage error: " << m << "\nRun with --help for more information.\n";
      return 2;
    }
    const int code = app.exit(e);
    return code == 0 ? 0 : 2;
  } catch (const cli::UsageError& e) {
    std::cerr << "basisbaan: usage error: " << e.what() << "\n";
    return 2;
  } catch (const Error& e) {
    cli::print_error(std::cerr, e, cli::wants_json(argc, argv));
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "basisbaan: internal error: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
