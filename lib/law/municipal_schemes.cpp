// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/law/municipal_schemes.hpp"

#include <algorithm>
#include <iterator>
#include <set>
#include <stdexcept>

#include "basisbaan/core/error.hpp"

namespace basisbaan {
namespace {

// The income limit in euros is shown to the cent; eligibility compares the exact product.
constexpr NamedRounding kThresholdShown{2, Rounding::Down,
                                        "income limit shown to the cent (rounded down); the test itself is exact"};

// The waivable part of the taxes (max_percentage x the bill) and the kwijtschelding are amounts
// of money; the municipality waives whole cents and never more than the bill allows.
constexpr NamedRounding kWaivable{2, Rounding::Down, "waivable part of the municipal taxes, rounded down to the cent"};
constexpr NamedRounding kKwijtschelding{2, Rounding::Down,
                                        "kwijtschelding and payment capacity rounded down to the cent (URI art. 11: never more than the bill)"};

// The parameters municipality.NAME.ITEM the schemes use, in the order of MunicipalRules::items.
struct ItemSpec {
  std::string_view item;
  ParamType type;
};
constexpr ItemSpec kItems[] = {
    {"display_name", ParamType::Text},
    {"energietoeslag.amount", ParamType::Amount},
    {"energietoeslag.threshold_percentage", ParamType::Percentage},
    {"energietoeslag.min_age", ParamType::Integer},
    {"energietoeslag.reference_period", ParamType::Text},
    {"energietoeslag.partial_amount", ParamType::Amount},
    {"energietoeslag.partial_threshold_percentage", ParamType::Percentage},
    {"iit.amount", ParamType::Table},
    {"iit.threshold_percentage", ParamType::Percentage},
    {"iit.reference_months", ParamType::Integer},
    {"iit.min_age", ParamType::Integer},
    {"kwijtschelding.norm_percentage", ParamType::Percentage},
    {"kwijtschelding.afvalstoffenheffing", ParamType::Table},
    {"kwijtschelding.rioolheffing", ParamType::Table},
    {"kwijtschelding.max_percentage", ParamType::Percentage},
    {"kwijtschelding.capacity_percentage", ParamType::Percentage},
    {"minimaregelingen.threshold_percentage", ParamType::Percentage},
    {"minimaregelingen.value_per_year", ParamType::Table},
    {"minimaregelingen.per_child", ParamType::Table},
    {"minimaregelingen.per_child.pass_year_start_month", ParamType::Integer},
    {"minimaregelingen.per_child.title", ParamType::Text},
};

std::size_t item_index(std::string_view item) {
  for (std::size_t i = 0; i < std::size(kItems); ++i) {
    if (kItems[i].item == item) return i;
  }
  throw std::logic_error("municipal schemes: no item " + std::string(item));
}

// The value in force on `on` without recording anything (RuleBook::value_at records a
// carried-forward parameter of a provisional book), or null when there is none.
const DatedValue* value_in_force(const RuleBook& rules, const std::string& name, const Date& on) {
  if (!rules.has(name)) return nullptr;
  const Parameter& p = rules.parameter(name);
  const auto it = std::upper_bound(p.values.begin(), p.values.end(), on,
                                   [](const Date& d, const DatedValue& v) { return d < v.from; });
  return it == p.values.begin() ? nullptr : &*(it - 1);
}

// Look-ups of one municipality's parameters on one date (prepared once, MunicipalRules) that note
// every unconfirmed value (with the rules' own note) on the scheme being computed. Using an item
// records what looking it up by name records (PreparedParameter): its trace entry, the
// carried-forward record of a provisional book, and its look-up error, thrown before the note.
class Municipality {
 public:
  Municipality(const MunicipalRules& rules, Trace* trace) : rules_(rules), trace_(trace) {}

