// SPDX-License-Identifier: EUPL-1.2
// kPayslipSelect and kReplaySelect (lib/store/internal.cpp) are built by the compiler from one
// column list: a reader in another file's static initialisation — as this file's copies below
// are — sees their full text, whatever order the files are initialised in.

#include <catch2/catch.hpp>

#include <string>

#include "../../lib/store/internal.hpp"

using namespace basisbaan::store_detail;

namespace {

// Read during this file's static initialisation (before main).
const std::string kPayslipSelectEarly = kPayslipSelect;
const std::string kReplaySelectEarly = kReplaySelect;

}  // namespace

TEST_CASE("The payslip SELECTs are whole during static initialisation", "[store][replay]") {
  CHECK(kPayslipSelectEarly == std::string(kPayslipSelect));
  CHECK(kReplaySelectEarly == std::string(kReplaySelect));
  // The two lists are one: the same first column, the texts joined where the full one reads them.
  CHECK(kPayslipSelectEarly.rfind("SELECT p.employee_id, coalesce(te.content, p.employee), ", 0) == 0);
  // Replay reads the texts by their ids: no join.
  CHECK(kReplaySelectEarly.rfind("SELECT p.employee_id, p.employee, p.opening_state, '', p.state_after, ", 0) == 0);
  CHECK(kReplaySelectEarly.find(" FROM payslips p") != std::string::npos);
  CHECK(kReplaySelectEarly.find("JOIN") == std::string::npos);
  CHECK(kPayslipSelectEarly.find(" LEFT JOIN payslip_texts ta ON ta.id = p.after_text") != std::string::npos);
}
