// SPDX-License-Identifier: EUPL-1.2
#pragma once
// A table-valued rule parameter: brackets, scales, age bands. Columns are typed and named in
// the rules file; cells are exact.

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "basisbaan/core/decimal.hpp"
#include "basisbaan/core/money.hpp"
#include "basisbaan/core/rate.hpp"

namespace basisbaan {

/// The type of a parameter or a table column, as written in the rules file.
enum class ParamType : std::uint8_t { Amount, Percentage, Decimal, Integer, Text, Table };
std::string_view to_string(ParamType t) noexcept;

using Cell = std::variant<Money, Rate, Decimal, std::int64_t, std::string>;
/// A cell as exact text ("14.06", "35.82%", "12").
std::string to_string(const Cell& c);

struct Column {
  std::string name;
  ParamType type;
};

class Table {
 public:
  Table() = default;
  Table(std::string parameter, std::vector<Column> columns, std::vector<std::vector<Cell>> rows);

  const std::vector<Column>& columns() const noexcept { return columns_; }
  std::size_t size() const noexcept { return rows_.size(); }
  /// Index of column `name`; throws RuleError naming the parameter when there is none.
  std::size_t column(std::string_view name) const;
  const Cell& cell(std::size_t row, std::size_t column) const { return rows_.at(row).at(column); }

  Money money(std::size_t row, std::string_view column) const;
  Rate rate(std::size_t row, std::string_view column) const;
  Decimal decimal(std::size_t row, std::string_view column) const;
  std::int64_t integer(std::size_t row, std::string_view column) const;
  const std::string& text(std::size_t row, std::string_view column) const;

 private:
  template <typename T>
  const T& get(std::size_t row, std::string_view column) const;
  std::string parameter_;
  std::vector<Column> columns_;
  std::vector<std::vector<Cell>> rows_;
};

}  // namespace basisbaan
