// SPDX-License-Identifier: EUPL-1.2
// Replay's shortcuts (issue 18, docs/store.md "How replay reads") must find every difference the
// plain comparison finds, with the same message: recomputed lines are compared with a stored
// packed text through the values of lines that packed to that very text before (no packing),
// the texts are read by their id, the opening state is taken from the state recomputed for the
// period before, a state after is compared through the values of a state that formatted to that
// very text. Each test changes one stored thing behind the library's back — a line's amount,
// quantity, rate, description or check, the snapshot, the opening state, the state after, the
// text a payslip points to (lines or state after) — in a year whose replay has warm caches
// (three periods, one thread), and checks the differences reported.

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

#include "../../lib/store/internal.hpp"
#include "../../lib/store/packed_lines_memo.hpp"
#include "basisbaan/store/payroll_replay.hpp"
#include "basisbaan/store/payroll_runs.hpp"
#include "support.hpp"

using namespace basisbaan;
using namespace basisbaan::test;

namespace {

PayPeriod P(const char* s) { return PayPeriod::parse(s); }

/// The example employer with 2026-01 to 2026-03 run (open).
void three_periods(Database& db) {
  load_example(db);
  for (const char* p : {"2026-01", "2026-02", "2026-03"}) run_payroll(db, store_rules(), P(p));
}

/// The year replayed on one thread with one connection (so the caches carry from period to period).
ReplayReport replay_year(const Database& db) { return replay_periods(db, stored_periods(db, 2026), nullptr, std::nullopt, 1); }

/// E002's payslip of 2026-03 (J. de Boer: employed all year, the same lines every month).
const std::string kMarchE002 = "employee_id = 'E002' AND run_id = (SELECT id FROM payroll_runs WHERE period = '2026-03')";

/// The differences of the March run when January and February replay identical.
std::vector<std::string> march_differences(const ReplayReport& r) {
  REQUIRE(r.runs.size() == 3);
  CHECK(r.runs[0].differences.empty());
  CHECK(r.runs[1].differences.empty());
  return r.runs[2].differences;
}

/// Position (from 1) and fields of E002's March line `code`, as stored.
struct Found {
  std::size_t line = 0;
  PackedLineFields fields;
};

/// Edits the first line `code` of E002's March lines with `edit` (a new text, as
/// alter_packed_lines; `in_place`: the stored text itself), returning the line as it was.
Found edit_line(Database& db, const std::string& code, const std::function<void(PackedLineFields&)>& edit, bool in_place = false) {
  Found found;
  alter_packed_lines(
      db, kMarchE002,
      [&](std::vector<PackedLineFields>& lines) {
        for (std::size_t i = 0; i < lines.size(); ++i) {
          if (lines[i].at(0) != code) continue;
          found = {i + 1, lines[i]};
          edit(lines[i]);
          return;
        }
      },
      in_place);
  REQUIRE(found.line > 0);
  return found;
}

int count_of(const Database& db, const std::string& sql) { return count(db, sql); }

/// Replay's line for a state after whose year-to-date net differs: stored `stored`'s, recomputed
/// `recomputed`'s (state texts), of the payslip of `who` (the state is named field by field).
std::string net_after_line(const std::string& who, const std::string& stored, const std::string& recomputed) {
  auto net = [](const std::string& text) {
    const auto at = text.find("\"net\":\"");
    REQUIRE(at != std::string::npos);
    return text.substr(at + 7, text.find('"', at + 7) - (at + 7));
  };
  return who + ": year-to-date cumulatives or reserve after the period differ, year_to_date.net: stored " + net(stored) + ", recomputed " +
         net(recomputed);
}

/// The start of replay's line for a state after that differs in field `field`.
std::string after_field(const std::string& who, const std::string& field) {
  return who + ": year-to-date cumulatives or reserve after the period differ, " + field + ": stored ";
}

}  // namespace

TEST_CASE("replay shortcuts: the caches are warm in these tests", "[store][replay]") {
  TempDb t;
  Database db = Database::create(t.path());
  three_periods(db);
  // E002's February and March lines are one text (so the March payslip meets lines whose values
  // are remembered from February), and its March opening state is its February state after.
  CHECK(count_of(db, "SELECT count(DISTINCT lines_text) FROM payslips p JOIN payroll_runs r ON r.id = p.run_id "
                     "WHERE p.employee_id = 'E002' AND r.period IN ('2026-02', '2026-03')") == 1);
  CHECK(count_of(db, "SELECT count(*) FROM payslips a JOIN payslips b ON b.opening_text = a.after_text "
                     "WHERE a.employee_id = 'E002' AND b.employee_id = 'E002' AND a.run_id = 2 AND b.run_id = 3") == 1);
  const ReplayReport r = replay_year(db);
  CHECK(r.identical());
  CHECK(r.runs[2].payslips == 12);
}

