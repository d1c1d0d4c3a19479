// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/employment/leave_ledger.hpp"

#include <algorithm>
#include <numeric>

#include "basisbaan/core/error.hpp"
#include "basisbaan/employment/statutory_term.hpp"

namespace basisbaan {
namespace {

// The year-to-date accrual is computed exactly and rounded once, so twelve months add up to the
// year's entitlement (4 × 32 = 128 hours, not 127.99 or 128.01).
constexpr NamedRounding kLeaveHours{2, Rounding::HalfUp,
                                    "leave hours kept to 1/100 hour; the year-to-date accrual is rounded once, half up"};
constexpr NamedRounding kPayout{2, Rounding::HalfUp, "art. 7:641 BW payout: hours × hourly wage, half up to cents"};

Date ymd(int y, unsigned m, unsigned d) { return Date{date::year{y}, date::month{m}, date::day{d}}; }
int year_of(const Date& d) { return static_cast<int>(d.year()); }

// Σ weekly hours × days in service in [from, to], exact.
Decimal hour_days(const LeaveLedger& l, const Date& from, const Date& to) {
  const Date a = std::max(from, l.employment_start);
  const Date b = l.employment_end ? std::min(to, *l.employment_end) : to;
  Decimal sum;
  if (b < a) return sum;
  for (std::size_t i = 0; i < l.hours.size(); ++i) {
    const Date seg_from = l.hours[i].from;
    const Date seg_to = i + 1 < l.hours.size() ? add_days(l.hours[i + 1].from, -1) : b;
    const Date lo = std::max(a, seg_from);
    const Date hi = std::min(b, seg_to);
    if (lo <= hi) sum += l.hours[i].hours_per_week.value() * Decimal(days_between(lo, hi) + 1);
  }
  return sum;
}

// Hours of `kind` accrued in `year` up to and including `through`.
Hours accrued(const RuleBook& rules, const LeaveLedger& l, LeaveKind kind, int year, const Date& through) {
  const Date ys = ymd(year, 1, 1);
  const Date ye = ymd(year, 12, 31);
  const Decimal hd = hour_days(l, ys, std::min(through, ye));
  if (hd.sign() == 0) return Hours();
  const Decimal days_in_year(days_between(ys, ye) + 1);
  const Date param_date = std::max(ys, l.employment_start);
  if (kind == LeaveKind::Statutory) {
    // 7:634 lid 1: four times the agreed weekly hours per year, pro rata to the days in service.
    const auto weeks = rules.integer("labour.leave.statutory_weeks", param_date);
    return Hours(divide(hd * Decimal(weeks), days_in_year, kLeaveHours));
  }
  const Decimal extra_ft = l.extra_hours_per_year_fulltime ? l.extra_hours_per_year_fulltime->value()
                                                           : rules.decimal("cao.leave.extra_hours_fulltime", param_date);
  if (extra_ft.sign() == 0) return Hours();
  const Decimal ft = rules.decimal("cao.working_week.full_time_hours", param_date);
  return Hours(divide(hd * extra_ft, ft * days_in_year, kLeaveHours));
}

struct Lot {
  int year;
  LeaveKind kind;
  Date expires_on;
  bool postponed = false;
  Decimal used;
};

bool unable_on(const LeaveLedger& l, const Date& d) {
  for (const auto& s : l.sickness) {
    if (s.unable_to_take_leave && s.from <= d && (!s.to || d <= *s.to)) return true;
  }
  return false;
}

std::vector<Lot> make_lots(const RuleBook& rules, const LeaveLedger& l, int last_year) {
  std::vector<Lot> lots;
  for (int y = year_of(l.employment_start); y <= last_year; ++y) {
    const Date next_year = ymd(y + 1, 1, 1);
    const auto limitation = rules.integer("labour.leave.limitation_years", next_year);
    const Date time_barred = ymd(y + 1 + static_cast<int>(limitation), 1, 1);
    // 7:640a: six months after the year, or a longer term agreed in writing.
    int expiry_months = static_cast<int>(rules.integer("labour.leave.statutory_expiry_months", next_year));
    if (l.agreed_statutory_expiry_months && *l.agreed_statutory_expiry_months > expiry_months) {
      expiry_months = *l.agreed_statutory_expiry_months;
    }
    Lot st{y, LeaveKind::Statutory, add_months(next_year, expiry_months), false, {}};
    // 7:640a: no expiry when the employee could reasonably not take leave up to that moment;
    // the hours then fall under the five-year term of 7:642.
    if (unable_on(l, add_days(st.expires_on, -1))) {
      st.expires_on = time_barred;
      st.postponed = true;
    }
    lots.push_back(st);
    lots.push_back(Lot{y, LeaveKind::Extra, time_barred, false, {}});
  }
  return lots;
}

// Books every taking on or before `up_to` against the lots, in date order, hours that expire
// first used first (statutory before extra on the same expiry). Throws when a taking exceeds the
// balance on its day.
std::vector<Lot> book(const RuleBook& rules, const LeaveLedger& l, const Date& up_to, const std::string& document) {
  int last_year = year_of(up_to);
  for (const auto& t : l.taken) last_year = std::max(last_year, year_of(t.date));
  std::vector<Lot> lots = make_lots(rules, l, last_year);
  std::vector<std::size_t> order(l.taken.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return l.taken[a].date < l.taken[b].date; });
  for (std::size_t ti : order) {
    const LeaveTaken& t = l.taken[ti];
    if (t.date > up_to) break;
    const Date through = last_of_month(t.date);
    std::vector<std::pair<std::size_t, Decimal>> avail;
    Decimal total;
    Decimal advanced;  // hours already taken in advance of accrual (lots used beyond their accrual)
    std::optional<std::size_t> current;  // this year's statutory lot, which carries an advance
    for (std::size_t k = 0; k < lots.size(); ++k) {
      const Lot& lot = lots[k];
      if (lot.year > year_of(t.date) || lot.expires_on <= t.date) continue;
      if (lot.year == year_of(t.date) && lot.kind == LeaveKind::Statutory) current = k;
      const Decimal a = accrued(rules, l, lot.kind, lot.year, through).value() - lot.used;
      if (a.sign() > 0) {
        avail.emplace_back(k, a);
        total += a;
      } else {
        advanced -= a;
      }
    }
    // Leave in advance, as agreed: the shortfall is booked on this year's statutory hours, which
    // catch up as they accrue (a negative balance until then).
    Decimal in_advance;
    if (total < t.hours.value()) {
      in_advance = t.hours.value() - total;
      if (!current || in_advance + advanced > l.advance_allowed.value()) {
        throw InputError(document + ": field " + t.ref + ": " + t.hours.str() + " hours of leave on " + to_string(t.date) +
                         " exceed the balance of " + total.str() + " hours on that day (leave taken beyond the balance" +
                         (l.advance_allowed.value().sign() > 0 ? " and the " + l.advance_allowed.str() + " hours agreed in advance"
                                                               : std::string()) +
                         ")");
      }
      lots[*current].used += in_advance;
    }
    std::stable_sort(avail.begin(), avail.end(), [&](const auto& a, const auto& b) {
      const Lot& x = lots[a.first];
      const Lot& y = lots[b.first];
      if (x.expires_on != y.expires_on) return x.expires_on < y.expires_on;
      return x.kind < y.kind;
    });
    Decimal left = t.hours.value() - in_advance;
    for (const auto& [k, a] : avail) {
      const Decimal take = min(a, left);
      lots[k].used += take;
      left -= take;
      if (left.sign() == 0) break;
    }
  }
  return lots;
}

LeaveBalance balance_at(const RuleBook& rules, const LeaveLedger& l, const Date& on) {
  LeaveBalance b;
  b.on = on;
  const std::vector<Lot> lots = book(rules, l, on, "ledger");
  const Date through = last_of_month(on);
  for (const Lot& lot : lots) {
    if (lot.year > year_of(on)) continue;
    LeaveLot out;
    out.year = lot.year;
    out.kind = lot.kind;
    out.expires_on = lot.expires_on;
    out.expiry_postponed = lot.postponed;
    out.used = Hours(lot.used);
    if (lot.expires_on <= on) {
      // The year has long been fully credited; what was not used before the expiry is lost.
      out.accrued = accrued(rules, l, lot.kind, lot.year, ymd(lot.year, 12, 31));
      out.expired = out.accrued - out.used;
    } else {
      out.accrued = accrued(rules, l, lot.kind, lot.year, through);
      out.remaining = out.accrued - out.used;
    }
    if (out.accrued.value().sign() == 0 && out.used.value().sign() == 0) continue;
    (lot.kind == LeaveKind::Statutory ? b.statutory : b.extra) += out.remaining;
    b.lots.push_back(out);
  }
  b.total = b.statutory + b.extra;
  return b;
}

}  // namespace

