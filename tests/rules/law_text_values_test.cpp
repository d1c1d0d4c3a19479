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

namespace {

/// The heffingskortingen of one year as the Wet IB 2001 text of 1 January of that year states
/// them (art. 8.10 lid 2, 8.11 lid 2 d, 8.17 lid 2, 8.18 lid 2), amounts in cents.
struct HeffingskortingenInLaw {
  const char* year;
  const char* ahk_max;              ///< 8.10: "De algemene heffingskorting bedraagt € …"
  const char* ahk_phase_out_start;  ///< 8.10: "… dat meer bedraagt dan € …"
  const char* ahk_phase_out_rate;   ///< 8.10: "verminderd … met …%"
  const char* ark_phase_out_start;  ///< 8.11 lid 2 d: "6,51% … voor zover dat meer bedraagt dan € …"
  const char* ouk_max;              ///< 8.17: "De ouderenkorting bedraagt € …"
  const char* ouk_phase_out_start;  ///< 8.17: "… voor zover dat meer bedraagt dan € …"
  const char* aok_max;              ///< 8.18: "De alleenstaande ouderenkorting bedraagt € …"
};

void check_heffingskortingen(const HeffingskortingenInLaw& y) {
  const std::string on = std::string(y.year) + "-01-01";
  const std::string ib = "https://wetten.overheid.nl/BWBR0011353/" + on + "#Artikel";
  check_read_in_law("wage_tax.ahk.max.below_aow", on.c_str(), y.ahk_max, ib + "8.10");
  check_read_in_law("wage_tax.ahk.phase_out_start", on.c_str(), y.ahk_phase_out_start, ib + "8.10");
  check_read_in_law("wage_tax.ahk.phase_out_rate.below_aow", on.c_str(), y.ahk_phase_out_rate, ib + "8.10");
  check_read_in_law("wage_tax.ark.phase_out_start", on.c_str(), y.ark_phase_out_start, ib + "8.11");
  check_read_in_law("wage_tax.ouk.max", on.c_str(), y.ouk_max, ib + "8.17");
  check_read_in_law("wage_tax.ouk.phase_out_start", on.c_str(), y.ouk_phase_out_start, ib + "8.17");
  check_read_in_law("wage_tax.aok.max", on.c_str(), y.aok_max, ib + "8.18");
}

}  // namespace

TEST_CASE("Wet IB 2001 (1 January texts of 2025 and 2026): the heffingskortingen cite the law", "[rules][law-text]") {
  // 2025: "€ 3.068, verminderd … met 6,337% … meer bedraagt dan € 28.406"; "6,51% … meer bedraagt
  // dan € 43.071"; "De ouderenkorting bedraagt € 2.035, … meer bedraagt dan € 45.308"; "De
  // alleenstaande ouderenkorting bedraagt € 531."
  check_heffingskortingen({"2025", "3068.00", "28406.00", "6.337%", "43071.00", "2035.00", "45308.00", "531.00"});
  // 2026: "€ 3.115, verminderd … met 6,398% … meer bedraagt dan € 29.736"; "6,51% … meer bedraagt
  // dan € 45.592"; "De ouderenkorting bedraagt € 2.067, … meer bedraagt dan € 46.002"; "De
  // alleenstaande ouderenkorting bedraagt € 540."
  check_heffingskortingen({"2026", "3115.00", "29736.00", "6.398%", "45592.00", "2067.00", "46002.00", "540.00"});
}