TEST_CASE("replay shortcuts: a changed line amount, quantity, rate, description or check is reported as before", "[store][replay]") {
  TempDb t;
  Database db = Database::create(t.path());
  three_periods(db);
  const std::string who = "E002 J. de Boer: line ";

  SECTION("amount") {
    const Found f = edit_line(db, "net", [](PackedLineFields& l) { l.at(5) = std::to_string(std::stoll(l.at(5)) + 1); });
    const auto d = march_differences(replay_year(db));
    const Money stored = Money::from_cents(std::stoll(f.fields.at(5)) + 1);
    const Money recomputed = Money::from_cents(std::stoll(f.fields.at(5)));
    REQUIRE(d.size() == 1);
    CHECK(d[0] == who + std::to_string(f.line) + " net (" + f.fields.at(1) + "): stored " + stored.str() + ", recomputed " +
                      recomputed.str() + " (-0.01)");
  }
  SECTION("quantity, the same value written differently (the text differs byte for byte)") {
    const Found f = edit_line(db, "basic_wage", [](PackedLineFields& l) { l.at(3).insert(l.at(3).find(' '), "0"); });
    REQUIRE(f.fields.at(3).find('.') != std::string::npos);  // "139.2 uur" -> "139.20 uur": a decimal more, the same hours
    std::string stored = f.fields.at(3);
    stored.insert(stored.find(' '), "0");
    CHECK(LineQuantity::parse(stored) == LineQuantity::parse(f.fields.at(3)));
    const auto d = march_differences(replay_year(db));
    REQUIRE(d.size() == 1);
    CHECK(d[0] == who + std::to_string(f.line) + " basic_wage: quantity stored \"" + stored + "\", recomputed \"" + f.fields.at(3) + "\"");
  }
  SECTION("quantity, another value") {
    const Found f = edit_line(db, "basic_wage", [](PackedLineFields& l) { l.at(3) = "1 uur"; });
    const auto d = march_differences(replay_year(db));
    REQUIRE(d.size() == 1);
    CHECK(d[0] == who + std::to_string(f.line) + " basic_wage: quantity stored \"1 uur\", recomputed \"" + f.fields.at(3) + "\"");
  }
  SECTION("rate, the same value written differently (an amount and a percentage), and another value") {
    const Found f = edit_line(db, "basic_wage", [](PackedLineFields& l) { l.at(4) += "0"; });  // "15.20" -> "15.200"
    CHECK(LineRate::parse(f.fields.at(4) + "0") == LineRate::parse(f.fields.at(4)));
    const Found g = edit_line(db, "holiday_allowance_reserved", [](PackedLineFields& l) { l.at(4).insert(l.at(4).size() - 1, ".0"); });
    REQUIRE(g.fields.at(4) == "8%");  // -> "8.0%"
    CHECK(LineRate::parse("8.0%") == LineRate::parse("8%"));
    const Found h = edit_line(db, "wga_recovery", [](PackedLineFields& l) { l.at(4) = "0.36%"; });
    const auto d = march_differences(replay_year(db));
    REQUIRE(d.size() == 3);
    CHECK(d[0] == who + std::to_string(f.line) + " basic_wage: rate stored \"" + f.fields.at(4) + "0\", recomputed \"" + f.fields.at(4) + "\"");
    CHECK(d[1] == who + std::to_string(g.line) + " holiday_allowance_reserved: rate stored \"8.0%\", recomputed \"8%\"");
    CHECK(d[2] == who + std::to_string(h.line) + " wga_recovery: rate stored \"0.36%\", recomputed \"" + h.fields.at(4) + "\"");
  }
  SECTION("description") {
    const Found f = edit_line(db, "basic_wage", [](PackedLineFields& l) { l.at(1) += " "; });
    const auto d = march_differences(replay_year(db));
    REQUIRE(d.size() == 1);
    CHECK(d[0] == who + std::to_string(f.line) + " basic_wage: description stored \"" + f.fields.at(1) + " \", recomputed \"" + f.fields.at(1) +
                      "\"");
  }
  SECTION("only the check") {
    const Found f = edit_line(db, "wage_tax", [](PackedLineFields& l) { l.at(6) = "0000000000000000"; });
    const auto d = march_differences(replay_year(db));
    REQUIRE(d.size() == 1);
    CHECK(d[0] == who + std::to_string(f.line) + " wage_tax: the line's stored check 0000000000000000 does not match its content (altered)");
  }
  SECTION("in place: the text shared by February and March, reported in both") {
    db.sql().exec("DROP TRIGGER payslip_texts_immutable_update");
    const Found f = edit_line(db, "net", [](PackedLineFields& l) { l.at(5) = std::to_string(std::stoll(l.at(5)) - 100); }, true);
    const ReplayReport r = replay_year(db);
    REQUIRE(r.runs.size() == 3);
    const std::string expected = who + std::to_string(f.line) + " net (" + f.fields.at(1) + "): stored " +
                                 Money::from_cents(std::stoll(f.fields.at(5)) - 100).str() + ", recomputed " +
                                 Money::from_cents(std::stoll(f.fields.at(5))).str() + " (+1.00)";
    CHECK(r.runs[1].differences == std::vector<std::string>{expected});
    CHECK(r.runs[2].differences == std::vector<std::string>{expected});
  }
}