std::optional<std::string> leave_weekend_day(const Date& day) {
  const unsigned weekday = iso_weekday(day);
  if (weekday == 6) return "a Saturday";
  if (weekday == 7) return "a Sunday";
  return std::nullopt;
}

std::optional<std::string> leave_public_holiday_remark(const RuleBook& rules, const Date& day) {
  const auto holiday = public_holiday(rules, day);
  if (!holiday) return std::nullopt;
  return to_string(day) + " is " + *holiday + ", a public holiday (Atw art. 3): if the employee had the day off under the cao or "
         "the employer's rules, no leave hours are due for it";
}

std::string_view to_string(LeaveKind k) noexcept { return k == LeaveKind::Statutory ? "statutory" : "extra"; }

void validate_leave_ledger(const RuleBook& rules, const LeaveLedger& l, const std::string& document) {
  if (l.employment_end && *l.employment_end < l.employment_start) {
    throw InputError(document + ": field employment.end: the end " + to_string(*l.employment_end) + " is before the start " +
                     to_string(l.employment_start));
  }
  if (l.hours.empty() || l.hours.front().from > l.employment_start) {
    throw InputError(document + ": field hours: the weekly hours must be given from the start of employment " +
                     to_string(l.employment_start));
  }
  for (std::size_t i = 1; i < l.hours.size(); ++i) {
    if (l.hours[i].from <= l.hours[i - 1].from) {
      throw InputError(document + ": field hours[" + std::to_string(i) + "].from: expected a date after " +
                       to_string(l.hours[i - 1].from) + ", got " + to_string(l.hours[i].from));
    }
  }
  for (const auto& t : l.taken) {
    if (t.hours.value().sign() <= 0) throw InputError(document + ": field " + t.ref + ".hours: expected more than 0 hours");
    if (t.date < l.employment_start || (l.employment_end && t.date > *l.employment_end)) {
      throw InputError(document + ": field " + t.ref + ".date: " + to_string(t.date) + " is outside the employment");
    }
  }
  for (std::size_t i = 0; i < l.sickness.size(); ++i) {
    if (l.sickness[i].to && *l.sickness[i].to < l.sickness[i].from) {
      throw InputError(document + ": field sickness[" + std::to_string(i) + "].to: the last sick day " +
                       to_string(*l.sickness[i].to) + " is before the first " + to_string(l.sickness[i].from));
    }
  }
  Date last = l.employment_start;
  for (const auto& t : l.taken) last = std::max(last, t.date);
  book(rules, l, last, document);
}

