// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The contract review (app/contract_review.hpp) as JSON: the document `basisbaan contract check
// --json` prints (dates as YYYY-MM-DD, amounts as decimal strings, keys in a fixed order).

#include "basisbaan/app/contract_review.hpp"
#include "basisbaan/core/json_input.hpp"

namespace basisbaan::app {

/// The review of `input` as JSON; with `trace`, the transition payment carries it as "trace".
Json contract_review_json(const ContractReviewInput& input, const ContractReview& review, const Trace* trace = nullptr);

}  // namespace basisbaan::app
