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
/// "amount", "percentage", "decimal", "integer", "text", "table".
std::string_view to_string(ParamType t) noexcept;

/// One exact table cell, typed by its column.
using Cell = std::variant<Money, Rate, Decimal, std::int64_t, std::string>;
/// A cell as exact text ("14.06", "35.82%", "12").
std::string to_string(const Cell& c);

/// A named, typed column of a table parameter.
struct Column {
  std::string name;  ///< as in the rules file
  ParamType type;  ///< the type of every cell in the column
};

/// A table-valued rule parameter: typed, named columns and rows of exact cells.
class Table {
 public:
  Table() = default;
  /// The table of parameter `parameter` (named in errors) with `columns` and `rows` of cells.
  Table(std::string parameter, std::vector<Column> columns, std::vector<std::vector<Cell>> rows);

  /// The columns in order.
  const std::vector<Column>& columns() const noexcept { return columns_; }
  /// The number of rows.
  std::size_t size() const noexcept { return rows_.size(); }
  /// Index of column `name`; throws RuleError naming the parameter when there is none.
  std::size_t column(std::string_view name) const;
  /// The cell at (row, column) by index; throws std::out_of_range outside the table.
  const Cell& cell(std::size_t row, std::size_t column) const { return rows_.at(row).at(column); }

  ///@{
  /// The cell in `row` of column `column`, typed; throws RuleError naming the parameter when the row
  /// or column does not exist or the column has another type.
  Money money(std::size_t row, std::string_view column) const;
  Rate rate(std::size_t row, std::string_view column) const;
  Decimal decimal(std::size_t row, std::string_view column) const;
  std::int64_t integer(std::size_t row, std::string_view column) const;
  const std::string& text(std::size_t row, std::string_view column) const;
  ///@}

 private:
  template <typename T>
  const T& get(std::size_t row, std::string_view column) const;
  std::string parameter_;
  std::vector<Column> columns_;
  std::vector<std::vector<Cell>> rows_;
};

}  // namespace basisbaan
