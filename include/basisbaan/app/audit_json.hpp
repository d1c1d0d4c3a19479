// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The audit trail as JSON (keys in a fixed order): the documents `basisbaan audit verify|log
// --json` print, for programs that read them.

#include <vector>

#include "basisbaan/core/json_input.hpp"
#include "basisbaan/store/audit.hpp"

namespace basisbaan::app {

/// {"ok", "entries", "rows", "head", "problems": [{"where", "what", "detail"}]}.
Json audit_verification_json(const AuditVerification& v);
/// {"entries": [{"seq", "at", "action", "entity", "row_hash", "detail" (parsed), "prev_hash", "hash"}]}.
Json audit_log_json(const std::vector<AuditEntry>& entries);

}  // namespace basisbaan::app
