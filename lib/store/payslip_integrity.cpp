// SPDX-License-Identifier: EUPL-1.2
#include "payslip_integrity.hpp"

#include <array>
#include <cstring>

#include <openssl/evp.h>

#include "internal.hpp"

namespace basisbaan::store_detail {

/// The first 64 bits of the SHA-256 of `content`, as the signed integer SQLite stores.
std::int64_t payslip_text_key(const std::string& content) {
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int length = 0;
  if (EVP_Digest(content.data(), content.size(), digest.data(), &length, EVP_sha256(), nullptr) != 1 || length < 8) {
    throw StoreError("SHA-256 computation failed (OpenSSL)");
  }
  std::uint64_t key = 0;
  for (int i = 0; i < 8; ++i) key = (key << 8) | digest[static_cast<std::size_t>(i)];
  std::int64_t out = 0;
  std::memcpy(&out, &key, sizeof out);
  return out;
}

bool PayslipTexts::input_altered() const {
  for (const auto& a : altered) {
    if (a.part == "input snapshot" || a.part == "opening state") return true;
  }
  return false;
}

std::string PayslipTexts::names() const {
  std::string out;
  for (std::size_t i = 0; i < altered.size(); ++i) {
    out += i == 0 ? "" : i + 1 == altered.size() ? " and " : ", ";
    out += altered[i].part + " (payslip text " + std::to_string(altered[i].id) + (altered[i].missing ? ", missing" : "") + ")";
  }
  return out;
}

PayslipTexts check_payslip_texts(const Database& db, std::int64_t run_id, const std::string& employee_id) {
  PayslipTexts out;
  SQLite::Statement p(db.sql(),
                      "SELECT employee_text, opening_text, after_text, unconfirmed_text, lines_text FROM payslips "
                      "WHERE run_id = ? AND employee_id = ?");
  p.bind(1, run_id);
  p.bind(2, employee_id);
  if (!p.executeStep()) return out;
  SQLite::Statement t(db.sql(), "SELECT key, content FROM payslip_texts WHERE id = ?");
  constexpr std::array<const char*, 5> kParts{"input snapshot", "opening state", "state after", "unconfirmed rules", "lines"};
  for (int i = 0; i < 5; ++i) {
    if (p.getColumn(i).isNull() || p.getColumn(i).getInt64() == 0) continue;
    out.keyed = true;
    const std::int64_t id = p.getColumn(i).getInt64();
    t.reset();
    t.bind(1, id);
    if (!t.executeStep()) {
      out.altered.push_back({kParts[static_cast<std::size_t>(i)], id, true});
    } else if (t.getColumn(1).isNull() || payslip_text_key(t.getColumn(1).getString()) != t.getColumn(0).getInt64()) {
      out.altered.push_back({kParts[static_cast<std::size_t>(i)], id, false});
    }
  }
  return out;
}

}  // namespace basisbaan::store_detail
