// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/core/identifiers.hpp"

namespace basisbaan {
namespace {
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
}  // namespace

std::string mask_bsn(std::string_view bsn) {
  if (bsn.size() <= 3) return std::string(bsn.size(), '*');
  return std::string(bsn.size() - 3, '*') + std::string(bsn.substr(bsn.size() - 3));
}

bool is_valid_bsn(std::string_view bsn) noexcept {
  if (bsn.size() != 9) return false;
  int sum = 0;
  for (std::size_t i = 0; i < 9; ++i) {
    if (!is_digit(bsn[i])) return false;
    const int weight = i == 8 ? -1 : static_cast<int>(9 - i);
    sum += weight * (bsn[i] - '0');
  }
  return sum % 11 == 0 && bsn != "000000000";
}

std::string normalize_iban(std::string_view iban) {
  std::string out;
  for (char c : iban) {
    if (c == ' ') continue;
    out.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
  }
  return out;
}

bool is_valid_iban(std::string_view text) noexcept {
  const std::string iban = normalize_iban(text);
  if (iban.size() < 15 || iban.size() > 34) return false;
  if (!is_upper(iban[0]) || !is_upper(iban[1]) || !is_digit(iban[2]) || !is_digit(iban[3])) return false;
  // Move the first four characters to the end, letters become 10..35, then mod 97 must be 1.
  int remainder = 0;
  for (std::size_t k = 0; k < iban.size(); ++k) {
    const char c = iban[(k + 4) % iban.size()];
    if (is_digit(c)) {
      remainder = (remainder * 10 + (c - '0')) % 97;
    } else if (is_upper(c)) {
      remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
    } else {
      return false;
    }
  }
  return remainder == 1;
}

bool is_valid_bic(std::string_view bic) noexcept {
  if (bic.size() != 8 && bic.size() != 11) return false;
  for (std::size_t i = 0; i < 6; ++i) {
    if (!is_upper(bic[i])) return false;
  }
  for (std::size_t i = 6; i < bic.size(); ++i) {
    if (!is_upper(bic[i]) && !is_digit(bic[i])) return false;
  }
  return true;
}

}  // namespace basisbaan
