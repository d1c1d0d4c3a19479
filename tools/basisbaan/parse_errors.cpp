// SPDX-License-Identifier: EUPL-1.2
#include "parse_errors.hpp"

#include <algorithm>
#include <vector>

namespace basisbaan::cli {
namespace {

// The deepest subcommand selected on the command line (`app` itself when none).
const CLI::App& selected_leaf(const CLI::App& app) {
  const CLI::App* leaf = &app;
  while (!leaf->get_subcommands().empty()) leaf = leaf->get_subcommands().front();
  return *leaf;
}

// "basisbaan payroll": the names from the program down to `cmd`.
std::string command_path(const CLI::App& cmd) {
  std::string path = cmd.get_name();
  for (const CLI::App* p = cmd.get_parent(); p != nullptr; p = p->get_parent()) path = p->get_name() + " " + path;
  return path;
}

// The names of the subcommands `cmd` has (not only those selected), in the order they were added.
std::vector<std::string> subcommand_names(const CLI::App& cmd) {
  std::vector<std::string> names;
  // get_subcommands(filter) is not const in CLI11; the filter only reads.
  for (const CLI::App* s : const_cast<CLI::App&>(cmd).get_subcommands([](CLI::App*) { return true; })) {
    if (!s->get_name().empty()) names.push_back(s->get_name());
  }
  return names;
}

std::string unknown_command(const CLI::App& leaf, const std::string& word) {
  const std::vector<std::string> names = subcommand_names(leaf);
  std::string m = "unknown command '" + word + "' for '" + command_path(leaf) + "' (commands: ";
  for (std::size_t i = 0; i < names.size(); ++i) m += (i ? ", " : "") + names[i];
  m += ")";
  // The nearest name, when it is close: at most two edits, and fewer than the word has letters.
  const std::string* best = nullptr;
  std::size_t best_distance = 3;
  for (const auto& n : names) {
    const std::size_t d = edit_distance(word, n);
    if (d < best_distance && d < word.size()) {
      best = &n;
      best_distance = d;
    }
  }
  if (best != nullptr) m += "; did you mean '" + *best + "'?";
  return m;
}

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? std::size_t{0} : std::size_t{1})});
      diagonal = up;
    }
  }
  return row[b.size()];
}

std::string unknown_argument_message(const CLI::App& app, const CLI::ParseError& e) {
  const bool subcommand_required = dynamic_cast<const CLI::RequiredError*>(&e) != nullptr &&
                                   std::string_view(e.what()).find("subcommand") != std::string_view::npos;
  if (!subcommand_required && dynamic_cast<const CLI::ExtrasError*>(&e) == nullptr) return {};
  const std::vector<std::string> rest = app.remaining(true);
  if (rest.empty()) return {};
  const CLI::App& leaf = selected_leaf(app);
  const std::string& first = rest.front();
  const std::string where = leaf.get_parent() == nullptr ? std::string() : " for '" + command_path(leaf) + "'";
  if (first.size() > 1 && first[0] == '-') return "unknown option " + first.substr(0, first.find('=')) + where;
  if (subcommand_required || !subcommand_names(leaf).empty()) return unknown_command(leaf, first);
  return "unexpected argument '" + first + "'" + where;
}

std::string conversion_message(const CLI::ParseError& e) {
  if (dynamic_cast<const CLI::ConversionError*>(&e) == nullptr) return {};
  std::string_view m = e.what();
  constexpr std::string_view kPrefix = "Could not convert: ";
  const std::size_t eq = m.find(" = ");
  if (!m.starts_with(kPrefix) || eq == std::string_view::npos) return {};
  const std::string option(m.substr(kPrefix.size(), eq - kPrefix.size()));
  const std::string value(m.substr(eq + 3));
  // Every option of basisbaan that CLI11 converts is an int (years, months, ages, counts, days).
  return option + ": expected a whole number, got \"" + value + "\"";
}

void hide_defaults_of_required_options(CLI::App& app) {
  for (CLI::Option* o : app.get_options()) {
    if (o->get_required()) o->default_str("");
  }
  for (CLI::App* s : app.get_subcommands([](CLI::App*) { return true; })) hide_defaults_of_required_options(*s);
}

}  // namespace basisbaan::cli