  std::string full(std::string_view item) const { return "municipality." + rules_.name() + "." + std::string(item); }
  /// True when the parameter exists and has a value on the date.
  bool has(std::string_view item) const { return at(item).present; }
  Money amount(std::string_view item, MunicipalScheme& s) { return use(item, s).amount(trace_, nullptr); }
  Rate rate(std::string_view item, MunicipalScheme& s) { return use(item, s).rate(trace_, nullptr); }
  std::int64_t integer(std::string_view item, MunicipalScheme& s) { return use(item, s).integer(trace_, nullptr); }
  const std::string& text(std::string_view item, MunicipalScheme& s) { return use(item, s).text(trace_, nullptr); }
  const Table& table(std::string_view item, MunicipalScheme& s) { return use(item, s).table(trace_, nullptr); }

 private:
  const MunicipalRules::Item& at(std::string_view item) const { return rules_.items()[item_index(item)]; }
  // The item after its look-up error (if any, thrown as looking it up by name throws it) and
  // with its unconfirmed note added to the scheme.
  const PreparedParameter& use(std::string_view item, MunicipalScheme& s) {
    const MunicipalRules::Item& it = at(item);
    // A parameter no rules file defines was not prepared: the RuleBook's unknown-parameter error.
    if (!it.present && !rules_.rules().has(full(item))) (void)rules_.rules().parameter(full(item));
    (void)it.value.use(nullptr, nullptr);  // the error, or the carried-forward record
    if (!it.unconfirmed_note.empty()) {
      s.confirmed = false;
      s.notes.push_back(it.unconfirmed_note);
    }
    return it.value;
  }
  const MunicipalRules& rules_;
  Trace* trace_;
};

std::string household_key(const MunicipalFacts& f) {
  switch (f.household) {
    case BijstandHousehold::Single: return "single";
    case BijstandHousehold::SingleParent: return "single_parent";
    case BijstandHousehold::Couple: return f.has_children ? "couple_with_children" : "couple";
  }
  return "single";
}

Money table_by_text(const Table& t, std::string_view column, std::string_view key, std::string_view value_column,
                    const std::string& parameter) {
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t.text(i, column) == key) return t.money(i, value_column);
  }
  throw RuleError(parameter + " has no row for " + std::string(column) + " \"" + std::string(key) + "\"");
}

Money table_by_step(const Table& t, std::string_view column, std::int64_t n, std::string_view value_column) {
  Money found;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t.integer(i, column) <= n) found = t.money(i, value_column);
  }
  return found;
}

// Income limit: pct × norm; sets the scheme's threshold fields and returns whether the income is within it.
bool within(MunicipalScheme& s, const Rate& pct, const BijstandNorm& norm, Money income, Trace* trace) {
  s.threshold_percentage = pct;
  const Decimal limit = norm.per_month * pct;
  s.threshold_per_month = Money::round(limit, kThresholdShown);
  const bool ok = income.decimal() <= limit;
  if (trace != nullptr) {
    trace->step(s.scheme + ": income limit", limit.str(),
                pct.str() + " of the bijstand norm " + norm.per_month.str() + "; income " + income.str() +
                    (ok ? " is within it" : " is above it"));
  }
  return ok;
}

// What every scheme of one household is tested against.
struct Context {
  const BijstandNorm& norm;  // the norm the limits are a percentage of
  Money income;              // net income per month as the Pw counts it
  std::string household;     // the household key of the amount tables
  std::string display_name;  // the municipality's name for people
  Trace* trace;
};

