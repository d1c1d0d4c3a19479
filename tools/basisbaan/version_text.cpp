// SPDX-License-Identifier: EUPL-1.2
#include "version_text.hpp"

#include "basisbaan/core/error.hpp"
#include "basisbaan/rules/rule_book.hpp"
#include "basisbaan/version.hpp"

namespace basisbaan::cli {

std::string version_text(const std::filesystem::path& rules_directory) {
  std::string text = "basisbaan " + std::string(version()) + "\nrules " + rules_directory.string();
  try {
    text += " fingerprint " + RuleBook::load_directory(rules_directory).fingerprint();
  } catch (const Error& e) {
    text += " cannot be read: " + std::string(e.what());
  }
  return text;
}

}  // namespace basisbaan::cli
