// SPDX-License-Identifier: EUPL-1.2
#pragma once
// RuleBook: every legal parameter from rules/**/*.xml, with its dated values and sources.
// Answers "the value of parameter P on date D". Loading validates everything and fails with
// file:line and a plain message; a missing value is an error, never a silent zero.

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "basisbaan/core/date.hpp"
#include "basisbaan/core/trace.hpp"
#include "basisbaan/rules/horizon_error.hpp"
#include "basisbaan/rules/table.hpp"

namespace basisbaan {

/// The value of a parameter on a date, by the parameter's type.
using ParamValue = std::variant<Money, Rate, Decimal, std::int64_t, std::string, Table>;

/// One value of a parameter and the date it takes effect.
struct DatedValue {
  Date from;  ///< first day the value is in force
  ParamValue value;  ///< typed as the parameter
  std::string text;    ///< the value as exact text, for people and traces
  std::string source;  ///< the publication of this value (may be empty: then the parameter's)
  std::string status;  ///< "official", "derived" or "unconfirmed"
  std::string note;  ///< a remark from the rules file (may be empty)
  std::string file;  ///< the rules file this value came from (a local layer's files start with "local/")
  int line = 0;  ///< line of the value in that file
};

/// A rule parameter as defined in the rules files: its type, unit, sources and dated values.
struct Parameter {
  std::string name;  ///< e.g. "wml.uurloon"
  ParamType type;  ///< the type of every value
  std::string unit;  ///< unit as written, e.g. "EUR/year" (may be empty)
  std::string source;  ///< the publication the values come from
  std::string description;  ///< what the parameter is
  std::string file;  ///< path relative to the rules directory
  int line = 0;  ///< line of the definition in that file
  std::vector<Column> columns;    ///< tables only
  std::vector<DatedValue> values;  ///< strictly increasing `from`
  /// The last day the latest value is known to hold (`known_until`); nullopt: open-ended (a
  /// statutory constant, `known_until="open"`, or a rules copy stored before horizons existed).
  std::optional<Date> known_until;
  std::string horizon_file;  ///< file:line that set the horizon; empty when the set declares none
};

/// One rules file as read: its path relative to the rules directory and its exact content.
struct RuleSource {
  std::string path;  ///< relative to the rules directory, e.g. "wage_tax.xml"
  std::string content;  ///< exact content
};

/// How look-ups past a parameter's horizon behave.
struct RuleBookOptions {
  /// false (default): a look-up past the horizon throws HorizonError. true: it returns the last
  /// value and records the parameter as carried forward (see RuleBook::carried_forward()).
  bool allow_provisional = false;
};

/// Every legal parameter from the rules files with its dated values and sources; answers "the value
/// of parameter P on date D". A missing value is an error, never a silent zero.
class RuleBook {
 public:
  RuleBook() = default;

  /// Loads every *.xml below `directory` (sorted by path, so the order never depends on the
  /// file system). Every parameter must declare its horizon (docs/rules-format.md, "Horizons").
  /// @throw RuleError RuleInvalidFile "FILE:LINE: message" (document, line) on the first problem.
  static RuleBook load_directory(const std::filesystem::path& directory);
  /// Loads the bundled directory `layers[0]` with local directories layered over it: a file of
  /// layer i > 0 is known as "local/PATH" (i == 1) or "localI/PATH" and may add parameters and,
  /// with `<extend>`, add values to existing parameters and move their horizon. The result is one
  /// rule set with its own fingerprint; sources() holds every file of every layer.
  static RuleBook load_layers(const std::vector<std::filesystem::path>& layers);
  /// Loads rules from in-memory files, e.g. the copy stored with a payroll run. A set in which no
  /// file declares a horizon (copies stored before horizons existed) is read as open-ended; once
  /// any file declares one, every parameter must.
  static RuleBook from_sources(std::vector<RuleSource> sources);

  /// Sets the look-up options; switching provisional on starts an empty carried-forward record.
  /// Copies of a provisional book share that record.
  void set_options(const RuleBookOptions& options);
  /// The look-up options.
  const RuleBookOptions& options() const noexcept { return options_; }
  /// The parameters a provisional book returned a value for past their horizon, sorted by name
  /// (always empty when not provisional). Thread-safe.
  std::vector<std::string> carried_forward() const;

  /// True when a parameter `name` is defined.
  bool has(std::string_view name) const;
  /// The parameter `name`. @throw RuleError RuleUnknownParameter (parameter) with near names as a hint.
  const Parameter& parameter(std::string_view name) const;
  /// The value in force on `on`.
  /// @throw BeforeRulesError (a RuleError, RuleNoValue: parameter, date) when `on` is before the first value;
  /// @throw HorizonError (a RuleError: parameter, date, horizon) when `on` is after the horizon,
  ///        unless the book is provisional: then the value is carried forward and recorded.
  const DatedValue& value_at(std::string_view name, const Date& on) const;

  ///@{
  /// Typed look-ups; each throws RuleError RuleWrongType (document, line, parameter) when the
  /// parameter has another type, and what parameter() and value_at() throw. With a trace,
  /// the parameter, its value, its effective date and its source are recorded.
  Money amount(std::string_view name, const Date& on, Trace* trace = nullptr) const;
  Rate rate(std::string_view name, const Date& on, Trace* trace = nullptr) const;
  Decimal decimal(std::string_view name, const Date& on, Trace* trace = nullptr) const;
  std::int64_t integer(std::string_view name, const Date& on, Trace* trace = nullptr) const;
  const std::string& text(std::string_view name, const Date& on, Trace* trace = nullptr) const;
  const Table& table(std::string_view name, const Date& on, Trace* trace = nullptr) const;
  ///@}

  /// All parameters, sorted by name.
  std::vector<const Parameter*> parameters() const;
  /// Names of the parameters that start with `prefix`, sorted.
  std::vector<std::string> names_with_prefix(std::string_view prefix) const;
  /// The files read, in load order, with their exact content.
  const std::vector<RuleSource>& sources() const noexcept { return sources_; }
  /// A canonical text of every parameter and value, independent of layout and comments.
  std::string canonical_text() const;
  /// "sha256:" + the SHA-256 of canonical_text(): the identity of this rule set.
  const std::string& fingerprint() const noexcept { return fingerprint_; }

 private:
  struct CarryLog;
  static RuleBook build(std::vector<RuleSource> sources, bool require_horizons);
  void finish();
  friend class RuleFileLoader;
  std::map<std::string, Parameter, std::less<>> parameters_;
  std::vector<RuleSource> sources_;
  std::string fingerprint_;
  RuleBookOptions options_;
  std::shared_ptr<CarryLog> carried_;
};

/// The horizon as written in rules files and shown to people: "YYYY-MM-DD" or "open".
std::string horizon_text(const Parameter& p);

/// Where the rules are when a program names no directory: the installed share/basisbaan/rules
/// next to the running program, else the source tree it was built from. (The command line lets
/// $BASISBAAN_RULES override it; the library reads no environment.)
std::filesystem::path default_rules_directory();

/// The human-readable source of a value: its own source if it has one, else the parameter's.
const std::string& source_of(const Parameter& p, const DatedValue& v);

}  // namespace basisbaan