// Energietoeslag (Pw art. 35 lid 4, municipal rules).
MunicipalScheme energietoeslag(Municipality& m, const MunicipalFacts& f, const Context& c) {
  MunicipalScheme s{"energietoeslag", "Energietoeslag", false, false, {}, {}, {}, {}, true, {}};
  if (m.has("energietoeslag.amount")) {
    const Money full = m.amount("energietoeslag.amount", s);
    if (full.is_zero()) {
      s.notes.push_back("no energietoeslag for this year in the rules of " + c.display_name);
    } else {
      s.in_rules = true;
      s.value_per_year = full;
      const bool in_full = within(s, m.rate("energietoeslag.threshold_percentage", s), c.norm, c.income, c.trace);
      const std::int64_t min_age = m.has("energietoeslag.min_age") ? m.integer("energietoeslag.min_age", s) : 0;
      if (m.has("energietoeslag.reference_period")) {
        s.notes.push_back("income tested: " + m.text("energietoeslag.reference_period", s));
      }
      if (f.age < min_age) {
        s.notes.push_back("not under " + std::to_string(min_age));
      } else if (in_full) {
        s.eligible = true;
        s.amount_per_year = full;
      } else if (m.has("energietoeslag.partial_amount")) {
        const Money partial = m.amount("energietoeslag.partial_amount", s);
        const Rate upper = m.rate("energietoeslag.partial_threshold_percentage", s);
        if (!partial.is_zero() && c.income.decimal() <= c.norm.per_month * upper) {
          s.eligible = true;
          s.amount_per_year = partial;
          s.notes.push_back("reduced amount: income between " + s.threshold_percentage.str() + " and " + upper.str() +
                            " of the norm");
        }
      }
      if (!s.eligible && f.age >= min_age) s.notes.push_back("income above the limit: scheme lost");
    }
  } else {
    s.notes.push_back("no energietoeslag in the rules of " + c.display_name);
  }
  return s;
}

// Individuele inkomenstoeslag (Pw art. 36).
MunicipalScheme individuele_inkomenstoeslag(Municipality& m, const MunicipalFacts& f, const Context& c) {
  MunicipalScheme s{"individuele_inkomenstoeslag", "Individuele inkomenstoeslag", false, false, {}, {}, {}, {}, true, {}};
  if (m.has("iit.amount")) {
    s.in_rules = true;
    s.value_per_year = table_by_text(m.table("iit.amount", s), "household", c.household, "amount", m.full("iit.amount"));
    const bool low = within(s, m.rate("iit.threshold_percentage", s), c.norm, c.income, c.trace);
    const std::int64_t months = m.integer("iit.reference_months", s);
    const std::int64_t min_age = m.integer("iit.min_age", s);
    if (f.aow_age) {
      s.notes.push_back("not at AOW age (Pw art. 36 lid 1)");
    } else if (f.age < min_age) {
      s.notes.push_back("not under " + std::to_string(min_age));
    } else if (!low) {
      s.notes.push_back("income above the limit: scheme lost");
    } else if (f.low_income_months < months) {
      s.notes.push_back("needs a low income for " + std::to_string(months) + " months without interruption, has " +
                        std::to_string(f.low_income_months));
    } else {
      s.eligible = true;
      s.amount_per_year = s.value_per_year;
      s.notes.push_back("at most once per 12 months; not when there is a prospect of a higher income (Pw art. 36)");
    }
  } else {
    s.notes.push_back("no individuele inkomenstoeslag in the rules of " + c.display_name + " for this date");
  }
  return s;
}

