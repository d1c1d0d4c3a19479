// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Private to the store: the values of recomputed payslip lines that packed to a stored text
// (pack_lines, packed_lines.cpp), so that replay can tell that lines pack to that text again
// without packing them (docs/store.md "How replay reads").

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "basisbaan/payroll/payslip_line.hpp"

namespace basisbaan::store_detail {

/// The typed values of a recomputed line as far as they make its packed text (pack_lines): two
/// lines with equal ReplayLineValues pack to the same text byte for byte. Quantities and percentages
/// count by their digits and scale, not only by value: stricter than needed (their text is that of
/// the normalised value), so that equal values can never be told apart by the text.
struct ReplayLineValues {
  std::int64_t amount = 0;
  std::int64_t quantity = 0;    ///< the quantity's mantissa
  std::int64_t per_unit = 0;    ///< the rate per unit, in cents
  std::int64_t percentage = 0;  ///< the rate's fraction, mantissa
  std::int32_t quantity_scale = 0;
  std::int32_t percentage_scale = 0;
  std::uint32_t description_end = 0;  ///< where the description ends in PackedLinesMemo::descriptions
  /// The description's characters when the recomputed line held a string literal
  /// (LineText::is_static), else nullptr: a line whose description is that very literal (same
  /// address and size: the same immutable bytes) has this description without comparing it.
  const char* literal = nullptr;
  LineCode code = LineCode::Net;
  LineKind kind = LineKind::Info;
  QuantityUnit unit = QuantityUnit::Hours;
  std::uint8_t has = 0;  ///< kMemoHasQuantity | kMemoHasPerUnit | kMemoHasPercentage
};
inline constexpr std::uint8_t kMemoHasQuantity = 1;
inline constexpr std::uint8_t kMemoHasPerUnit = 2;
inline constexpr std::uint8_t kMemoHasPercentage = 4;

/// The values of recomputed lines that packed to a stored text byte for byte: recomputed lines
/// with the same values pack to that text again (pack_lines is a function of these values), so
/// they need not be packed to be compared with it.
struct PackedLinesMemo {
  std::vector<ReplayLineValues> lines;
  std::string descriptions;  ///< the lines' descriptions one after the other

  explicit PackedLinesMemo(const std::vector<PayslipLine>& recomputed) {
    lines.reserve(recomputed.size());
    for (const auto& l : recomputed) {
      ReplayLineValues v;
      v.amount = l.amount.cents();
      v.code = l.code;
      v.kind = l.kind;
      if (l.quantity) {
        v.has |= kMemoHasQuantity;
        v.quantity = l.quantity->value.mantissa();
        v.quantity_scale = l.quantity->value.scale();
        v.unit = l.quantity->unit;
      }
      if (l.rate && l.rate->per_unit) {
        v.has |= kMemoHasPerUnit;
        v.per_unit = l.rate->per_unit->cents();
      }
      if (l.rate && l.rate->percentage) {
        v.has |= kMemoHasPercentage;
        v.percentage = l.rate->percentage->fraction().mantissa();
        v.percentage_scale = l.rate->percentage->fraction().scale();
      }
      descriptions += std::string_view(l.description);
      if (l.description.is_static() && !l.description.empty()) v.literal = std::string_view(l.description).data();
      v.description_end = static_cast<std::uint32_t>(descriptions.size());
      lines.push_back(v);
    }
  }

  /// Whether `recomputed` has exactly these values (so pack_lines gives the remembered text).
  bool same(const std::vector<PayslipLine>& recomputed) const {
    if (recomputed.size() != lines.size()) return false;
    std::uint32_t start = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const ReplayLineValues& v = lines[i];
      const PayslipLine& l = recomputed[i];
      if (l.amount.cents() != v.amount || l.code != v.code || l.kind != v.kind) return false;
      if (l.quantity.has_value() != ((v.has & kMemoHasQuantity) != 0)) return false;
      if (l.quantity && (l.quantity->value.mantissa() != v.quantity || l.quantity->value.scale() != v.quantity_scale ||
                         l.quantity->unit != v.unit)) {
        return false;
      }
      const bool per_unit = l.rate && l.rate->per_unit;
      const bool percentage = l.rate && l.rate->percentage;
      if (per_unit != ((v.has & kMemoHasPerUnit) != 0) || percentage != ((v.has & kMemoHasPercentage) != 0)) return false;
      if (per_unit && l.rate->per_unit->cents() != v.per_unit) return false;
      if (percentage && (l.rate->percentage->fraction().mantissa() != v.percentage ||
                         l.rate->percentage->fraction().scale() != v.percentage_scale)) {
        return false;
      }
      const std::string_view d(l.description);
      const std::size_t size = v.description_end - start;
      if (!(v.literal != nullptr && d.data() == v.literal && d.size() == size) &&
          d != std::string_view(descriptions).substr(start, size)) {
        return false;
      }
      start = v.description_end;
    }
    return true;
  }
};

}  // namespace basisbaan::store_detail
