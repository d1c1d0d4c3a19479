// SPDX-License-Identifier: EUPL-1.2
#pragma once
// A list of rule parameter names (Payslip::unconfirmed_rules), shared instead of copied: every
// payslip of a period names the same unconfirmed cao values, so the period's rules make the list
// once (PeriodRules) and each payslip holds a reference to it — no copy of the strings per
// payslip (issue 18). It reads as a const std::vector<std::string>; changing it (push_back,
// assigning a vector) copies first when the list is shared (copy on write), so a change to one
// payslip's list never shows in another's.

#include <cstddef>
#include <initializer_list>
#include <memory>
#include <string>
#include <vector>

namespace basisbaan {

/// An immutable-when-shared list of rule parameter names, read as a const std::vector<std::string>.
class RuleNameList {
 public:
  /// Empty.
  RuleNameList() noexcept = default;
  /// Owns `names` (implicit, so that a vector of names can be assigned).
  RuleNameList(std::vector<std::string> names)  // NOLINT: implicit by design
      : names_(names.empty() ? nullptr : std::make_shared<const std::vector<std::string>>(std::move(names))) {}
  /// Owns `names`.
  RuleNameList(std::initializer_list<std::string> names) : RuleNameList(std::vector<std::string>(names)) {}
  /// Shares `names` (no copy); null is the empty list.
  static RuleNameList shared(std::shared_ptr<const std::vector<std::string>> names) noexcept {
    RuleNameList l;
    if (names && !names->empty()) l.names_ = std::move(names);
    return l;
  }

  /// The names, in order.
  const std::vector<std::string>& names() const noexcept { return names_ ? *names_ : empty_list(); }
  /// The names, for functions taking a const std::vector<std::string>&.
  operator const std::vector<std::string>&() const noexcept { return names(); }  // NOLINT: implicit by design
  ///@{
  /// As the vector's.
  std::vector<std::string>::const_iterator begin() const noexcept { return names().begin(); }
  std::vector<std::string>::const_iterator end() const noexcept { return names().end(); }
  std::size_t size() const noexcept { return names_ ? names_->size() : 0; }
  bool empty() const noexcept { return size() == 0; }
  const std::string& operator[](std::size_t i) const { return (*names_)[i]; }
  ///@}
  /// Appends `name`; copies the list first (this list only) when it is shared.
  void push_back(std::string name) {
    auto copy = std::make_shared<std::vector<std::string>>(names());
    copy->push_back(std::move(name));
    names_ = std::move(copy);
  }
  /// Equal when the names are equal, in order (shared or owned alike).
  friend bool operator==(const RuleNameList& a, const RuleNameList& b) { return a.names() == b.names(); }

 private:
  static const std::vector<std::string>& empty_list() noexcept {
    static const std::vector<std::string> kEmpty;
    return kEmpty;
  }
  std::shared_ptr<const std::vector<std::string>> names_;  // null: empty
};

}  // namespace basisbaan
