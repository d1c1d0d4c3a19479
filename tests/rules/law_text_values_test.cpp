// SPDX-License-Identifier: EUPL-1.2
// Values of rules/ that were read in the consolidated law text of their year (wetten.overheid.nl,
// as harvested in MinBZK/regelrecht-corpus) after first being taken from secondary sources: the
// value is the law's, its source names the article of that version, and it is no longer marked
// unconfirmed (so the comparisons and payslips stop listing it as such).

#include <catch2/catch.hpp>
#include <string>
#include "basisbaan/core/date.hpp"
#include "basisbaan/rules/rule_book.hpp"
#include "../rules.hpp"

namespace {

using basisbaan::parse_date;
using basisbaan::test::rules;

/// The value of `name` in force on `on` is `expected` (its text: amounts in cents, percentages with %), is not
/// marked unconfirmed, and its source cites `article_url`.
void check_read_in_law(const char* name, const char* on, const char* expected, const std::string& article_url) {
  INFO(name << " on " << on);
  const auto& v = rules().value_at(name, parse_date(on));
  CHECK(v.text == expected);
  CHECK(v.status != "unconfirmed");
  CHECK(basisbaan::source_of(rules().parameter(name), v).find(article_url) != std::string::npos);
}

}  // namespace

TEST_CASE("Awir art. 7 (2025-01-01 text): the toeslagen asset limits and the child income exemption of 2025", "[rules][law-text]") {
  // Art. 7 lid 3: "… meer bedraagt dan € 37.395 …"; "… van meer dan € 74.790."
  // Art. 7 lid 6: "… slechts in aanmerking genomen voor zover het meer bedraagt dan € 6.042."
  const std::string awir = "https://wetten.overheid.nl/BWBR0018472/2025-01-01";
  check_read_in_law("toeslagen.asset_limit.single", "2025-01-01", "37395.00", awir);
  check_read_in_law("toeslagen.asset_limit.partner", "2025-12-31", "74790.00", awir);
  check_read_in_law("toeslagen.child_income_exemption", "2025-06-30", "6042.00", awir);
}

TEST_CASE("Wet IB 2001 (2025-01-01 text): the heffingskortingen of 2025 below and at AOW age", "[rules][law-text]") {
  const std::string ib = "https://wetten.overheid.nl/BWBR0011353/2025-01-01#Artikel";
  // Art. 8.10 lid 2: "De algemene heffingskorting bedraagt € 3.068, verminderd … met 6,337% van het
  // gedeelte van het verzamelinkomen dat meer bedraagt dan € 28.406."
  check_read_in_law("wage_tax.ahk.max.below_aow", "2025-01-01", "3068.00", ib + "8.10");
  check_read_in_law("wage_tax.ahk.phase_out_start", "2025-01-01", "28406.00", ib + "8.10");
  check_read_in_law("wage_tax.ahk.phase_out_rate.below_aow", "2025-01-01", "6.337%", ib + "8.10");
  // Art. 8.11 lid 2 d: "6,51% van het arbeidsinkomen voor zover dat meer bedraagt dan € 43.071."
  check_read_in_law("wage_tax.ark.phase_out_start", "2025-01-01", "43071.00", ib + "8.11");
  // Art. 8.17 lid 2: "De ouderenkorting bedraagt € 2.035, verminderd … met 15% van het
  // verzamelinkomen voor zover dat meer bedraagt dan € 45.308."
  check_read_in_law("wage_tax.ouk.max", "2025-01-01", "2035.00", ib + "8.17");
  check_read_in_law("wage_tax.ouk.phase_out_start", "2025-01-01", "45308.00", ib + "8.17");
  // Art. 8.18 lid 2: "De alleenstaande ouderenkorting bedraagt € 531."
  check_read_in_law("wage_tax.aok.max", "2025-01-01", "531.00", ib + "8.18");
}

TEST_CASE("Wet IB 2001 (2026-01-01 text): the heffingskortingen of 2026 cite the law, not only a transcription of the Rekenvoorschriften", "[rules][law-text]") {
  const std::string ib = "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Artikel";
  // Art. 8.10 lid 2: "De algemene heffingskorting bedraagt € 3.115, verminderd … met 6,398% van het
  // gedeelte van het verzamelinkomen dat meer bedraagt dan € 29.736."
  check_read_in_law("wage_tax.ahk.max.below_aow", "2026-01-01", "3115.00", ib + "8.10");
  check_read_in_law("wage_tax.ahk.phase_out_start", "2026-01-01", "29736.00", ib + "8.10");
  check_read_in_law("wage_tax.ahk.phase_out_rate.below_aow", "2026-01-01", "6.398%", ib + "8.10");
  // Art. 8.11 lid 2 d: "6,51% van het arbeidsinkomen voor zover dat meer bedraagt dan € 45.592."
  check_read_in_law("wage_tax.ark.phase_out_start", "2026-01-01", "45592.00", ib + "8.11");
  // Art. 8.17 lid 2: "De ouderenkorting bedraagt € 2.067, … voor zover dat meer bedraagt dan € 46.002."
  check_read_in_law("wage_tax.ouk.max", "2026-01-01", "2067.00", ib + "8.17");
  check_read_in_law("wage_tax.ouk.phase_out_start", "2026-01-01", "46002.00", ib + "8.17");
  // Art. 8.18 lid 2: "De alleenstaande ouderenkorting bedraagt € 540."
  check_read_in_law("wage_tax.aok.max", "2026-01-01", "540.00", ib + "8.18");
}
