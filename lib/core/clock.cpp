// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/core/clock.hpp"

#include <chrono>
#include <string>

#include "basisbaan/core/error.hpp"

namespace basisbaan {

namespace {

bool digits(const std::string& s, std::size_t from, std::size_t count) {
  for (std::size_t i = from; i < from + count; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

int number(const std::string& s, std::size_t from, std::size_t count) {
  int n = 0;
  for (std::size_t i = from; i < from + count; ++i) n = n * 10 + (s[i] - '0');
  return n;
}

}  // namespace

std::string utc_text(std::chrono::sys_seconds t) {
  const auto day = std::chrono::floor<std::chrono::days>(t);
  const std::chrono::year_month_day ymd{day};
  const int year = static_cast<int>(ymd.year());
  if (year < 0 || year > 9999) {
    throw InputError("time " + std::to_string(t.time_since_epoch().count()) +
                     " s after 1970: its year has no YYYY-MM-DDTHH:MM:SSZ form (0000-9999)");
  }
  const std::chrono::hh_mm_ss hms{t - day};
  // Written digit by digit (the import stamps three audit entries per employee; a formatted print
  // per entry was a measurable share of it): the bytes of "%04d-%02u-%02uT%02ld:%02ld:%02ldZ".
  std::string out = "0000-00-00T00:00:00Z";
  const auto put = [&out](std::size_t at, std::size_t width, long value) {
    for (std::size_t i = width; i-- > 0; value /= 10) out[at + i] = static_cast<char>('0' + value % 10);
  };
  put(0, 4, year);
  put(5, 2, static_cast<long>(static_cast<unsigned>(ymd.month())));
  put(8, 2, static_cast<long>(static_cast<unsigned>(ymd.day())));
  put(11, 2, static_cast<long>(hms.hours().count()));
  put(14, 2, static_cast<long>(hms.minutes().count()));
  put(17, 2, static_cast<long>(hms.seconds().count()));
  return out;
}

std::string SystemClock::now() const {
  return utc_text(std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
}

FixedClock::FixedClock(std::string utc) : utc_(std::move(utc)) {
  const std::string& s = utc_;
  const bool shape = s.size() == 20 && digits(s, 0, 4) && s[4] == '-' && digits(s, 5, 2) && s[7] == '-' && digits(s, 8, 2) &&
                     s[10] == 'T' && digits(s, 11, 2) && s[13] == ':' && digits(s, 14, 2) && s[16] == ':' && digits(s, 17, 2) &&
                     s[19] == 'Z';
  const bool valid = shape &&
                     std::chrono::year_month_day{std::chrono::year{number(s, 0, 4)},
                                                 std::chrono::month{static_cast<unsigned>(number(s, 5, 2))},
                                                 std::chrono::day{static_cast<unsigned>(number(s, 8, 2))}}
                         .ok() &&
                     number(s, 11, 2) < 24 && number(s, 14, 2) < 60 && number(s, 17, 2) < 60;
  if (!valid) throw InputError("fixed clock: \"" + s + "\" is not a UTC time of the form YYYY-MM-DDTHH:MM:SSZ");
}

std::shared_ptr<const Clock> system_clock() {
  static const std::shared_ptr<const Clock> clock = std::make_shared<SystemClock>();
  return clock;
}

}  // namespace basisbaan