LeaveBalance leave_balance(const RuleBook& rules, const LeaveLedger& l, const Date& on) {
  const bool ended = l.employment_end && *l.employment_end <= on;
  LeaveBalance b = balance_at(rules, l, ended ? *l.employment_end : on);
  b.on = on;
  if (ended) {
    // 7:641 lid 1: the remaining hours are paid out at the end of employment.
    b.payout_hours = b.total;
    if (l.hourly_wage) b.payout = Money::exact(divide(b.total.value() * l.hourly_wage->decimal(), Decimal(1), kPayout));
  }
  return b;
}

std::vector<MonthlyAccrual> leave_accrual_by_month(const RuleBook& rules, const LeaveLedger& l, int year) {
  std::vector<MonthlyAccrual> out;
  Hours prev_st;
  Hours prev_ex;
  for (unsigned m = 1; m <= 12; ++m) {
    const Date first = ymd(year, m, 1);
    const Hours st = accrued(rules, l, LeaveKind::Statutory, year, last_of_month(first));
    const Hours ex = accrued(rules, l, LeaveKind::Extra, year, last_of_month(first));
    out.push_back({first, st - prev_st, ex - prev_ex});
    prev_st = st;
    prev_ex = ex;
  }
  return out;
}

void apply_leave_agreements(LeaveLedger& ledger, const std::vector<LeaveAgreement>& agreements) {
  const LeaveAgreement* in_force = nullptr;
  for (const LeaveAgreement& a : agreements) {
    if (in_force == nullptr || !(a.agreed_on < in_force->agreed_on)) in_force = &a;
  }
  if (in_force == nullptr) return;
  ledger.agreed_statutory_expiry_months = in_force->statutory_expiry_months;
  ledger.advance_allowed = in_force->advance_allowed;
}

}  // namespace basisbaan
