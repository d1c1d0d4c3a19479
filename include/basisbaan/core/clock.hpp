// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The time the library writes into the employer's database (when a run was computed or closed,
// when an audit entry was made). The library never reads the time from anywhere else: a program
// passes the clock in (store/database.hpp), so tests can fix it and nothing in the environment
// can put a false time into the audit chain.

#include <chrono>
#include <memory>
#include <string>

namespace basisbaan {

/// A source of the current time in UTC.
class Clock {
 public:
  Clock() = default;
  ///@{
  /// Copy and assignment, for the derived clocks.
  Clock(const Clock&) = default;
  Clock& operator=(const Clock&) = default;
  ///@}
  virtual ~Clock() = default;
  /// The current time in UTC as "YYYY-MM-DDTHH:MM:SSZ" (whole seconds), e.g. "2026-03-31T09:12:00Z".
  virtual std::string now() const = 0;
};

/// The system's real-time clock, truncated to whole seconds.
class SystemClock final : public Clock {
 public:
  std::string now() const override;
};

/// Always the same time: for tests and for reproducing a database byte for byte.
class FixedClock final : public Clock {
 public:
  /// `utc` must have the form "YYYY-MM-DDTHH:MM:SSZ" with a valid date and time; throws
  /// InputError otherwise.
  explicit FixedClock(std::string utc);
  std::string now() const override { return utc_; }

 private:
  std::string utc_;
};

/// `t` in UTC as "YYYY-MM-DDTHH:MM:SSZ", the form every Clock gives: what SystemClock::now()
/// writes for the system's time. Throws InputError for a year outside 0000-9999, which has no
/// such form.
std::string utc_text(std::chrono::sys_seconds t);

/// The shared SystemClock (the default of every Database).
std::shared_ptr<const Clock> system_clock();

}  // namespace basisbaan