TEST_CASE("replay shortcuts: a payslip pointed at another employee's lines text is reported line by line", "[store][replay]") {
  TempDb t;
  Database db = Database::create(t.path());
  three_periods(db);
  // E004 (after E002 in the replay's order) gets E002's March lines text, whose values replay has
  // just remembered from E002's recomputed lines.
  db.sql().exec("UPDATE payslips SET lines_text = (SELECT lines_text FROM payslips WHERE " + kMarchE002 +
                ") WHERE employee_id = 'E004' AND run_id = (SELECT id FROM payroll_runs WHERE period = '2026-03')");
  const auto d = march_differences(replay_year(db));
  REQUIRE_FALSE(d.empty());
  for (const auto& x : d) CHECK_THAT(x, Catch::StartsWith("E004 P. Visser: line "));
  bool basic_wage = false;
  for (const auto& x : d) basic_wage = basic_wage || x.find(" basic_wage (") != std::string::npos;
  CHECK(basic_wage);
}

TEST_CASE("replay shortcuts: a payslip pointed at another employee's state after is reported", "[store][replay]") {
  TempDb t;
  Database db = Database::create(t.path());
  three_periods(db);
  // E004 (after E002 in the replay's order) gets E002's March state after text, which replay has
  // just remembered with E002's recomputed state (AfterStateMemo): the text is the remembered one
  // byte for byte, the state E004 recomputes is not, so it must be formatted and reported.
  const std::string march_e004 = "employee_id = 'E004' AND run_id = (SELECT id FROM payroll_runs WHERE period = '2026-03')";
  auto after_of = [&](const std::string& where) {
    SQLite::Statement q(db.sql(), "SELECT t.content FROM payslips p JOIN payslip_texts t ON t.id = p.after_text WHERE " + where);
    REQUIRE(q.executeStep());
    return q.getColumn(0).getString();
  };
  const std::string e002 = after_of(kMarchE002);
  const std::string e004 = after_of(march_e004);
  REQUIRE(e002 != e004);
  db.sql().exec("UPDATE payslips SET after_text = (SELECT after_text FROM payslips WHERE " + kMarchE002 + ") WHERE " + march_e004);
  const auto d = march_differences(replay_year(db));
  REQUIRE_FALSE(d.empty());
  // One line per field that differs (the two employees' year to date), not two whole states.
  for (const auto& x : d) CHECK_THAT(x, Catch::StartsWith("E004 P. Visser: year-to-date cumulatives or reserve after the period differ, "));
  CHECK(std::find(d.begin(), d.end(), net_after_line("E004 P. Visser", e002, e004)) != d.end());
}

