// SPDX-License-Identifier: EUPL-1.2
// The employees CSV import (import_employees_csv, docs/store.md): the header, each record to an
// employee with the first contract and scale placement the import gives them, and the writing of
// the rows while they are read.

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "basisbaan/core/csv.hpp"
#include "basisbaan/core/identifiers.hpp"
#include "basisbaan/store/administration.hpp"
#include "basisbaan/store/employee_checks.hpp"
#include "administration_rows.hpp"
#include "internal.hpp"
#include "text_set.hpp"

namespace basisbaan {

using namespace store_detail;

namespace {

std::string trim(std::string s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  const auto e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

std::optional<bool> parse_bool(std::string v) {
  std::transform(v.begin(), v.end(), v.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (v == "ja" || v == "j" || v == "yes" || v == "y" || v == "true" || v == "1") return true;
  if (v == "nee" || v == "n" || v == "no" || v == "false" || v == "0") return false;
  return std::nullopt;
}

/// The header's columns: name -> position.
using Columns = std::map<std::string, std::size_t, std::less<>>;

constexpr std::array<std::string_view, 7> kRequired{"id", "name", "birth_date", "bsn", "iban", "employed_since", "hours_per_week"};
constexpr std::array<std::string_view, 10> kOptional{"payroll_tax_credit", "employed_until", "hourly_wage", "scale",
                                                     "permanent_contract", "pay_period", "commute_km_per_period",
                                                     "previous_year_wage", "job", "identified"};

bool known_column(const std::string& name) {
  return std::find(kRequired.begin(), kRequired.end(), name) != kRequired.end() ||
         std::find(kOptional.begin(), kOptional.end(), name) != kOptional.end();
}

/// What to say of the unknown column `name`: the columns there are, or, when it holds a ';',
/// that the file is separated by semicolons (what a Dutch Excel writes).
std::string unknown_column_message(const std::string& name) {
  const std::string head = "unknown column \"" + name + "\"";
  if (name.find(';') != std::string::npos) {
    return head + ": the file seems to use ';' as separator; basisbaan reads comma-separated files "
                  "(save it with ',' as field delimiter, e.g. in LibreOffice Calc, or in Excel after setting the "
                  "list separator to ',')";
  }
  return head + " (columns: id, name, birth_date, bsn, iban, employed_since, hours_per_week, payroll_tax_credit, "
                "employed_until, hourly_wage, scale, permanent_contract, pay_period, commute_km_per_period, "
                "previous_year_wage, job, identified)";
}

/// "the required column "bsn" is missing", or all of them: "the required columns "birth_date",
/// "bsn" are missing".
std::string missing_columns_message(const std::vector<std::string>& missing) {
  std::string names;
  for (const auto& m : missing) names += (names.empty() ? "\"" : ", \"") + m + "\"";
  return missing.size() == 1 ? "the required column " + names + " is missing"
                             : "the required columns " + names + " are missing";
}

/// The columns of `header`; throws InputError naming the line and the column that is unknown or
/// repeated, or every required column that is missing (the field member: the first of them).
Columns read_header(const CsvRecord& header, const std::string& doc) {
  Columns col;
  auto header_error = [&](ErrorCode code, const std::string& name, const std::string& message) {
    return InputError(code, doc + " line " + std::to_string(header.line) + ": " + message,
                      {.document = doc, .line = header.line, .field = name});
  };
  for (std::size_t i = 0; i < header.fields.size(); ++i) {
    const std::string name = trim(header.fields[i]);
    if (!known_column(name)) throw header_error(ErrorCode::InputUnknownField, name, unknown_column_message(name));
    if (col.count(name) != 0) throw header_error(ErrorCode::InputDuplicate, name, "column \"" + name + "\" appears twice");
    col[name] = i;
  }
  std::vector<std::string> missing;
  for (const auto& r : kRequired) {
    if (col.count(r) == 0) missing.emplace_back(r);
  }
  if (!missing.empty()) throw header_error(ErrorCode::InputMissingField, missing.front(), missing_columns_message(missing));
  return col;
}

/// An employee of the file with the first contract and the scale placement the import gives them.
struct ImportedRow {
  Employee e;
  Contract c;
  ScalePlacement p;
};

/// Of one column: each value's first row in the file, "row R (line L)".
using FirstRows = std::unordered_map<std::string, std::string>;

/// The first row of each value of `column` in `file` (the file read again: for a duplicate's
/// message only).
FirstRows first_rows_of(std::string_view file, const std::string& doc, std::size_t column) {
  FirstRows first;
  CsvReader reader(file, doc);
  CsvRecord rec;
  reader.next(rec);  // the header
  for (std::size_t n = 1; reader.next(rec); ++n) {
    if (column >= rec.fields.size()) continue;
    first.try_emplace(trim(rec.fields[column]), "row " + std::to_string(n) + " (line " + std::to_string(rec.line) + ")");
  }
  return first;
}

/// The personnel numbers and BSNs already taken: in the database, and by the file's rows before.
struct Taken {
  TextSet ids;
  TextSet bsns;
  std::size_t in_database = 0;  ///< the first so many texts of each set are the database's
  std::string_view file;        ///< the file's text, read again only to say where a number was before
  std::map<std::size_t, FirstRows> first_rows{};  ///< by column, made at its first duplicate in the file
};

/// Where a number taken before is: the database's (none), or the file's "row R (line L)".
struct TakenBefore {
  std::optional<std::string> in_file;
};

/// Whether `value` of `column` is in `set`, and where: the first row of the file holding it
/// (the file is read once more per column, at its first duplicate there, not once per duplicate).
std::optional<TakenBefore> taken_before(const TextSet& set, Taken& taken, const std::string& value,
                                        const Columns& col, const char* column, const std::string& doc) {
  const auto at = set.position(value);
  if (!at) return std::nullopt;
  if (*at < taken.in_database) return TakenBefore{};
  const std::size_t c = col.at(column);
  auto rows = taken.first_rows.find(c);
  if (rows == taken.first_rows.end()) rows = taken.first_rows.emplace(c, first_rows_of(taken.file, doc, c)).first;
  const auto row = rows->second.find(value);
  return TakenBefore{row != rows->second.end() ? row->second : "a row before"};
}

/// The numbers in the database, with room for `more` from `file`.
Taken taken_in(const Database& db, std::size_t more, std::string_view file) {
  SQLite::Statement count(db.sql(), "SELECT count(*) FROM employees");
  count.executeStep();
  const auto in_database = static_cast<std::size_t>(count.getColumn(0).getInt64());
  Taken taken{TextSet(in_database + more), TextSet(in_database + more), in_database, file};
  SQLite::Statement q(db.sql(), "SELECT id, bsn FROM employees");
  while (q.executeStep()) {
    taken.ids.insert(q.getColumn(0).getString());
    taken.bsns.insert(q.getColumn(1).getString());
  }
  return taken;
}

/// Record `n` (after the header) as `row`; throws InputError naming the row, the line and the
/// field of the record's first problem. `taken` null: the ids and BSNs were checked before.
void read_row(ImportedRow& row, const CsvRecord& rec, std::size_t n, std::size_t header_fields, const Columns& col,
              Taken* taken, const std::string& doc) {
  // Where a problem is, made only for an error (every row passes here twice).
  const auto where = [&] { return doc + " row " + std::to_string(n) + " (line " + std::to_string(rec.line) + ")"; };
  const auto at = [&] { return ErrorLocation{.document = doc, .line = rec.line, .row = static_cast<std::int64_t>(n)}; };
  if (rec.fields.size() != header_fields) {
    throw InputError(ErrorCode::InputSyntax,
                     where() + ": expected " + std::to_string(header_fields) + " fields, found " +
                         std::to_string(rec.fields.size()),
                     at());
  }
  auto get = [&](const std::string& name) {
    const auto c = col.find(name);
    return c != col.end() ? trim(rec.fields[c->second]) : std::string();
  };
  auto fail = [&](const std::string& name, const std::string& message, ErrorCode code = ErrorCode::InputInvalidValue) {
    ErrorLocation here = at();
    here.field = name;
    return InputError(code, where() + ", field " + name + ": " + message, std::move(here));
  };
  auto parsed = [&](const std::string& name, auto&& parse) {
    const std::string v = get(name);
    try {
      return parse(v);
    } catch (const InputError& e) {
      std::string m = e.what();
      const auto p = m.find(": ");
      throw fail(name, "\"" + v + "\": " + (p == std::string::npos ? m : m.substr(p + 2)), e.code());
    }
  };
  auto required = [&](const std::string& name) {
    std::string v = get(name);
    if (v.empty()) throw fail(name, "is empty; a value is required", ErrorCode::InputMissingField);
    return v;
  };
  row = ImportedRow{};
  Employee& e = row.e;
  e.id = required("id");
  if (taken != nullptr) {
    if (const auto t = taken_before(taken->ids, *taken, e.id, col, "id", doc)) {
      const std::string again = t->in_file ? " appears twice in the file: also in " + *t->in_file : " already exists";
      throw fail("id", "employee " + e.id + again, ErrorCode::InputDuplicate);
    }
  }
  if (auto m = personnel_number_problem(e.id)) throw fail("id", *m);
  e.name = required("name");
  required("birth_date");
  e.birth_date = parsed("birth_date", [](const std::string& v) { return parse_date(v, "birth_date"); });
  e.bsn = required("bsn");
  if (auto m = bsn_problem(e.bsn)) throw fail("bsn", *m);
  if (taken != nullptr) {
    if (const auto t = taken_before(taken->bsns, *taken, e.bsn, col, "bsn", doc)) {
      const std::string again = t->in_file ? " appears twice in the file: also in " + *t->in_file : " belongs to another employee";
      throw fail("bsn", "BSN " + mask_bsn(e.bsn) + again, ErrorCode::InputDuplicate);
    }
  }
  const std::string iban = required("iban");
  if (auto m = iban_problem(iban)) throw fail("iban", *m);
  e.iban = normalize_iban(iban);
  if (const auto v = get("payroll_tax_credit"); !v.empty()) {
    const auto b = parse_bool(v);
    if (!b) throw fail("payroll_tax_credit", "\"" + v + "\": expected ja or nee");
    e.payroll_tax_credit = *b;
  }
  if (const auto v = get("identified"); !v.empty()) {
    const auto b = parse_bool(v);
    if (!b) throw fail("identified", "\"" + v + "\": expected ja or nee");
    e.identified = *b;
  }
  required("employed_since");
  e.employed_since = parsed("employed_since", [](const std::string& v) { return parse_date(v, "employed_since"); });
  if (!get("employed_until").empty()) {
    e.employed_until = parsed("employed_until", [](const std::string& v) { return parse_date(v, "employed_until"); });
    if (auto m = employment_end_problem(e.employed_since, *e.employed_until)) throw fail("employed_until", *m, ErrorCode::InputInvalidDate);
  }
  required("hours_per_week");
  e.hours_per_week = parsed("hours_per_week", [](const std::string& v) { return Hours::parse(v, "hours_per_week"); });
  if (auto m = hours_per_week_problem(e.hours_per_week)) throw fail("hours_per_week", *m);
  if (!get("hourly_wage").empty()) {
    e.agreed_hourly_wage = parsed("hourly_wage", [](const std::string& v) { return Money::parse(v, "hourly_wage"); });
    if (auto m = hourly_wage_problem(*e.agreed_hourly_wage)) throw fail("hourly_wage", *m);
  }
  e.scale = get("scale");
  if (e.scale.empty()) e.scale = e.agreed_hourly_wage ? "" : "WML";
  if (e.scale.empty()) throw fail("scale", "is empty; name the scale and step of the agreed hourly wage", ErrorCode::InputMissingField);
  if (const auto v = get("permanent_contract"); !v.empty()) {
    const auto b = parse_bool(v);
    if (!b) throw fail("permanent_contract", "\"" + v + "\": expected ja or nee");
    e.permanent_contract = *b;
  }
  if (auto m = fixed_term_problem(e.permanent_contract, e.employed_until)) throw fail("employed_until", *m, ErrorCode::InputMissingField);
  if (auto m = permanent_end_problem(e.permanent_contract, e.employed_until)) throw fail("employed_until", *m);
  if (const auto v = get("pay_period"); !v.empty()) {
    e.pay_period = parsed("pay_period", [](const std::string& x) { return parse_period_kind(x, "pay_period"); });
    if (auto m = pay_period_problem(e.pay_period)) throw fail("pay_period", *m);
  }
  if (!get("commute_km_per_period").empty()) {
    e.commute_km_per_period = parsed("commute_km_per_period", [](const std::string& v) { return Decimal::parse(v, "km"); });
    if (auto m = commute_problem(e.commute_km_per_period)) throw fail("commute_km_per_period", *m);
  }
  if (!get("previous_year_wage").empty()) {
    e.previous_year_wage = parsed("previous_year_wage", [](const std::string& v) { return Money::parse(v, "previous_year_wage"); });
  }
  row.c.id = "C1";
  row.c.job = get("job");
  row.c.start = e.employed_since;
  row.c.end = e.employed_until;
  row.c.indefinite = e.permanent_contract;
  row.c.hours_per_week = e.hours_per_week;
  row.p = ScalePlacement{0, e.employed_since, e.scale, e.agreed_hourly_wage};
}

}  // namespace

int import_employees_csv(Database& db, std::string_view text, const std::string& doc) {
  // Three passes over the text, none holding the file's records or rows (issue 18: holding them
  // made the import's memory and allocation grow with the file), in the order of the problems a
  // file can have: (1) the CSV syntax, before anything else; (2) the header and every row,
  // reporting every bad row, before the database is locked or written; (3) the rows written,
  // 64 per statement, in one transaction (AdministrationRows: statements prepared once, each
  // batch's audit entries those of one row at a time).
  std::size_t records = 0;
  {
    CsvReader syntax(text, doc);
    CsvRecord any;
    while (syntax.next(any)) ++records;
  }
  CsvRecord header;
  CsvRecord rec;
  const auto open = [&] {
    CsvReader reader(text, doc);
    if (!reader.next(header)) {
      throw InputError(ErrorCode::InputSyntax, doc + ": the file is empty; expected a header row with the columns (docs/store.md)",
                       {.document = doc});
    }
    return reader;
  };
  CsvReader checking = open();
  const Columns col = read_header(header, doc);
  {
    Taken taken = taken_in(db, records, text);
    ImportedRow row;
    std::vector<InputProblem> problems;  // every bad row, in order; one problem (the first) per row
    for (std::size_t n = 1; checking.next(rec); ++n) try {
      read_row(row, rec, n, header.fields.size(), col, &taken, doc);
      taken.ids.insert(row.e.id);
      taken.bsns.insert(row.e.bsn);
    } catch (const InputError& bad_row) {
      problems.push_back(problem_of(bad_row));
    }
    if (!problems.empty()) throw ValidationError(std::move(problems));
  }
  int imported = 0;
  write(db, "importing " + doc, [&] {
    CsvReader reader = open();
    std::vector<ImportedRow> batch(AdministrationRows::kBatch);  // alive until `out` has written them
    store_detail::AdministrationRows out(db, doc);
    std::size_t in_batch = 0;
    for (std::size_t n = 1; reader.next(rec); ++n) {
      ImportedRow& row = batch[in_batch];
      read_row(row, rec, n, header.fields.size(), col, nullptr, doc);
      out.add(row.e, row.c, row.p);  // the store's own checks (check_contract) throw as before
      ++imported;
      if (++in_batch == batch.size()) in_batch = 0;  // add() has written the full batch
    }
    out.flush();
  });
  return imported;
}

}  // namespace basisbaan
