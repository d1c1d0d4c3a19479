// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/income/comparison.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "basisbaan/core/error.hpp"
#include "basisbaan/income/annual_settlement.hpp"
#include "basisbaan/income/benefit_gross.hpp"
#include "basisbaan/law/bijstand.hpp"
#include "basisbaan/law/huurtoeslag.hpp"
#include "basisbaan/law/kindgebonden_budget.hpp"
#include "basisbaan/law/kinderbijslag.hpp"
#include "basisbaan/law/municipal_schemes.hpp"
#include "basisbaan/law/tax_group.hpp"
#include "basisbaan/law/zorgtoeslag.hpp"
#include "job_payroll.hpp"
#include "month_before_start.hpp"
#include "verdict.hpp"

namespace basisbaan {
namespace {

constexpr NamedRounding kMonthHalfUp{2, Rounding::HalfUp, "per month = per year / 12, rounded half up to the cent (presentation)"};
constexpr NamedRounding kHourHalfUp{2, Rounding::HalfUp, "gain per hour worked, rounded half up to the cent (presentation)"};

struct LineSpec {
  const char* code;
  const char* nl;
  const char* en;
};
constexpr LineSpec kLines[] = {
    {"net_wage", "Nettoloon (incl. vakantiegeld en eindejaarsuitkering)", "Net wage (incl. holiday allowance and end-of-year payment)"},
    {"tax_settlement", "Teruggaaf (+) of bijbetaling (−) inkomstenbelasting", "Income-tax settlement (refund + / payment −)"},
    {"bijstand", "Bijstand (netto, incl. vakantietoeslag)", "Bijstand (net, incl. holiday allowance)"},
    {"other_income", "Huidige andere uitkering (netto)", "Current other income (net)"},
    {"partner_income", "Inkomen partner (netto)", "Partner's income (net)"},
    {"zorgtoeslag", "Zorgtoeslag", "Zorgtoeslag (health-care allowance)"},
    {"huurtoeslag", "Huurtoeslag", "Huurtoeslag (rent allowance)"},
    {"kindgebonden_budget", "Kindgebonden budget", "Kindgebonden budget (child budget)"},
    {"kinderbijslag", "Kinderbijslag", "Kinderbijslag (child benefit)"},
    {"energietoeslag", "Energietoeslag (gemeente)", "Energietoeslag (municipal energy allowance)"},
    {"individuele_inkomenstoeslag", "Individuele inkomenstoeslag (gemeente)", "Individuele inkomenstoeslag (municipal)"},
    {"kwijtschelding", "Kwijtschelding gemeentelijke belastingen", "Waiver of municipal taxes (kwijtschelding)"},
    {"minimaregelingen", "Overige minimaregelingen (gemeente)", "Other municipal minima schemes"},
};

std::vector<IncomeLine> empty_lines() {
  std::vector<IncomeLine> v;
  for (const auto& s : kLines) {
    IncomeLine l;
    l.code = s.code;
    l.label_nl = s.nl;
    l.label_en = s.en;
    v.push_back(std::move(l));
  }
  return v;
}

IncomeLine& line_of(std::vector<IncomeLine>& lines, std::string_view code) {
  for (auto& l : lines) {
    if (l.code == code) return l;
  }
  throw std::logic_error("income line " + std::string(code));
}

Date month_start(int year, int month) { return Date{date::year{year}, date::month{static_cast<unsigned>(month)}, date::day{1}}; }

int whole_months_between(const Date& from, const Date& to) {
  int m = (static_cast<int>(to.year()) - static_cast<int>(from.year())) * 12 +
          (static_cast<int>(static_cast<unsigned>(to.month())) - static_cast<int>(static_cast<unsigned>(from.month())));
  if (to.day() < from.day()) --m;
  return std::max(0, m);
}

void add_all(std::set<std::string>& to, const std::vector<std::string>& from) { to.insert(from.begin(), from.end()); }

}  // namespace

Money noise_threshold_per_month() { return Money::euros(10); }

const IncomeLine& SituationResult::line(std::string_view code) const {
  for (const auto& l : lines) {
    if (l.code == code) return l;
  }
  throw std::logic_error("income line " + std::string(code));
}

struct IncomeModel::Prepared {
  int year = 0;
  Date jan1;
  Date dec31;
  int age = 0;
  bool partner_aow = false;
  std::optional<Date> person_aow_in_year;   ///< the person reaches the AOW age after the date, within the year
  std::optional<Date> partner_aow_in_year;  ///< the partner does
  bool has_minor_children = false;
  bool child_under_12 = false;
  /// The person qualifies for the inkomensafhankelijke combinatiekorting apart from the income
  /// (Wet IB 2001 art. 8.14a lid 1 b and c): no partner, and a child under 12 on 1 January who
  /// lives in the home at least six months of the year (born on or before 1 July). A couple is
  /// not given it: the household does not say how much of the partner's income is labour income
  /// (docs/income-comparison.md).
  bool combinatiekorting = false;
  int low_income_months = 0;
  bool since_assumed = false;
  bool first_year_payroll = false;  ///< the rules do not cover last year: the year alone
  std::string first_year_reason;
  HolidayAllowancePayment holiday_allowance = HolidayAllowancePayment::InMay;
  /// From the start of the simulated employment to December of the year; the rules of a month
  /// built where its errors could differ or a payslip is computed (simulated_periods.cpp).
  std::optional<income_detail::SimulatedPeriods> periods;
  WageTaxParameters benefit_tax;
  TaxGroup settlement_group = TaxGroup::BelowAow;
  std::string municipality_name;
  std::set<std::string> base_unconfirmed;
  std::optional<SituationResult> current;
  // The toeslagen's rules of the year, prepared on first use: huurtoeslag(RuleBook, f) is
  // huurtoeslag(HuurtoeslagRules(rules, f.year), f) (likewise zorgtoeslag, kindgebonden budget),
  // so preparing once where it first prepares gives the same results, errors and records; the
  // book does not change while the model lives (the periods' rules are read once too).
  mutable std::optional<ZorgtoeslagRules> zorgtoeslag_rules;
  mutable std::optional<HuurtoeslagRules> huurtoeslag_rules;
  mutable std::optional<KindgebondenBudgetRules> kindgebonden_budget_rules;
  /// municipal_schemes() by the net income tested, in cents: every other fact it is given is the
  /// household's, the same in every situation of the model (compute_situation, step 4).
  mutable std::map<std::int64_t, MunicipalSchemes> municipal;
  /// The municipality's rules, prepared on first use: municipal_schemes(RuleBook, f) is by
  /// definition municipal_schemes(MunicipalRules(rules, f.municipality, f.on, f.household,
  /// f.aow_age), f), and those facts are the household's (the same in every situation).
  mutable std::optional<MunicipalRules> municipal_rules;
  /// kinderbijslag() of the year: given only the year and the children.
  mutable std::optional<Kinderbijslag> kinderbijslag;
  /// The bijstand rules of each month of the year (index month − 1), without and with AOW age,
  /// prepared on first use: bijstand(RuleBook, f) is by definition bijstand(BijstandRules(rules,
  /// f.month, f.household, f.aow_age), f), and the household type is the model's.
  mutable std::optional<BijstandRules> bijstand_rules[12][2];
  /// The wage-tax parameters of the income-tax assessment, loaded on first use:
  /// income_tax_assessment(RuleBook, year, group, y) is by definition the assessment with
  /// WageTaxParameters::load(rules, 1 January, Month, group), and the year and group are the model's.
  mutable std::optional<WageTaxParameters> assessment_parameters;
  /// The combinatiekorting's parameters of the year, loaded on first use (when `combinatiekorting`).
  mutable std::optional<CombinatiekortingParameters> combinatiekorting_parameters;
  income_detail::PayrollPlan plan;  ///< which payslips job_payroll() computes (the same for all hours)
  /// The reference computation (tests, bench): job_payroll_every_month(), the RuleBook functions
  /// of the toeslagen, the bijstand, the income-tax assessment and the municipal schemes each
  /// time, nothing reused; with_job() with notes and trace for the sweep's points.
  bool reference = false;
  /// The payroll at the offered hours, from the check that the rules cover the year before.
  std::optional<JobPayroll> offered;
  std::set<std::string> offered_unconfirmed;  ///< the unconfirmed rules that payroll used
};

IncomeModel::IncomeModel(const RuleBook& rules, Household household)
    : rules_(&rules), household_(std::move(household)), prepared_(std::make_unique<Prepared>()) {
  validate_household(rules, household_);
  auto& P = *prepared_;
  const Household& h = household_;
  P.year = h.year();
  P.jan1 = month_start(P.year, 1);
  P.dec31 = Date{date::year{P.year}, date::December, date::day{31}};
  P.age = age_on(h.person.birth_date, h.date);
  P.partner_aow = h.partner && at_aow_age(rules, h.partner->birth_date, h.date);
  auto aow_in_year = [&](const Date& birth) -> std::optional<Date> {
    if (P.dec31 < earliest_aow_date(rules, birth)) return std::nullopt;
    const std::optional<Date> d = fixed_aow_date(rules, birth);
    if (d && h.date < *d && !(P.dec31 < *d)) return d;
    return std::nullopt;
  };
  P.person_aow_in_year = aow_in_year(h.person.birth_date);
  if (h.partner && !P.partner_aow) P.partner_aow_in_year = aow_in_year(h.partner->birth_date);
  for (const auto& c : h.children) {
    const int a = age_on(c.birth_date, h.date);
    if (a < 18) P.has_minor_children = true;
    if (a < 12) P.child_under_12 = true;
  }
  const Date twelve_years_before_jan1{date::year{P.year - 12}, date::January, date::day{1}};
  const Date july1{date::year{P.year}, date::July, date::day{1}};
  P.combinatiekorting = !h.partner && std::any_of(h.children.begin(), h.children.end(), [&](const HouseholdChild& c) {
    return twelve_years_before_jan1 < c.birth_date && !(july1 < c.birth_date);
  });
  if (h.current.since) {
    P.low_income_months = whole_months_between(*h.current.since, h.date);
  } else {
    P.low_income_months = 1200;
    P.since_assumed = true;
  }
  // A steady year with the job: employed since 1 January of the year before (so that the May
  // holiday allowance holds twelve months and last year's wage sets the bijzonder tarief). When
  // the rules do not cover last year, the year alone with the holiday allowance paid every month
  // (the same yearly amount; the settlement corrects the different withholding).
  try {
    P.periods.emplace(rules, month_start(P.year - 1, 1), P.dec31);
    // Both years from January (their errors decide, as job_payroll_every_month()'s would); kept
    // for the offered hours.
    income_detail::PayrollPlans plans = income_detail::plan_job_payroll(rules, *P.periods, P.year, h, h.job.holiday_allowance);
    P.offered = income_detail::job_payroll(*P.periods, P.year, h, h.job.holiday_allowance, h.job.hours_per_week, plans.whole,
                                           P.offered_unconfirmed);
    P.plan = std::move(plans.from_first);
    P.holiday_allowance = h.job.holiday_allowance;
  } catch (const RuleError& e) {
    P.offered_unconfirmed.clear();
    P.periods.emplace(rules, P.jan1, P.dec31);
    P.holiday_allowance = HolidayAllowancePayment::EveryPeriod;
    P.first_year_payroll = true;
    P.first_year_reason = e.what();
    P.plan = income_detail::plan_job_payroll(rules, *P.periods, P.year, h, P.holiday_allowance).from_first;
  }
  P.benefit_tax = benefit_wage_tax_parameters(rules, P.jan1, TaxGroup::BelowAow);
  P.settlement_group = tax_group_on(rules, h.person.birth_date, P.dec31);
}

IncomeModel::~IncomeModel() = default;
IncomeModel::IncomeModel(IncomeModel&&) noexcept = default;
IncomeModel& IncomeModel::operator=(IncomeModel&&) noexcept = default;

namespace {

// Everything one situation needs that differs between "now" and "with the job".
struct SituationInput {
  bool job = false;
  Hours hours;
  std::optional<JobPayroll> payroll;
  Money other_net_per_month;  ///< the current other income (situation "other" only)
  Money other_gross_per_year;
};

}  // namespace

namespace {

bool same_text(const Hours& a, const Hours& b) {
  return a.value().mantissa() == b.value().mantissa() && a.value().scale() == b.value().scale();
}

// The payroll of the comparison year at `hours` (the last twelve of the simulated periods).
JobPayroll simulate_payroll(const IncomeModel::Prepared& P, const Household& h, const Hours& hours,
                            std::set<std::string>& unconfirmed) {
  if (P.reference) return income_detail::job_payroll_every_month(*P.periods, P.year, h, P.holiday_allowance, hours, unconfirmed);
  if (P.offered && same_text(hours, P.offered->hours_per_week)) {
    // The same function of the same inputs, computed once already.
    unconfirmed.insert(P.offered_unconfirmed.begin(), P.offered_unconfirmed.end());
    return *P.offered;
  }
  return income_detail::job_payroll(*P.periods, P.year, h, P.holiday_allowance, hours, P.plan, unconfirmed);
}

}  // namespace

namespace {

// `details`: the lines' notes and the assessment's trace (the sweep reads neither: with_job()
// without them, ModelAccess::amounts(), has every other field the same).
SituationResult compute_situation(const RuleBook& rules, const Household& h, const IncomeModel::Prepared& P,
                                  SituationInput&& in, std::set<std::string>& unconfirmed,
                                  std::vector<std::string>& notes, bool details = true) {
  SituationResult s;
  s.name = in.job ? "job" : "current";
  s.payroll = std::move(in.payroll);
  s.lines = empty_lines();
  const Money partner_net = h.partner ? h.partner->net_income_per_month : Money();
  const bool partner_has_income = h.partner && (h.partner->net_income_per_month.sign() > 0 || h.partner->gross_income_per_year.sign() > 0);
  const unsigned date_month = static_cast<unsigned>(h.date.month());

  // 1. Wage (the income-tax assessment follows the bijstand: it taxes both together).
  Money claimant_gross;
  if (s.payroll) {
    auto& w = line_of(s.lines, "net_wage");
    w.per_year = s.payroll->net_per_year;
    w.applies = true;
    if (details) {
      w.notes.push_back(s.payroll->hours_per_week.str() + " hours a week at " + s.payroll->hourly_wage.str() +
                        " an hour (January); gross " + s.payroll->gross_per_year.str() + " incl. holiday allowance " +
                        s.payroll->holiday_allowance.str() + " and end-of-year payment " + s.payroll->year_end_payment.str());
    }
    claimant_gross += s.payroll->wage_for_wage_tax;
  }
  if (!in.job && h.current.situation == CurrentSituation::Other) {
    auto& o = line_of(s.lines, "other_income");
    o.per_year = h.current.net_per_month * 12;
    o.applies = true;
    if (details && !h.current.description.empty()) o.notes.push_back(h.current.description);
    claimant_gross += *h.current.gross_per_year;
  }
  {
    auto& p = line_of(s.lines, "partner_income");
    p.per_year = partner_net * 12;
    p.applies = partner_net.sign() > 0;
  }

  // 2. Bijstand, month by month (norms change on 1 January and 1 July): a top-up of the
  //    household's own net income to the norm (Pw art. 19 lid 2).
  Money bijstand_year;
  Money bijstand_gross;
  Money claimant_bijstand_gross;     // the claimant's own part (a couple: half), for the assessment
  Money claimant_bijstand_withheld;
  std::map<std::pair<std::int64_t, bool>, Money> gross_cache;  // few months differ: each grossed up once
  auto gross_of = [&](Money net, bool credit) {
    auto [it, fresh] = gross_cache.try_emplace({net.cents(), credit});
    if (fresh) it->second = gross_up_benefit(P.benefit_tax, net, credit);
    return it->second;
  };
  // The municipality applies the loonheffingskorting on the bijstand unless told not to; beside
  // a job that applies it too, it is then applied twice (the assessment reclaims it).
  const bool bijstand_credit = !s.payroll || h.job.bijstand_keeps_tax_credit;
  auto claimant_part = [&](Money net) {
    const Money g = gross_of(net, bijstand_credit);
    claimant_bijstand_gross += g;
    claimant_bijstand_withheld += g - net;
    return g;
  };
  bool disregard_used = false;
  std::string disregard_refused;  // job.earnings_disregard asked for, not applied (bijstand()'s note says why)
  bool assets_above_limit = false;  // in the month of the date: every scheme that tests assets ends
  for (int m = 1; m <= 12; ++m) {
    BijstandFacts f;
    f.month = month_start(P.year, m);
    f.household = h.household_type();
    // From the first month that starts on or after the AOW date the norm of art. 22 applies.
    f.aow_age = P.partner_aow || (P.person_aow_in_year && !(*P.person_aow_in_year > f.month)) ||
                (P.partner_aow_in_year && !(*P.partner_aow_in_year > f.month));
    f.age = P.age;
    f.assets = h.assets;
    f.cost_sharers = h.cost_sharers;
    f.child_under_12 = P.child_under_12;
    f.other_net_income = partner_net;
    if (s.payroll) {
      f.net_earnings = s.payroll->counted_per_month[static_cast<std::size_t>(m - 1)];
      if (h.job.earnings_disregard) f.disregard_month = m;
    } else if (!in.job && h.current.situation == CurrentSituation::Other) {
      f.other_net_income += h.current.net_per_month;
    }
    std::optional<BijstandRules>& prepared = P.bijstand_rules[m - 1][f.aow_age ? 1 : 0];
    if (!P.reference && !prepared) prepared.emplace(rules, f.month, f.household, f.aow_age);
    const Bijstand b = P.reference ? bijstand(rules, f) : bijstand(*prepared, f);
    add_all(unconfirmed, b.unconfirmed);
    if (b.earnings_disregard.sign() > 0 || b.single_parent_disregard.sign() > 0) disregard_used = true;
    for (const auto& n : b.notes) {
      if (n.rfind("no earnings disregard under ", 0) == 0) disregard_refused = n;  // the age condition of art. 31 lid 5
    }
    bijstand_year += b.top_up;
    s.bijstand_per_month.push_back(b.top_up);
    if (static_cast<unsigned>(f.month.month()) == date_month) {
      s.bijstand_norm_per_month = b.norm.per_month;
      s.income_tested_per_month = b.net_total;
      if (details && b.assets_above_limit) line_of(s.lines, "bijstand").notes.push_back("assets above the limit " + b.asset_limit.str() + ": no bijstand (Pw art. 34)");
      assets_above_limit = b.assets_above_limit;
      s.bijstand_assets_above_limit = b.assets_above_limit;
      s.bijstand_asset_limit = b.asset_limit;
      if (details && b.norm.cost_sharers > 0) {
        line_of(s.lines, "bijstand").notes.push_back("kostendelersnorm with " + std::to_string(b.norm.cost_sharers) +
                                                     " cost sharer(s): " + b.norm.per_month.str() + " a month (Pw art. 22a)");
      }
    }
    if (b.top_up.sign() > 0) {
      // Gross for the toetsingsinkomen: a couple's bijstand is paid half to each partner, each
      // grossed up with the loonheffingskorting, except the half of a partner with own income
      // (who uses it there). Next to a job the credit is used twice in the withholding; the
      // income-tax assessment below reclaims it.
      if (f.household == BijstandHousehold::Couple) {
        const Money half = Money::from_cents(b.top_up.cents() / 2);
        bijstand_gross += claimant_part(b.top_up - half) + gross_of(half, !partner_has_income);
      } else {
        bijstand_gross += claimant_part(b.top_up);
      }
    }
  }
  {
    auto& b = line_of(s.lines, "bijstand");
    b.per_year = bijstand_year;
    b.applies = bijstand_year.sign() > 0;
    if (details && in.job && b.applies) {
      b.notes.push_back("partial bijstand: the job's net income stays below the norm in some months");
      if (disregard_used) b.notes.push_back("with the earnings disregard (Pw art. 31 lid 2 sub n/r)");
    }
    if (details && !disregard_refused.empty()) {
      b.notes.push_back(std::string(kDisregardNotApplied) + disregard_refused);
    }
  }
  if (!in.job && h.current.situation == CurrentSituation::Bijstand && h.current.gross_per_year) {
    s.gross_bijstand_per_year = *h.current.gross_per_year;
  } else {
    s.gross_bijstand_per_year = bijstand_gross;
  }

  // 2b. The income-tax assessment of the year (Wet IB 2001) with the job: the wage and the
  //     claimant's own bijstand together, the credits once (annual_settlement.hpp). Without a
  //     job one payer applies the credits and the withholding is final: no assessment line.
  if (s.payroll) {
    IncomeTaxYear y;
    y.wage = max(Money(), s.payroll->wage_for_wage_tax);
    y.wage_tax_withheld = s.payroll->wage_tax_withheld;
    y.benefits = claimant_bijstand_gross;
    y.benefits_tax_withheld = claimant_bijstand_withheld;
    y.payers_with_credit = (claimant_bijstand_gross.sign() > 0 && bijstand_credit) ? 2 : 1;
    y.combinatiekorting = P.combinatiekorting;
    std::optional<Trace> trace;
    if (details) trace.emplace("inkomstenbelasting " + std::to_string(P.year));
    Trace* const tr = trace ? &*trace : nullptr;
    // y's amounts are never negative here (the wage at least 0, the benefits sums of gross-ups and
    // their withholding), so the RuleBook form's check before loading cannot throw first.
    if (!P.reference && !P.assessment_parameters) {
      P.assessment_parameters = WageTaxParameters::load(rules, P.jan1, PeriodKind::Month, P.settlement_group);
    }
    if (!P.reference && P.combinatiekorting && !P.combinatiekorting_parameters) {
      P.combinatiekorting_parameters = CombinatiekortingParameters::load(rules, P.jan1);
    }
    const TaxSettlement t =
        P.reference ? income_tax_assessment(rules, P.year, P.settlement_group, y, tr)
                    : income_tax_assessment(*P.assessment_parameters, y, tr,
                                            P.combinatiekorting_parameters ? &*P.combinatiekorting_parameters : nullptr);
    auto& ts = line_of(s.lines, "tax_settlement");
    // A refund over a year with bijstand is means for that year (the Participatiewet's net
    // principle): the municipality offsets it against the bijstand paid, so only what exceeds that
    // bijstand is the household's (docs/income-comparison.md, "Choices").
    const Money offset = t.settlement.sign() > 0 ? min(t.settlement, bijstand_year) : Money();
    ts.per_year = t.settlement - offset;
    s.tax_refund_offset = offset;
    ts.applies = !t.settlement.is_zero();
    if (details) ts.notes.push_back("assessed tax " + t.assessment.tax.str() + " on " + t.assessment.taxable_income.str() +
                       " (before credits " + t.assessment.tax_before_credits.str() + ", algemene heffingskorting " +
                       t.assessment.algemene_heffingskorting.str() + ", arbeidskorting " +
                       t.assessment.arbeidskorting.str() +
                       (y.combinatiekorting ? ", inkomensafhankelijke combinatiekorting " + t.assessment.combinatiekorting.str()
                                            : std::string()) +
                       ") against " + t.withheld.str() + " withheld" +
                       (y.benefits.sign() > 0 ? " (of which " + y.benefits_tax_withheld.str() + " on bijstand " +
                                                    y.benefits.str() + " gross)"
                                              : std::string()));
    if (details) {
      for (const auto& n : t.notes) ts.notes.push_back(n);
    }
    if (details && offset.sign() > 0) {
      ts.notes.push_back("refund " + t.settlement.str() + " over a year with bijstand (" + bijstand_year.str() +
                         ") is means for that year (Pw net principle): the municipality offsets " + offset.str() +
                         " against the bijstand, " + ts.per_year.str() + " is left for the household");
    }
    ts.trace = std::move(trace);
  }

  // 3. Toeslagen from the year's toetsingsinkomen (Awir art. 8).
  const Money claimant_income = claimant_gross + s.gross_bijstand_per_year;
  const std::optional<Money> partner_income =
      h.partner ? std::optional<Money>(h.partner->gross_income_per_year) : std::nullopt;
  s.toetsingsinkomen = toetsingsinkomen(claimant_income, partner_income);
  {
    ZorgtoeslagFacts f{P.year, claimant_income, partner_income, h.assets, !h.partner || h.partner->insured};
    if (!P.reference && !P.zorgtoeslag_rules) P.zorgtoeslag_rules.emplace(rules, P.year);
    const Zorgtoeslag z = P.reference ? zorgtoeslag(rules, f) : zorgtoeslag(*P.zorgtoeslag_rules, f);
    auto& l = line_of(s.lines, "zorgtoeslag");
    l.per_year = z.payment.per_year;
    s.toeslagen_advance_per_month += z.payment.per_month;
    l.applies = l.per_year.sign() > 0;
    l.confirmed = z.unconfirmed.empty();
    add_all(unconfirmed, z.unconfirmed);
    if (details && z.assets_above_limit) l.notes.push_back("assets above the limit " + z.asset_limit.str());
  }
  {
    auto& l = line_of(s.lines, "huurtoeslag");
    if (h.rent.sign() > 0) {
      HuurtoeslagFacts f;
      f.year = P.year;
      f.income = claimant_income;
      f.partner_income = partner_income;
      f.rent = h.rent;
      f.service_costs = h.service_costs;
      f.household_size = h.persons();
      f.oldest_age = std::max(P.age, h.partner ? age_on(h.partner->birth_date, h.date) : 0);
      f.has_children = !h.children.empty();
      f.aow_household = P.partner_aow;
      f.assets = h.assets;
      if (!P.reference && !P.huurtoeslag_rules) P.huurtoeslag_rules.emplace(rules, P.year);
      const Huurtoeslag t = P.reference ? huurtoeslag(rules, f) : huurtoeslag(*P.huurtoeslag_rules, f);
      l.per_year = t.payment.per_year;
      s.toeslagen_advance_per_month += t.payment.per_month;
      l.applies = l.per_year.sign() > 0;
      l.confirmed = t.unconfirmed.empty();
      if (details) l.notes = t.notes;
      add_all(unconfirmed, t.unconfirmed);
    } else if (details) {
      l.notes.push_back("no rent given: no huurtoeslag");
    }
  }
  if (!h.children.empty()) {
    KindgebondenBudgetFacts f;
    f.year = P.year;
    f.income = claimant_income;
    f.partner_income = partner_income;
    f.assets = h.assets;
    for (const auto& c : h.children) f.children.push_back({c.birth_date, 0});
    if (!P.reference && !P.kindgebonden_budget_rules) P.kindgebonden_budget_rules.emplace(rules, P.year);
    const KindgebondenBudget k = P.reference ? kindgebonden_budget(rules, f) : kindgebonden_budget(*P.kindgebonden_budget_rules, f);
    auto& l = line_of(s.lines, "kindgebonden_budget");
    l.per_year = k.payment.per_year;
    s.toeslagen_advance_per_month += k.payment.per_month;
    l.applies = l.per_year.sign() > 0;
    l.confirmed = k.unconfirmed.empty();
    if (details) l.notes = k.notes;
    add_all(unconfirmed, k.unconfirmed);

    std::vector<KinderbijslagChild> kids;
    for (const auto& c : h.children) kids.push_back({c.birth_date, 0});
    // Not income-tested: the same in every situation of the model.
    if (P.reference || !P.kinderbijslag) P.kinderbijslag = kinderbijslag(rules, P.year, kids);
    const Kinderbijslag& kb = *P.kinderbijslag;
    auto& b = line_of(s.lines, "kinderbijslag");
    b.per_year = kb.per_year;
    b.applies = b.per_year.sign() > 0;
    b.confirmed = kb.unconfirmed.empty();
    add_all(unconfirmed, kb.unconfirmed);
  }

  // 4. Municipal schemes, tested on the date with the income of that month.
  {
    MunicipalFacts f;
    f.municipality = h.municipality;
    f.on = h.date;
    f.household = h.household_type();
    f.has_children = P.has_minor_children;
    f.aow_age = P.partner_aow;
    f.age = P.age;
    f.persons = h.persons();
    f.net_income_per_month = s.income_tested_per_month;
    f.low_income_months = P.low_income_months;
    for (const auto& c : h.children) f.children_birth_dates.push_back(c.birth_date);
    const std::int64_t key = f.net_income_per_month.cents();
    auto cached = P.municipal.find(key);
    if (P.reference || cached == P.municipal.end()) {
      if (!P.reference && !P.municipal_rules) P.municipal_rules.emplace(rules, f.municipality, f.on, f.household, f.aow_age);
      MunicipalSchemes computed = P.reference ? municipal_schemes(rules, f) : municipal_schemes(*P.municipal_rules, f);
      cached = P.reference ? P.municipal.insert_or_assign(key, std::move(computed)).first : P.municipal.emplace(key, std::move(computed)).first;
    }
    const MunicipalSchemes& ms = cached->second;
    for (const auto& sc : ms.schemes) {
      auto& l = line_of(s.lines, sc.scheme);
      l.per_year = sc.amount_per_year;
      l.applies = sc.eligible;
      if (assets_above_limit && sc.in_rules) {
        // The municipal minima schemes test assets against (at most) the bijstand limit (Pw
        // art. 34 via art. 35/36; kwijtschelding: Leidraad Invordering, a lower limit): assets
        // that end bijstand end them too.
        l.per_year = Money();
        l.applies = false;
        if (details) l.notes.push_back("assets above the bijstand limit: no " + sc.title + " (the scheme tests assets)");
      }
      l.confirmed = sc.confirmed;
      for (const auto& n : sc.notes) {
        if (n.rfind("UNCONFIRMED ", 0) == 0) unconfirmed.insert(n.substr(12));
        else if (details) l.notes.push_back(n);
      }
      if (details && sc.in_rules) {
        l.notes.push_back("income limit " + sc.threshold_percentage.str() + " of the norm = " + sc.threshold_per_month.str() +
                          " a month; tested " + s.income_tested_per_month.str());
      }
    }
  }

  for (auto& l : s.lines) {
    l.per_month = Money::round(divide(l.per_year.decimal(), Decimal(12), 4, Rounding::HalfUp), kMonthHalfUp);
    s.net_per_year += l.per_year;
    s.net_per_month += l.per_month;
  }
  (void)notes;
  return s;
}

}  // namespace

const SituationResult& IncomeModel::current() const {
  auto& P = *prepared_;
  if (!P.current) {
    std::vector<std::string> notes;
    SituationInput in;
    P.current = compute_situation(*rules_, household_, P, std::move(in), P.base_unconfirmed, notes);
  }
  return *P.current;
}

namespace {

SituationResult job_situation(const RuleBook& rules, const Household& household, const IncomeModel::Prepared& P,
                              const Hours& hours, bool details) {
  SituationInput in;
  in.job = true;
  in.hours = hours;
  std::set<std::string> unconfirmed;
  std::vector<std::string> notes;
  if (hours.value().sign() < 0 || hours.value() > Decimal(60)) {
    throw InputError("hours: expected 0 to 60 hours a week, got " + hours.str());
  }
  if (hours.value().sign() > 0) in.payroll = simulate_payroll(P, household, hours, unconfirmed);
  return compute_situation(rules, household, P, std::move(in), unconfirmed, notes, details);
}

}  // namespace

SituationResult IncomeModel::with_job(const Hours& hours) const {
  return job_situation(*rules_, household_, *prepared_, hours, true);
}

Comparison IncomeModel::compare(std::optional<Hours> hours) const {
  const auto& P = *prepared_;
  const Household& h = household_;
  const Hours at = hours.value_or(h.job.hours_per_week);
  Comparison c;
  c.year = P.year;
  c.date = h.date;
  c.household_type = h.household_type();
  c.current = current();
  std::set<std::string> unconfirmed = P.base_unconfirmed;
  std::vector<std::string> notes;
  {
    SituationInput in;
    in.job = true;
    in.hours = at;
    if (at.value().sign() < 0 || at.value() > Decimal(60)) throw InputError("hours: expected 0 to 60 hours a week, got " + at.str());
    if (at.value().sign() > 0) in.payroll = simulate_payroll(P, h, at, unconfirmed);
    c.job = compute_situation(*rules_, h, P, std::move(in), unconfirmed, notes);
  }
  {
    MunicipalFacts f;
    f.municipality = h.municipality;
    f.on = h.date;
    // Only for the display name; the schemes themselves are in the lines.
    const std::string lower_name = [&] {
      std::string n = h.municipality;
      std::transform(n.begin(), n.end(), n.begin(), [](char ch) { return (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch; });
      return n;
    }();
    const std::string param = "municipality." + lower_name + ".display_name";
    c.municipality = rules_->has(param) && !(h.date < rules_->parameter(param).values.front().from) ? rules_->text(param, h.date) : lower_name;
  }
  for (std::size_t i = 0; i < c.current.lines.size(); ++i) {
    const auto& a = c.current.lines[i];
    const auto& b = c.job.lines[i];
    c.differences.push_back({a.code, b.per_year - a.per_year, b.per_month - a.per_month});
    if (a.applies && !b.applies && a.per_year.is_zero() && !a.confirmed) c.unknown_losses.push_back(a.code);
  }
  c.difference_per_year = c.job.net_per_year - c.current.net_per_year;
  c.difference_per_month = c.job.net_per_month - c.current.net_per_month;
  c.poverty_trap = c.difference_per_month.sign() < 0 && -c.difference_per_month >= noise_threshold_per_month();
  if (at.value().sign() > 0) {
    c.gain_per_hour_worked = Money::round(divide(c.difference_per_year.decimal(), at.value() * Decimal(52), 6, Rounding::HalfUp), kHourHalfUp);
  }

  // Notes on the method where it matters for this household.
  if (P.first_year_payroll) {
    notes.push_back("the rules do not cover " + std::to_string(P.year - 1) + " (" + P.first_year_reason +
                    "): the job's year is computed alone, with the holiday allowance paid every month (the same yearly amount)");
  }
  if (h.job.start_date && P.jan1 < *h.job.start_date) {
    notes.push_back("the job starts on " + to_string(*h.job.start_date) +
                    "; the comparison is a full year with the job (the first year has bijstand before the start)");
  }
  auto aow_warning = [&](const char* who_en, const char* who_nl, const Date& d) {
    const std::string when = to_string(d);
    c.warnings_en.push_back(std::string(who_en) + " reaches the AOW age on " + when +
                            ": from then the bijstand norm for AOW age applies (the AOW pension itself and the AIO are "
                            "not in this comparison); check the comparison again with the SVB's figures");
    c.warnings_nl.push_back(std::string(who_nl) + " de AOW-leeftijd op " + long_date_nl(d) +
                            ". Daarna geldt een andere bijstandsnorm en komt de AOW. Die staat niet in deze vergelijking.");
    notes.push_back(c.warnings_en.back());
  };
  if (P.person_aow_in_year) aow_warning("the person", "U bereikt", *P.person_aow_in_year);
  if (P.partner_aow_in_year) {
    aow_warning("the partner", "Uw partner bereikt", *P.partner_aow_in_year);
    // With the job the household has the wage and the partner's AOW: the gain shown is a lower bound.
    c.warnings_en.back() += "; with the job the household has the wage and the partner's AOW, so bijstand stops at fewer "
                            "hours and the gain is probably higher than shown";
    c.warnings_nl.back() += " Met de baan komen uw loon en de AOW van uw partner samen: de bijstand stopt dan eerder en "
                            "u gaat er waarschijnlijk meer op vooruit dan hier staat.";
    notes.back() = c.warnings_en.back();
  }
  c.person_aow_in_year = P.person_aow_in_year;
  c.partner_aow_in_year = P.partner_aow_in_year;
  for (const auto& n : c.job.line("bijstand").notes) {
    if (n.rfind(kDisregardNotApplied, 0) == 0) notes.push_back(n);
  }
  if (P.since_assumed) {
    notes.push_back("current.since not given: the low income is assumed to last long enough for every reference period "
                    "(individuele inkomenstoeslag)");
  }
  if (h.partner && h.partner->birth_date < Date{date::year{1963}, date::January, date::day{1}}) {
    notes.push_back("the partner was born before 1963 and may get (part of) the algemene heffingskorting paid out "
                    "(Wet IB 2001 art. 8.9); not included");
  }
  if (c.job.line("bijstand").applies && c.job.payroll) {
    notes.push_back(h.job.bijstand_keeps_tax_credit
                        ? "with the job the household keeps partial bijstand; employer and municipality both apply the "
                          "loonheffingskorting, and the income-tax assessment reclaims one of them (line tax_settlement)"
                        : "with the job the household keeps partial bijstand; the municipality withholds without the "
                          "loonheffingskorting, so the assessment has little to reclaim");
    if (c.job.tax_refund_offset.sign() > 0) {
      notes.push_back("the income-tax refund is means over the year with bijstand (Participatiewet net principle): " +
                      c.job.tax_refund_offset.str() + " of it is offset against the bijstand and not counted as a gain "
                      "(line tax_settlement)");
    }
  }
  if (h.current.situation == CurrentSituation::Bijstand && c.current.bijstand_assets_above_limit) {
    c.warnings_en.push_back("the assets (" + h.assets.str() + ") are above the bijstand asset limit (" +
                            c.current.bijstand_asset_limit.str() +
                            ", Pw art. 34): no bijstand now nor with the job, and no scheme that tests assets; "
                            "check the assets in the household file — if they are right, the household is not entitled to bijstand");
    c.warnings_nl.push_back("Het vermogen (€ " + h.assets.str_nl() + ") is hoger dan de vermogensgrens van de bijstand (€ " +
                            c.current.bijstand_asset_limit.str_nl() +
                            "). Dan is er geen recht op bijstand en vervallen de regelingen die naar vermogen kijken. "
                            "Klopt het vermogen?");
    notes.push_back(c.warnings_en.back());
  }
  if (!h.current.gross_per_year && h.current.situation == CurrentSituation::Bijstand && !c.current.bijstand_assets_above_limit) {
    notes.push_back("gross bijstand derived from the net norm with the wage-tax table for benefits (" +
                    c.current.gross_bijstand_per_year.str() + "); give current.gross_per_year from the annual statement to use the real figure");
  }
  c.notes = std::move(notes);
  c.debts = compare_debts(*rules_, h, c.current, c.job);
  if (c.debts) {
    add_all(unconfirmed, c.debts->current.unconfirmed);
    add_all(unconfirmed, c.debts->job.unconfirmed);
  }
  if (c.job.payroll) c.month_before_start = income_detail::month_before_start(*rules_, h, c.current, unconfirmed);
  c.unconfirmed.assign(unconfirmed.begin(), unconfirmed.end());
  write_verdict(c, at);
  if (c.job.payroll) c.first_year = first_year(h, c);
  return c;
}

namespace income_detail {

void ModelAccess::use_reference(IncomeModel& model) {
  model.prepared_->reference = true;
}

const PayrollPlan& ModelAccess::plan(const IncomeModel& model) { return model.prepared_->plan; }

SituationResult ModelAccess::amounts(const IncomeModel& model, const Hours& hours) {
  const IncomeModel::Prepared& P = *model.prepared_;
  return job_situation(*model.rules_, model.household_, P, hours, /*details=*/P.reference);
}

}  // namespace income_detail

Comparison compare_income(const RuleBook& rules, const Household& household, std::optional<Hours> hours) {
  return IncomeModel(rules, household).compare(hours);
}

}  // namespace basisbaan