// Kwijtschelding of municipal taxes (Invorderingswet 1990 art. 26; Uitvoeringsregeling
// Invorderingswet 1990 art. 11, 13 and 16; Regeling kwijtschelding belastingen medeoverheden art. 2).
//   kosten van bestaan  = norm_percentage (90-100 %, the municipality's choice) x the bijstand norm  (URI art. 16)
//   betalingscapaciteit = 12 x max(0, net income per month - kosten van bestaan)                      (URI art. 13)
//   kwijtschelding      = max(0, max_percentage x taxes - capacity_percentage x betalingscapaciteit) (URI art. 11)
// Housing costs and the health premium (URI art. 15) are left out on both sides: the
// comparison counts neither huurtoeslag nor zorgtoeslag in the income tested (docs/income-comparison.md).
MunicipalScheme kwijtschelding(Municipality& m, const MunicipalFacts& f, const Context& c) {
  MunicipalScheme s{"kwijtschelding", "Kwijtschelding gemeentelijke belastingen", false, false, {}, {}, {}, {}, true, {}};
  if (m.has("kwijtschelding.norm_percentage")) {
    s.in_rules = true;
    Money taxes;
    if (m.has("kwijtschelding.afvalstoffenheffing")) {
      const Money a = table_by_step(m.table("kwijtschelding.afvalstoffenheffing", s), "from_persons", f.persons, "amount");
      taxes += a;
      s.notes.push_back("afvalstoffenheffing " + a.str() + " a year for " + std::to_string(f.persons) + " person(s)");
    }
    if (m.has("kwijtschelding.rioolheffing")) {
      const Money r = table_by_step(m.table("kwijtschelding.rioolheffing", s), "from_persons", f.persons, "amount");
      taxes += r;
      if (r.sign() > 0) s.notes.push_back("rioolheffing " + r.str() + " a year");
    }
    const Rate max_pct = m.has("kwijtschelding.max_percentage") ? m.rate("kwijtschelding.max_percentage", s) : Rate::percent(Decimal(100));
    const Rate capacity_pct =
        m.has("kwijtschelding.capacity_percentage") ? m.rate("kwijtschelding.capacity_percentage", s) : Rate::percent(Decimal(80));
    const Money waivable = Money::round(taxes.decimal() * max_pct, kWaivable);
    s.value_per_year = waivable;
    const Rate pct = m.rate("kwijtschelding.norm_percentage", s);
    within(s, pct, c.norm, c.income, c.trace);
    const Decimal costs = c.norm.per_month * pct;
    const Decimal above = c.income.decimal() - costs;
    const Decimal capacity = above.sign() > 0 ? above * Decimal(12) : Decimal(0);
    const Decimal used = capacity * capacity_pct;
    const Decimal left = waivable.decimal() - used;
    const Money amount = left.sign() > 0 ? Money::round(left, kKwijtschelding) : Money();
    if (c.trace != nullptr) {
      c.trace->step("kwijtschelding: betalingscapaciteit", capacity.str(),
                  "12 x max(0, " + c.income.str() + " - " + costs.str() + "), URI art. 13");
      c.trace->step("kwijtschelding", amount.str(),
                  max_pct.str() + " of the taxes " + taxes.str() + " minus " + capacity_pct.str() +
                      " of the betalingscapaciteit, URI art. 11");
    }
    if (amount.sign() > 0) {
      s.eligible = true;
      s.amount_per_year = amount;
      s.notes.push_back(capacity.sign() > 0
                            ? "partial kwijtschelding: " + capacity_pct.str() + " of the payment capacity " +
                                  Money::round(capacity, kKwijtschelding).str() + " a year is paid first"
                            : "no payment capacity: kwijtschelding of " + max_pct.str() + " of the taxes");
      s.notes.push_back("assets and housing costs not tested here (URI art. 12 and 15)");
    } else if (!taxes.is_zero()) {
      s.notes.push_back("payment capacity " + Money::round(capacity, kKwijtschelding).str() +
                        " a year covers the taxes: no kwijtschelding");
    }
    if (taxes.is_zero() && !s.confirmed) {
      s.notes.push_back("the tax amounts are placeholders (0 in the rules): the real value is unknown, not zero");
    }
  } else {
    s.notes.push_back("no kwijtschelding rules for " + c.display_name);
  }
  return s;
}