TEST_CASE("replay shortcuts: a changed snapshot, opening state or state after is reported", "[store][replay]") {
  TempDb t;
  Database db = Database::create(t.path());
  three_periods(db);
  // A new text and E002's March payslip pointed at it (in an open run the database allows that).
  auto repoint = [&](const char* column, const std::string& content) {
    SQLite::Statement i(db.sql(), "INSERT INTO payslip_texts (key, content) VALUES (0, ?)");
    i.bind(1, content);
    i.exec();
    db.sql().exec(std::string("UPDATE payslips SET ") + column + " = last_insert_rowid() WHERE " + kMarchE002);
  };
  auto text_of = [&](const char* column) {
    SQLite::Statement q(db.sql(), std::string("SELECT t.content FROM payslips p JOIN payslip_texts t ON t.id = p.") + column + " WHERE " +
                                      kMarchE002);
    REQUIRE(q.executeStep());
    return q.getColumn(0).getString();
  };

  SECTION("snapshot: the lines recomputed from it differ from the text the February lines packed to") {
    std::string snapshot = text_of("employee_text");
    const auto hours = snapshot.find("\"hours_per_week\":\"36\"");
    REQUIRE(hours != std::string::npos);
    snapshot.replace(hours, 21, "\"hours_per_week\":\"35\"");
    repoint("employee_text", snapshot);
    const auto d = march_differences(replay_year(db));
    REQUIRE_FALSE(d.empty());
    // E002's payslip, and the run's totals, which sum the stored payslips.
    for (const auto& x : d) CHECK_THAT(x, Catch::StartsWith("E002 J. de Boer: ") || Catch::StartsWith("run 3 (2026-03): total "));
    // The new text does not have the key of its content: the input was altered after the run.
    CHECK_THAT(d[0], Catch::StartsWith("E002 J. de Boer: its stored input snapshot (payslip text ") &&
                         Catch::Contains("recomputed from the altered input"));
    bool basic_wage = false;
    bool gross = false;
    for (const auto& x : d) {
      basic_wage = basic_wage || (x.find(" basic_wage (") != std::string::npos && x.find("recomputed") != std::string::npos);
      gross = gross || x.find("total gross: stored") != std::string::npos;
    }
    CHECK(basic_wage);
    CHECK(gross);
  }
  SECTION("opening state: replay starts from the stored text, not from the state it recomputed") {
    std::string opening = text_of("opening_text");
    const auto balance = opening.find("\"holiday_allowance_balance\":\"");
    REQUIRE(balance != std::string::npos);
    opening.insert(balance + 29, "1");
    repoint("opening_text", opening);
    const auto d = march_differences(replay_year(db));
    REQUIRE(d.size() == 3);
    CHECK_THAT(d[0], Catch::StartsWith("E002 J. de Boer: its stored opening state (payslip text "));
    CHECK_THAT(d[1], Catch::StartsWith("E002 J. de Boer: total holiday allowance balance: stored "));
    CHECK_THAT(d[2], Catch::StartsWith(after_field("E002 J. de Boer", "holiday_allowance_balance")));
  }
  SECTION("state after") {
    const std::string after = text_of("after_text");
    std::string changed = after;
    const auto net = changed.find("\"net\":\"");
    REQUIRE(net != std::string::npos);
    changed.insert(net + 7, "1");
    repoint("after_text", changed);
    const auto d = march_differences(replay_year(db));
    REQUIRE(d.size() == 1);  // the state after is not the input: no note that the input was altered
    CHECK(d[0] == net_after_line("E002 J. de Boer", changed, after));
  }
}

TEST_CASE("replay shortcuts: an opening text is parsed once per period, and a payslip pointed at another one is reported", "[store][replay]") {
  TempDb t;
  Database db = Database::create(t.path());
  three_periods(db);
  // January's payslips open with states of their own texts, and the employees new this year
  // share one text (the empty state): replay parses each text once. The shared one, the last
  // employee (in the replay's order) opening with it, and how many do.
  const std::string january = "run_id = (SELECT id FROM payroll_runs WHERE period = '2026-01')";
  long long opening_id = 0;
  std::string opening;
  std::string last;
  int sharing = 0;
  {
    SQLite::Statement q(db.sql(), "SELECT p.opening_text, t.content, max(p.employee_id), count(*) FROM payslips p JOIN payslip_texts t "
                                  "ON t.id = p.opening_text WHERE p." + january + " GROUP BY p.opening_text ORDER BY count(*) DESC LIMIT 1");
    REQUIRE(q.executeStep());
    opening_id = q.getColumn(0).getInt64();
    opening = q.getColumn(1).getString();
    last = q.getColumn(2).getString();
    sharing = q.getColumn(3).getInt();
  }
  REQUIRE(sharing >= 2);
  const auto balance = opening.find("\"holiday_allowance_balance\":\"");
  REQUIRE(balance != std::string::npos);
  std::string changed = opening;
  changed.insert(balance + 29, "1");  // a digit more in the balance

  SECTION("the last of them (after the others parsed the shared text) pointed at a text of its own: only it is reported") {
    SQLite::Statement i(db.sql(), "INSERT INTO payslip_texts (key, content) VALUES (0, ?)");
    i.bind(1, changed);
    i.exec();
    db.sql().exec("UPDATE payslips SET opening_text = last_insert_rowid() WHERE employee_id = '" + last + "' AND " + january);
    const ReplayReport r = replay_year(db);
    REQUIRE(r.runs.size() == 3);
    const auto& d = r.runs[0].differences;
    REQUIRE(d.size() == 3);
    CHECK_THAT(d[0], Catch::StartsWith(last + " ") && Catch::Contains(": its stored opening state (payslip text "));
    CHECK_THAT(d[1], Catch::StartsWith(last + " ") && Catch::Contains(": total holiday allowance balance: stored "));
    CHECK_THAT(d[2], Catch::StartsWith(last + " ") && Catch::Contains(": year-to-date cumulatives or reserve after the period differ, holiday_allowance_balance: stored "));
    CHECK(r.runs[1].differences.empty());
    CHECK(r.runs[2].differences.empty());
  }
  SECTION("in place: the shared text itself, reported for every payslip that opens with it") {
    db.sql().exec("DROP TRIGGER payslip_texts_immutable_update");
    SQLite::Statement u(db.sql(), "UPDATE payslip_texts SET content = ? WHERE id = ?");
    u.bind(1, changed);
    u.bind(2, static_cast<std::int64_t>(opening_id));
    u.exec();
    const ReplayReport r = replay_year(db);
    REQUIRE(r.runs.size() == 3);
    // Every payslip opening with the text, also one of an employee hired later in the year.
    for (std::size_t run = 0; run < 3; ++run) {
      const auto& d = r.runs[run].differences;
      const int opening_with_it = count_of(db, "SELECT count(*) FROM payslips WHERE opening_text = " + std::to_string(opening_id) +
                                                   " AND run_id = " + std::to_string(r.runs[run].run_id));
      if (run == 0) CHECK(opening_with_it == sharing);
      // Each: the note that its opening state was altered, the total, the state after's field.
      REQUIRE(d.size() == static_cast<std::size_t>(3 * opening_with_it));
      for (std::size_t k = 0; k < d.size(); k += 3) {
        CHECK(d[k].find(": its stored opening state (payslip text " + std::to_string(opening_id) + ") was altered") != std::string::npos);
        CHECK(d[k + 1].find(": total holiday allowance balance: stored ") != std::string::npos);
        CHECK(d[k + 2].find(": year-to-date cumulatives or reserve after the period differ, holiday_allowance_balance: stored ") != std::string::npos);
        CHECK(d[k].substr(0, 5) == d[k + 1].substr(0, 5));
        CHECK(d[k].substr(0, 5) == d[k + 2].substr(0, 5));
      }
    }
  }
}

