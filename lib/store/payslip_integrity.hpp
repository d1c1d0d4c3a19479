// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Which stored part of a payslip was altered after the run (issue: auditor's review F10). The
// payslip hash covers the payslip as a whole; the texts it refers to (schema 7 and later: the
// input snapshot, the opening state, the state after, the unconfirmed rules, the packed lines)
// each keep the key they were stored under, the first 64 bits of their SHA-256. A text that no
// longer matches its key was changed after it was stored: that names the part. Used by audit
// verify and by replay (which then does not call the stored amounts wrong).

#include <cstdint>
#include <string>
#include <vector>

#include "basisbaan/store/database.hpp"

namespace basisbaan::store_detail {

/// The first 64 bits of the SHA-256 of `content`, as the signed integer SQLite stores: the key of
/// a payslip text (payslip_texts.key).
std::int64_t payslip_text_key(const std::string& content);

/// One text of a payslip that no longer matches the key it was stored under.
struct AlteredText {
  std::string part;  ///< "input snapshot", "opening state", "state after", "unconfirmed rules", "lines"
  std::int64_t id = 0;  ///< its id in payslip_texts
  bool missing = false;  ///< no text has that id
};

/// What the stored texts of one payslip say about it.
struct PayslipTexts {
  bool keyed = false;  ///< the payslip refers to keyed texts (schema 7 and later); false: its texts are in its row
  std::vector<AlteredText> altered;  ///< the texts that no longer match their keys, in the order of `part` above
  /// Whether the input the payslip was computed from (snapshot or opening state) was altered.
  bool input_altered() const;
  /// "input snapshot (payslip text 12)", "input snapshot (payslip text 12) and state after (…)".
  std::string names() const;
};

/// The texts of the payslip of `employee_id` in run `run_id`, each checked against its key.
PayslipTexts check_payslip_texts(const Database& db, std::int64_t run_id, const std::string& employee_id);

}  // namespace basisbaan::store_detail
