// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/rules/table.hpp"

#include "basisbaan/core/error.hpp"

namespace basisbaan {

std::string_view to_string(ParamType t) noexcept {
  switch (t) {
    case ParamType::Amount: return "amount";
    case ParamType::Percentage: return "percentage";
    case ParamType::Decimal: return "decimal";
    case ParamType::Integer: return "integer";
    case ParamType::Text: return "text";
    case ParamType::Table: return "table";
  }
  return "?";
}

std::string to_string(const Cell& c) {
  struct V {
    std::string operator()(const Money& m) const { return m.str(); }
    std::string operator()(const Rate& r) const { return r.str(); }
    std::string operator()(const Decimal& d) const { return d.str(); }
    std::string operator()(std::int64_t i) const { return std::to_string(i); }
    std::string operator()(const std::string& s) const { return s; }
  };
  return std::visit(V{}, c);
}

Table::Table(std::string parameter, std::vector<Column> columns, std::vector<std::vector<Cell>> rows)
    : parameter_(std::move(parameter)), columns_(std::move(columns)), rows_(std::move(rows)) {}

std::size_t Table::column(std::string_view name) const {
  for (std::size_t i = 0; i < columns_.size(); ++i) {
    if (columns_[i].name == name) return i;
  }
  throw RuleError("parameter " + parameter_ + ": the table has no column \"" + std::string(name) + "\"");
}

template <typename T>
const T& Table::get(std::size_t row, std::string_view name) const {
  const std::size_t c = column(name);
  if (row >= rows_.size()) {
    throw RuleError("parameter " + parameter_ + ": row " + std::to_string(row + 1) + " does not exist");
  }
  const T* v = std::get_if<T>(&rows_[row][c]);
  if (v == nullptr) {
    throw RuleError("parameter " + parameter_ + ": column \"" + std::string(name) + "\" is of type " +
                    std::string(to_string(columns_[c].type)));
  }
  return *v;
}

Money Table::money(std::size_t row, std::string_view c) const { return get<Money>(row, c); }
Rate Table::rate(std::size_t row, std::string_view c) const { return get<Rate>(row, c); }
Decimal Table::decimal(std::size_t row, std::string_view c) const { return get<Decimal>(row, c); }
std::int64_t Table::integer(std::size_t row, std::string_view c) const { return get<std::int64_t>(row, c); }
const std::string& Table::text(std::size_t row, std::string_view c) const { return get<std::string>(row, c); }

}  // namespace basisbaan