TEST_CASE("replay shortcuts: a state after changed in place is read by its id and reported", "[store][replay]") {
  TempDb t;
  Database db = Database::create(t.path());
  three_periods(db);
  // E002's February state after is its March opening state: changed in place, February reports
  // it with the stored text as it is now, and March starts from that text (it is not the state
  // February recomputed).
  const std::string february_e002 = "employee_id = 'E002' AND run_id = (SELECT id FROM payroll_runs WHERE period = '2026-02')";
  std::string after;
  long long after_id = 0;
  {
    SQLite::Statement q(db.sql(), "SELECT t.id, t.content FROM payslips p JOIN payslip_texts t ON t.id = p.after_text WHERE " + february_e002);
    REQUIRE(q.executeStep());
    after_id = q.getColumn(0).getInt64();
    after = q.getColumn(1).getString();
  }
  REQUIRE(count_of(db, "SELECT count(*) FROM payslips WHERE after_text = " + std::to_string(after_id)) == 1);
  std::string changed = after;
  const auto net = changed.find("\"net\":\"");
  REQUIRE(net != std::string::npos);
  changed.insert(net + 7, "1");
  db.sql().exec("DROP TRIGGER payslip_texts_immutable_update");
  SQLite::Statement u(db.sql(), "UPDATE payslip_texts SET content = ? WHERE id = ?");
  u.bind(1, changed);
  u.bind(2, static_cast<std::int64_t>(after_id));
  u.exec();
  const ReplayReport r = replay_year(db);
  REQUIRE(r.runs.size() == 3);
  CHECK(r.runs[0].differences.empty());
  CHECK(r.runs[1].differences == std::vector<std::string>{net_after_line("E002 J. de Boer", changed, after)});
  // March opens with the changed text (its input, altered in place: a note says so): its year to
  // date (net) is carried into March's state after.
  const auto& d = r.runs[2].differences;
  REQUIRE(d.size() == 2);
  CHECK_THAT(d[0], Catch::StartsWith("E002 J. de Boer: its stored opening state (payslip text " + std::to_string(after_id) + ") was altered"));
  CHECK_THAT(d[1], Catch::StartsWith(after_field("E002 J. de Boer", "year_to_date.net")));
}

