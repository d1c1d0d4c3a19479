// SPDX-License-Identifier: EUPL-1.2
// The white monthly wage-tax table, every row, for 2022 to 2026: the computation of
// law/wage_tax.hpp must reproduce the Belastingdienst's published table to the cent.
//
// Data: tests/data/wage_tax/witte_maandtabel_YYYY.csv, transcriptions of the official tables
// "Witte tabel maandloon, Nederland, standaard" (download.belastingdienst.nl, e.g.
// .../2026/v01/pdf/wit_mnd_nl_std_20260101.pdf); provenance in tests/data/wage_tax/README.md.
// Columns: table wage; below AOW: without credit, with credit, verrekende arbeidskorting;
// the same three for AOW age born before 1946 and for AOW age born from 1946 (with credit
// excluding the alleenstaande-ouderenkorting). In the 2024 table the third AOW column is the
// tax with credit including the alleenstaande-ouderenkorting (tests/data/wage_tax/README.md).

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "basisbaan/law/wage_tax.hpp"

using namespace basisbaan;

namespace {

const RuleBook& rules() {
  static const RuleBook book = RuleBook::load_directory(BASISBAAN_TEST_RULES_DIR);
  return book;
}

std::vector<std::vector<std::string>> read_csv(const std::string& path) {
  std::ifstream in(path);
  std::vector<std::vector<std::string>> rows;
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    if (header) {
      header = false;
      continue;
    }
    std::vector<std::string> cells;
    std::stringstream ss(line);
    for (std::string cell; std::getline(ss, cell, ',');) cells.push_back(cell);
    rows.push_back(cells);
  }
  return rows;
}

void check_year(int year) {
  const std::string path = std::string(BASISBAAN_TEST_DATA_DIR) + "/wage_tax/witte_maandtabel_" + std::to_string(year) + ".csv";
  const auto rows = read_csv(path);
  REQUIRE(rows.size() > 2000);
  const Date on{date::year{year}, date::January, date::day{1}};
  const TaxGroup groups[3] = {TaxGroup::BelowAow, TaxGroup::AowBornBefore1946, TaxGroup::AowBornFrom1946};
  std::vector<WageTaxParameters> params;
  for (auto g : groups) params.push_back(WageTaxParameters::load(rules(), on, PeriodKind::Month, g));
  std::size_t mismatches = 0;
  for (const auto& row : rows) {
    REQUIRE(row.size() == 10);
    const Money wage = Money::parse(row[0]);
    for (std::size_t g = 0; g < 3; ++g) {
      const auto without = wage_tax(params[g], {wage, false, false});
      const auto with = wage_tax(params[g], {wage, true, false});
      const bool third_is_aok = year == 2024 && g > 0;
      const std::string third = third_is_aok ? wage_tax(params[g], {wage, true, true}).wage_tax.str()
                                             : with.arbeidskorting_per_period.str();
      const std::string got[3] = {without.wage_tax.str(), with.wage_tax.str(), third};
      for (std::size_t c = 0; c < 3; ++c) {
        if (got[c] != row[1 + g * 3 + c]) {
          if (++mismatches <= 10) {
            FAIL_CHECK(year << " table wage " << row[0] << " group " << to_string(groups[g]) << " column " << c
                            << ": table " << row[1 + g * 3 + c] << ", computed " << got[c]);
          }
        }
      }
    }
  }
  CHECK(mismatches == 0);
}

}  // namespace

TEST_CASE("every row of the 2022 white monthly table is reproduced to the cent", "[wage_tax][table]") { check_year(2022); }
TEST_CASE("every row of the 2023 white monthly table is reproduced to the cent", "[wage_tax][table]") { check_year(2023); }
TEST_CASE("every row of the 2024 white monthly table is reproduced to the cent", "[wage_tax][table]") { check_year(2024); }
TEST_CASE("every row of the 2025 white monthly table is reproduced to the cent", "[wage_tax][table]") { check_year(2025); }
TEST_CASE("every row of the 2026 white monthly table is reproduced to the cent", "[wage_tax][table]") { check_year(2026); }