// Per-child credits by age inside the other minima schemes (Rotterdam: the Jeugdtegoed on the
// Rotterdampas). Each age band has its own income limit; the child's age counts on the first
// day of the pass year that contains the date (Rotterdam: 1 March). Adds each child's amount to
// the scheme and returns the total.
Money per_child_credits(Municipality& m, const MunicipalFacts& f, const Context& c, MunicipalScheme& s) {
  const Table& bands = m.table("minimaregelingen.per_child", s);
  const std::int64_t first_month = m.integer("minimaregelingen.per_child.pass_year_start_month", s);
  if (first_month < 1 || first_month > 12) throw RuleError(m.full("minimaregelingen.per_child.pass_year_start_month") + ": expected a month 1-12");
  const int month = static_cast<int>(static_cast<unsigned>(f.on.month()));
  const int start_year = static_cast<int>(f.on.year()) - (month < first_month ? 1 : 0);
  const Date pass_year_start{date::year{start_year}, date::month{static_cast<unsigned>(first_month)}, date::day{1}};
  const std::string title = m.text("minimaregelingen.per_child.title", s);
  Money total;
  for (const Date& birth : f.children_birth_dates) {
    const int age = age_on(birth, pass_year_start);
    for (std::size_t i = 0; i < bands.size(); ++i) {
      if (age < bands.integer(i, "from_age") || age > bands.integer(i, "to_age")) continue;
      const Money amount = bands.money(i, "amount");
      const Rate pct = bands.rate(i, "threshold_percentage");
      const Decimal limit = c.norm.per_month * pct;
      const bool ok = c.income.decimal() <= limit;
      const std::string who = title + " for a child aged " + std::to_string(age) + " on " + to_string(pass_year_start);
      if (c.trace != nullptr) {
        c.trace->step(who, ok ? amount.str() : "0",
                      "income limit " + pct.str() + " of the bijstand norm = " + limit.str() + "; income " + c.income.str());
      }
      if (ok) {
        total += amount;
        s.notes.push_back(who + ": " + amount.str() + " a year (income limit " + pct.str() + " of the norm = " +
                          Money::round(limit, kThresholdShown).str() + " a month)");
      } else {
        s.notes.push_back(who + ": lost, income above " + pct.str() + " of the norm (" +
                          Money::round(limit, kThresholdShown).str() + " a month)");
      }
    }
  }
  return total;
}

// Other minima schemes (city pass, children's schemes, collective health insurance): a value per
// household type up to one common limit, plus credits per child by age where the rules have them.
MunicipalScheme minimaregelingen(Municipality& m, const MunicipalFacts& f, const Context& c) {
  MunicipalScheme s{"minimaregelingen", "Overige minimaregelingen", false, false, {}, {}, {}, {}, true, {}};
  if (m.has("minimaregelingen.threshold_percentage")) {
    s.in_rules = true;
    const Money household_value = table_by_text(m.table("minimaregelingen.value_per_year", s), "household", c.household,
                                                "amount", m.full("minimaregelingen.value_per_year"));
    const bool placeholder = household_value.is_zero() && !s.confirmed;
    const bool within_common = within(s, m.rate("minimaregelingen.threshold_percentage", s), c.norm, c.income, c.trace);
    const Money children = m.has("minimaregelingen.per_child") ? per_child_credits(m, f, c, s) : Money();
    s.value_per_year = household_value + children;
    s.amount_per_year = (within_common ? household_value : Money()) + children;
    s.eligible = within_common || children.sign() > 0;
    if (!within_common) {
      s.notes.push_back(children.is_zero() ? "income above the limit: schemes lost"
                                           : "income above the common limit: the schemes other than per child are lost");
    }
    if (placeholder) {
      s.notes.push_back(children.is_zero() ? "the money value is a placeholder (0 in the rules): unknown, not zero"
                                           : "the money value of the schemes other than per child is a placeholder (0 in the rules): unknown, not zero");
    }
  }
  return s;
}

}  // namespace

std::vector<std::string> known_municipalities(const RuleBook& rules) {
  std::set<std::string> names;
  for (const auto& n : rules.names_with_prefix("municipality.")) {
    const auto rest = std::string_view(n).substr(std::string_view("municipality.").size());
    names.insert(std::string(rest.substr(0, rest.find('.'))));
  }
  return {names.begin(), names.end()};
}

namespace {

std::string lower_case(std::string_view text) {
  std::string name(text);
  std::transform(name.begin(), name.end(), name.begin(),
                 [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; });
  return name;
}

}  // namespace

MunicipalRules::MunicipalRules(const RuleBook& rules, std::string_view municipality, const Date& d, BijstandHousehold household,
                               bool aow_age)
    : book_(&rules), name_(lower_case(municipality)), on_(d), norm_(rules, d, household, aow_age) {
  const auto all = known_municipalities(rules);
  known_ = std::find(all.begin(), all.end(), name_) != all.end();
  for (const auto& k : all) known_list_ += (known_list_.empty() ? "" : ", ") + k;
  items_.reserve(std::size(kItems));
  for (const ItemSpec& spec : kItems) {
    const std::string n = "municipality." + name_ + "." + std::string(spec.item);
    Item it;
    const bool defined = rules.has(n);
    it.present = defined && !(d < rules.parameter(n).values.front().from);
    // Undefined items (most are one municipality's own) are left unprepared: preparing would
    // build the unknown-parameter error with its hints; using one throws that error (use()).
    if (defined) it.value = PreparedParameter(rules, n, d, spec.type);
    const DatedValue* v = value_in_force(rules, n, d);
    if (v != nullptr && v->status == "unconfirmed") {
      it.unconfirmed_note = "UNCONFIRMED " + n + " (from " + to_string(v->from) + ")" + (v->note.empty() ? "" : ": " + v->note);
    }
    items_.push_back(std::move(it));
  }
}