TEST_CASE("replay shortcuts: a state after whose text is missing is compared as the row's own (empty) column", "[store][replay]") {
  TempDb t;
  Database db = Database::create(t.path());
  three_periods(db);
  // E002's March state after points at a text that is not there (as the LEFT JOIN replay used to
  // read it through: its content NULL, so the row's own column, empty in a newer row). The texts
  // of the payslips after it are read again as before.
  std::string after;
  {
    SQLite::Statement q(db.sql(), "SELECT t.content FROM payslips p JOIN payslip_texts t ON t.id = p.after_text WHERE " + kMarchE002);
    REQUIRE(q.executeStep());
    after = q.getColumn(0).getString();
  }
  db.sql().exec("PRAGMA foreign_keys = OFF");
  db.sql().exec("UPDATE payslips SET after_text = (SELECT max(id) + 1000 FROM payslip_texts) WHERE " + kMarchE002);
  const auto d = march_differences(replay_year(db));
  REQUIRE(d.size() == 1);
  CHECK(d[0] == "E002 J. de Boer: year-to-date cumulatives or reserve after the period differ: stored , recomputed " + after);
}

TEST_CASE("replay shortcuts: a state after remembered from a row's own column is not used for another row's column", "[store][replay]") {
  TempDb t;
  Database db = Database::create(t.path());
  three_periods(db);
  // E004's March payslip made E002's (every stored column but the ids: the same snapshot, opening
  // state, lines and totals), so both recompute one state after. Both point at a state after
  // text that is not there, so each is compared with its row's own column (as the LEFT JOIN read
  // it): E002's (first in the replay's order) holds the true text, E004's a changed one. E004 is
  // reported, though E002's state (the same values) matched "the text" of that id.
  const std::string march_e004 = "employee_id = 'E004' AND run_id = (SELECT id FROM payroll_runs WHERE period = '2026-03')";
  std::string columns;
  {
    SQLite::Statement q(db.sql(), "SELECT name FROM pragma_table_info('payslips') WHERE name NOT IN ('id', 'run_id', 'employee_id', 'hash')");
    while (q.executeStep()) columns += (columns.empty() ? "" : ", ") + q.getColumn(0).getString();
  }
  db.sql().exec("UPDATE payslips SET (" + columns + ") = (SELECT " + columns + " FROM payslips WHERE " + kMarchE002 + ") WHERE " +
                march_e004);
  // The run's totals as the sums of its payslips again, as a run stores them (replay compares them).
  db.sql().exec("UPDATE payroll_runs SET (gross_cents, wage_tax_cents, net_cents, employer_cost_cents) = (SELECT sum(gross_cents), "
                "sum(wage_tax_cents), sum(net_cents), sum(employer_cost_cents) FROM payslips WHERE run_id = payroll_runs.id) "
                "WHERE period = '2026-03'");
  std::string after;
  {
    SQLite::Statement q(db.sql(), "SELECT t.content FROM payslips p JOIN payslip_texts t ON t.id = p.after_text WHERE " + kMarchE002);
    REQUIRE(q.executeStep());
    after = q.getColumn(0).getString();
  }
  REQUIRE(march_differences(replay_year(db)).empty());  // the clone replays identical
  std::string changed = after;
  const auto net = changed.find("\"net\":\"");
  REQUIRE(net != std::string::npos);
  changed.insert(net + 7, "1");
  db.sql().exec("PRAGMA foreign_keys = OFF");
  auto point_at_missing = [&](const std::string& where, const std::string& column) {
    SQLite::Statement u(db.sql(), "UPDATE payslips SET after_text = (SELECT max(id) + 1000 FROM payslip_texts), state_after = ? WHERE " + where);
    u.bind(1, column);
    REQUIRE(u.exec() == 1);
  };
  point_at_missing(kMarchE002, after);
  point_at_missing(march_e004, changed);
  const auto d = march_differences(replay_year(db));
  REQUIRE(d.size() == 1);
  CHECK(d[0] == net_after_line("E004 J. de Boer", changed, after));
}

TEST_CASE("replay shortcuts: a state after matched through a row's own column does not open the next period", "[store][replay]") {
  TempDb t;
  Database db = Database::create(t.path());
  three_periods(db);
  // E002's February state after and March opening state point at one text that is not there, so
  // each is read from its row's own column (as the LEFT JOIN read it): February's holds the true
  // state after, March's a changed opening state. March starts from its column, as the plain
  // reading does, not from the state February recomputed.
  const std::string february_e002 = "employee_id = 'E002' AND run_id = (SELECT id FROM payroll_runs WHERE period = '2026-02')";
  std::string after;
  {
    SQLite::Statement q(db.sql(), "SELECT t.content FROM payslips p JOIN payslip_texts t ON t.id = p.after_text WHERE " + february_e002);
    REQUIRE(q.executeStep());
    after = q.getColumn(0).getString();
  }
  std::string opening = after;
  const auto balance = opening.find("\"holiday_allowance_balance\":\"");
  REQUIRE(balance != std::string::npos);
  opening.insert(balance + 29, "1");
  db.sql().exec("PRAGMA foreign_keys = OFF");
  const std::string missing = "(SELECT max(id) + 1000 FROM payslip_texts)";
  {
    SQLite::Statement u(db.sql(), "UPDATE payslips SET after_text = " + missing + ", state_after = ? WHERE " + february_e002);
    u.bind(1, after);
    REQUIRE(u.exec() == 1);
  }
  {
    SQLite::Statement u(db.sql(), "UPDATE payslips SET opening_text = " + missing + ", opening_state = ? WHERE " + kMarchE002);
    u.bind(1, opening);
    REQUIRE(u.exec() == 1);
  }
  const auto d = march_differences(replay_year(db));
  REQUIRE(d.size() == 3);  // its opening state's text is missing: the input was altered
  CHECK_THAT(d[0], Catch::StartsWith("E002 J. de Boer: its stored opening state (payslip text ") && Catch::Contains(", missing) was altered"));
  CHECK_THAT(d[1], Catch::StartsWith("E002 J. de Boer: total holiday allowance balance: stored "));
  CHECK_THAT(d[2], Catch::StartsWith(after_field("E002 J. de Boer", "holiday_allowance_balance")));
}

