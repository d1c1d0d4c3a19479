// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Clearer messages than CLI11's for a command line it refused: an unknown command or option.

#include <CLI/CLI.hpp>

#include <string>
#include <string_view>

namespace basisbaan::cli {

/// For a command line that `app` refused with `e` because a subcommand was required or an
/// argument was left over: "unknown command 'rn' for 'basisbaan payroll' (commands: run, show,
/// …); did you mean 'run'?", "unknown option --bogus" or "unexpected argument 'x' for
/// 'basisbaan payroll run'". Empty for every other error (CLI11's own message is clear then).
std::string unknown_argument_message(const CLI::App& app, const CLI::ParseError& e);

/// For a value CLI11 could not convert to its option's type (CLI11: "Could not convert: --year =
/// twintig"): "--year: expected a whole number, got \"twintig\"". Empty for every other error.
std::string conversion_message(const CLI::ParseError& e);

/// The Levenshtein distance between `a` and `b` (insertions, deletions and substitutions).
std::size_t edit_distance(std::string_view a, std::string_view b);

/// Makes required options show no default in --help ("--year INT REQUIRED", not "INT=0"), in
/// `app` and all its subcommands: every option captures its default (main.cpp), which for a
/// required one is a value the user can never get.
void hide_defaults_of_required_options(CLI::App& app);

}  // namespace basisbaan::cli
