// SPDX-License-Identifier: EUPL-1.2
// Benchmarks of the foundation: Money arithmetic, exact decimal products with rounding, and
// rule look-ups by name and date.

#include <vector>

#include "basisbaan/core/money.hpp"
#include "basisbaan/core/rate.hpp"
#include "basisbaan/rules/rule_book.hpp"
#include "bench_util.hpp"

using namespace basisbaan;

int main() {
  std::printf("basisbaan core benchmarks (one core)\n");
  std::vector<Money> amounts;
  for (int i = 0; i < 1024; ++i) amounts.push_back(Money::from_cents(100000 + i * 137));

  bench::measure("Money addition (checked)", [&](std::uint64_t n) {
    Money sum;
    for (std::uint64_t i = 0; i < n; ++i) sum += amounts[i & 1023];
    bench::keep(sum);
  });

  const Rate rate = Rate::percent(Decimal::parse("35.82"));
  constexpr NamedRounding cents_half_up{2, Rounding::HalfUp, "bench"};
  bench::measure("Money x Rate, rounded half-up to cents", [&](std::uint64_t n) {
    Money sum;
    for (std::uint64_t i = 0; i < n; ++i) sum += Money::round(amounts[i & 1023] * rate, cents_half_up);
    bench::keep(sum);
  });

  bench::measure("Decimal divide (annual / 12, half-up)", [&](std::uint64_t n) {
    Decimal sum;
    for (std::uint64_t i = 0; i < n; ++i) sum += divide(amounts[i & 1023].decimal(), Decimal(12), 2, Rounding::HalfUp);
    bench::keep(sum);
  });

  bench::measure("Money::parse(\"1.234,56\")", [&](std::uint64_t n) {
    std::int64_t sum = 0;
    for (std::uint64_t i = 0; i < n; ++i) sum += Money::parse("1.234,56").cents();
    bench::keep(sum);
  });

  const RuleBook book = RuleBook::load_directory(BASISBAAN_BENCH_RULES_DIR);
  const Date dates[4] = {parse_date("2024-03-01"), parse_date("2024-09-01"), parse_date("2025-03-01"),
                         parse_date("2025-09-01")};
  bench::measure("RuleBook::amount(\"wml.hourly\", date)", [&](std::uint64_t n) {
    std::int64_t sum = 0;
    for (std::uint64_t i = 0; i < n; ++i) sum += book.amount("wml.hourly", dates[i & 3]).cents();
    bench::keep(sum);
  });
  bench::measure("RuleBook::table(\"wml.youth_percentage\", date)", [&](std::uint64_t n) {
    std::size_t sum = 0;
    for (std::uint64_t i = 0; i < n; ++i) sum += book.table("wml.youth_percentage", dates[i & 3]).size();
    bench::keep(sum);
  });
  return 0;
}