namespace {

std::vector<PayslipLine> memo_sample() {
  PayslipLine wage;
  wage.code = LineCode::BasicWage;
  wage.description = "Salaris";
  wage.kind = LineKind::Earning;
  wage.quantity = LineQuantity::parse("156.6 uur");
  wage.rate = LineRate::parse("15.20");
  wage.amount = Money::from_cents(238032);
  PayslipLine reserve;
  reserve.code = LineCode::HolidayAllowanceReserved;
  reserve.description = "Reservering vakantiebijslag";
  reserve.rate = LineRate::parse("8%");
  reserve.amount = Money::from_cents(19043);
  PayslipLine zvw;
  zvw.code = LineCode::Zvw;
  zvw.description = "Werkgeversheffing Zvw";
  zvw.kind = LineKind::Employer;
  zvw.quantity = LineQuantity::parse("2380.32");
  zvw.rate = LineRate::parse("6.1%");
  zvw.amount = Money::from_cents(14519);
  PayslipLine net;
  net.code = LineCode::Net;
  net.description = "Netto uit te betalen";
  net.amount = Money::from_cents(222974);
  return {wage, reserve, zvw, net};
}

std::string packed_text(const std::vector<PayslipLine>& lines) {
  std::string out;
  store_detail::pack_lines(out, lines);
  return out;
}

}  // namespace