MunicipalSchemes municipal_schemes(const RuleBook& rules, const MunicipalFacts& f, Trace* trace) {
  return municipal_schemes(MunicipalRules(rules, f.municipality, f.on, f.household, f.aow_age), f, trace);
}

MunicipalSchemes municipal_schemes(const MunicipalRules& rules, const MunicipalFacts& f, Trace* trace) {
  const std::string name = lower_case(f.municipality);
  if (name == rules.name() && !rules.known()) {
    throw InputError("municipality: unknown \"" + f.municipality + "\"; known municipalities: " +
                     (rules.known_list().empty() ? "none (no rules/municipalities/*.xml loaded)" : rules.known_list()));
  }
  if (f.net_income_per_month.sign() < 0) {
    throw InputError("net income per month: expected 0 or more, got " + f.net_income_per_month.str());
  }
  if (f.persons < 1) throw InputError("persons: expected 1 or more, got " + std::to_string(f.persons));
  if (f.low_income_months < 0) {
    throw InputError("low income months: expected 0 or more, got " + std::to_string(f.low_income_months));
  }
  const BijstandNormRules& norm = rules.norm();
  if (name != rules.name() || f.on != rules.on() || f.household != norm.household() || f.aow_age != norm.aow_age()) {
    throw InputError("municipal schemes: the rules are prepared for " + rules.name() + " on " + to_string(rules.on()) + ", " +
                     std::string(to_string(norm.household())) + (norm.aow_age() ? " at AOW age" : "") + "; got " +
                     name + " on " + to_string(f.on) + ", " + std::string(to_string(f.household)) +
                     (f.aow_age ? " at AOW age" : ""));
  }

  MunicipalSchemes out;
  out.municipality = name;
  Municipality m(rules, trace);
  out.display_name =
      m.has("display_name") ? rules.items()[item_index("display_name")].value.text(nullptr, nullptr) : name;
  if (trace != nullptr) {
    trace->input("municipality", out.display_name);
    trace->input("date", to_string(f.on));
    trace->input("household", household_key(f) + (f.aow_age ? ", AOW age" : ""));
    trace->input("age", std::to_string(f.age));
    trace->input("persons", std::to_string(f.persons));
    trace->input("net income per month", f.net_income_per_month.str());
    trace->input("months with a low income", std::to_string(f.low_income_months));
  }
  out.norm = bijstand_norm(norm);
  if (trace != nullptr) trace->step("bijstand norm", out.norm.per_month.str(), out.norm.parameter + ", Pw art. 21/22");

  const Context c{out.norm, f.net_income_per_month, household_key(f), out.display_name, trace};
  out.schemes.push_back(energietoeslag(m, f, c));
  out.schemes.push_back(individuele_inkomenstoeslag(m, f, c));
  out.schemes.push_back(kwijtschelding(m, f, c));
  out.schemes.push_back(minimaregelingen(m, f, c));

  for (const auto& s : out.schemes) {
    out.total_per_year += s.amount_per_year;
    out.confirmed = out.confirmed && s.confirmed;
    if (trace != nullptr) {
      trace->result(s.scheme, s.amount_per_year.str(),
                    std::string(s.eligible ? "eligible" : "not eligible") + (s.confirmed ? "" : "; UNCONFIRMED values"));
    }
  }
  if (trace != nullptr) trace->result("municipal schemes per year", out.total_per_year.str());
  return out;
}

}  // namespace basisbaan