TEST_CASE("PackedLinesMemo: lines it calls the same pack to the remembered text, and a change in any byte is not the same",
          "[store][replay]") {
  const auto a = memo_sample();
  const store_detail::PackedLinesMemo memo(a);
  const std::string text = packed_text(a);
  CHECK(memo.same(a));
  // One change at a time: `same` must be false exactly when the packed text differs.
  const std::vector<std::pair<const char*, std::function<void(std::vector<PayslipLine>&)>>> changes = {
      {"amount", [](auto& l) { l[0].amount = l[0].amount + Money::from_cents(1); }},
      {"quantity value", [](auto& l) { l[0].quantity = LineQuantity::parse("156.7 uur"); }},
      {"quantity unit", [](auto& l) { l[0].quantity = LineQuantity::parse("156.6 km"); }},
      {"no quantity", [](auto& l) { l[0].quantity.reset(); }},
      {"a quantity where there was none", [](auto& l) { l[1].quantity = LineQuantity::days(1); }},
      {"rate per unit", [](auto& l) { l[0].rate = LineRate::parse("15.21"); }},
      {"rate as a percentage", [](auto& l) { l[0].rate = LineRate::parse("15.2%"); }},
      {"percentage", [](auto& l) { l[2].rate = LineRate::parse("6.2%"); }},
      {"no rate", [](auto& l) { l[2].rate.reset(); }},
      {"description", [](auto& l) { l[1].description = "Reservering vakantiegeld"; }},
      {"description moved between lines", [](auto& l) {
         l[0].description = "SalarisR";
         l[1].description = "eservering vakantiebijslag";
       }},
      {"kind", [](auto& l) { l[1].kind = LineKind::Earning; }},
      {"code", [](auto& l) { l[3].code = LineCode::Garnishment; }},
      {"a line more", [](auto& l) { l.push_back(l.back()); }},
      {"a line less", [](auto& l) { l.pop_back(); }},
      {"two lines swapped", [](auto& l) { std::swap(l[1], l[2]); }},
  };
  for (const auto& [what, change] : changes) {
    auto b = a;
    change(b);
    INFO(what);
    CHECK(packed_text(b) != text);
    CHECK_FALSE(memo.same(b));
  }
  // The same hours with another scale: the text shows the normalised value, so it is the same
  // text, but the memo is stricter (it compares digits and scale) and sends them to be packed.
  auto scaled = a;
  scaled[0].quantity = LineQuantity::hours(Decimal::from_parts(15660, 2));
  CHECK(packed_text(scaled) == text);
  CHECK_FALSE(memo.same(scaled));
  // The same numbers built another way are the same lines and the same text.
  auto c = a;
  c[2].rate = LineRate::parse("6.10%");  // a Rate is kept normalised: 6.1 %
  c[0].rate = LineRate::amount(Money::from_cents(1520));
  CHECK(packed_text(c) == text);
  CHECK(memo.same(c));

  // Random lines near each other: whenever `same` says so, the texts are equal byte for byte.
  std::mt19937 rng(18);
  const char* quantities[] = {"1 uur", "1.0 uur", "1.00 uur", "2 uur", "1 dag", "3 dagen", "120 km", "120.0 km", "2047.64", "2047.65"};
  const char* rates[] = {"14.40", "14.41", "8%", "8.5%", "0.35%", "0.350%", "100%"};
  const char* descriptions[] = {"Salaris", "Salaris ", "Loonheffing", "L\x1foonheffing", ""};
  // The same texts as string literals (the memo takes a literal's address as its bytes).
  static const LineText literals[] = {"Salaris", "Salaris ", "Loonheffing", "L\x1foonheffing", ""};
  static_assert(std::size(literals) == std::size(descriptions));
  auto draw = [&](PayslipLine& l, unsigned fields) {
    if (fields & 1) l.code = static_cast<LineCode>(rng() % 3);
    if (fields & 2) l.kind = static_cast<LineKind>(rng() % 2);
    if (fields & 4) {
      const std::size_t d = rng() % std::size(descriptions);
      l.description = rng() % 2 == 0 ? LineText(std::string_view(descriptions[d])) : literals[d];
    }
    if (fields & 8) {
      l.quantity.reset();
      if (rng() % 2 == 0) l.quantity = LineQuantity::parse(quantities[rng() % std::size(quantities)]);
    }
    if (fields & 16) {
      l.rate.reset();
      if (rng() % 2 == 0) l.rate = LineRate::parse(rates[rng() % std::size(rates)]);
    }
    if (fields & 32) l.amount = Money::from_cents(static_cast<std::int64_t>(rng() % 3));
  };
  int same = 0;
  int different = 0;
  for (int i = 0; i < 20000; ++i) {
    std::vector<PayslipLine> x(1 + rng() % 3);
    for (auto& l : x) draw(l, 63);
    auto y = x;  // x with a field or two drawn again (often to the same or an equal value)
    for (auto& l : y) draw(l, (1u << (rng() % 6)) & (rng() % 4 == 0 ? 63u : 0u));
    if (rng() % 20 == 0) y.pop_back();
    const bool equal_text = packed_text(x) == packed_text(y);
    if (store_detail::PackedLinesMemo(x).same(y)) {
      ++same;
      CHECK(equal_text);
    } else {
      different += equal_text ? 0 : 1;
    }
  }
  CHECK(different > 50);
  CHECK(same > 50);  // the check above ran
}

TEST_CASE("PackedLinesMemo: a description is the same by its characters, whether a literal or owned", "[store][replay]") {
  // Lines whose descriptions are string literals (as compute_payslip gives them) and the same
  // lines with the characters owned (as read back): the same text, and the memo of either calls
  // the other the same.
  const auto literal = memo_sample();
  auto owned = literal;
  for (auto& l : owned) l.description = LineText(std::string_view(l.description));
  REQUIRE(literal[0].description.is_static());
  REQUIRE_FALSE(owned[0].description.is_static());
  CHECK(packed_text(owned) == packed_text(literal));
  CHECK(store_detail::PackedLinesMemo(literal).same(owned));
  CHECK(store_detail::PackedLinesMemo(owned).same(literal));
  CHECK(store_detail::PackedLinesMemo(literal).same(literal));
  // Another literal of the same length is another description.
  auto other = literal;
  other[0].description = "Salarus";
  REQUIRE(other[0].description.size() == literal[0].description.size());
  CHECK(packed_text(other) != packed_text(literal));
  CHECK_FALSE(store_detail::PackedLinesMemo(literal).same(other));
  CHECK_FALSE(store_detail::PackedLinesMemo(other).same(literal));
  // The first characters of the remembered description are not it.
  auto shorter = literal;
  shorter[1].description = LineText(std::string_view(literal[1].description).substr(0, 11));
  CHECK_FALSE(store_detail::PackedLinesMemo(literal).same(shorter));
}
