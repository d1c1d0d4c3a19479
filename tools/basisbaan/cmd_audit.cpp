// SPDX-License-Identifier: EUPL-1.2
// basisbaan audit verify|log|head — the hash-chained audit trail of the employer's database.

#include <algorithm>
#include <cctype>
#include <memory>
#include <ostream>

#include "basisbaan/app/audit_json.hpp"
#include "basisbaan/app/backoffice.hpp"
#include "basisbaan/core/error.hpp"
#include "basisbaan/store/audit.hpp"
#include "store_commands.hpp"
#include "table_printer.hpp"
#include "read_database.hpp"

namespace basisbaan::cli {
namespace {

struct AuditOptions {
  std::string db;
  std::string expect_head;
  int last = 20;
  bool last_given = false;  ///< --last on the command line (with --employee or --entity the default is all)
  std::string employee;
  std::string entity;
  bool json = false;
};

// The --expect-head value in lower case: exactly the 64 hex digits of an entry's hash (capitals
// accepted). Anything else, e.g. the 12-digit prefix `audit log` shows, is a usage error: it can
// never be a head, and reporting it as "differs" would be a false alarm of tampering.
std::optional<std::string> expected_head(const std::string& text, const std::string& db) {
  if (text.empty()) return std::nullopt;
  std::string head = text;
  std::transform(head.begin(), head.end(), head.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  const bool hex = std::all_of(head.begin(), head.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
  if (head.size() != 64 || !hex) {
    throw UsageError("--expect-head: expected a head of 64 hex digits (the whole hash; `basisbaan audit head --db " + db +
                     "` prints it, `audit log` shows only the first 12), got \"" + text + "\" (" + std::to_string(text.size()) +
                     " characters" + (hex ? "" : ", not all hex digits") + ")");
  }
  return head;
}

void verify(Context& ctx, const AuditOptions& o) {
  const std::optional<std::string> head = expected_head(o.expect_head, o.db);
  Database db = open_to_read(ctx, o.db);
  const app::Backoffice office(db);
  const auto v = office.verify_audit(head);
  if (o.json) {
    print_json(*ctx.out, app::audit_verification_json(v));
  } else {
    auto& out = *ctx.out;
    out << "Audit of " << o.db << ": " << v.entries << " entries in the chain, " << v.rows << " rows checked\n";
    if (v.copied_from_schema) {
      out << "read through a private copy migrated from schema version " << *v.copied_from_schema << " (the file was not changed)\n";
    }
    if (v.ok()) {
      out << "ok: the chain is intact and every row matches its latest entry\nhead " << v.head << "\n";
      if (v.expected_head_at > 0) out << "the expected head is entry " << v.expected_head_at << "; the chain extends it\n";
    } else {
      out << "FAILED: " << v.problems.size() << " problem(s):\n";
      for (std::size_t i = 0; i < v.problems.size(); ++i) {
        const auto& p = v.problems[i];
        if (i == 20) {
          out << "  … and " << (v.problems.size() - 20) << " more\n";
          break;
        }
        out << "  " << p.where << ": " << p.what << " — " << p.detail << "\n";
      }
    }
  }
  if (!v.ok()) {
    const auto& p = v.problems.front();
    throw StoreError("audit verify: " + p.where + " " + p.what + " (" + std::to_string(v.problems.size()) + " problem(s))");
  }
}

void log(Context& ctx, const AuditOptions& o) {
  if (o.last < 0) throw UsageError("--last: expected how many of the latest entries, 0 or more (0: all), got " + std::to_string(o.last));
  Database db = open_to_read(ctx, o.db);
  const app::Backoffice office(db);
  std::vector<AuditEntry> entries;
  if (!o.employee.empty() || !o.entity.empty()) {
    entries = !o.employee.empty() ? office.audit_log_of_employee(o.employee) : office.audit_log_of_entity(o.entity);
    if (o.last_given && o.last > 0 && entries.size() > static_cast<std::size_t>(o.last)) {
      entries.erase(entries.begin(), entries.end() - o.last);
    }
  } else {
    entries = office.audit_log(o.last > 0 ? std::optional<int>(o.last) : std::nullopt);
  }
  if (o.json) {
    print_json(*ctx.out, app::audit_log_json(entries));
    return;
  }
  if (entries.empty()) {
    *ctx.out << "no audit entries" << (o.entity.empty() ? std::string() : " of " + o.entity) << "\n";
    return;
  }
  TablePrinter t({"#", "at", "action", "entity", "hash", "detail"}, {true, false, false, false, false, false});
  for (const auto& e : entries) {
    std::string detail = e.detail.size() > 90 ? e.detail.substr(0, 89) + "…" : e.detail;
    t.row({std::to_string(e.seq), e.at, e.action, e.entity, e.hash.substr(0, 12), detail});
  }
  t.print(*ctx.out);
}

}  // namespace

void register_audit_command(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<AuditOptions>();
  auto* audit = app.add_subcommand("audit", "The hash-chained audit trail of the employer's database.");
  audit->require_subcommand(1);
  auto* v = audit->add_subcommand(
      "verify", "Walk the hash chain and every stored row (runs down to each payslip line); report what was altered, inserted "
                "or deleted behind the library's back. Exit 0 when all is intact, 1 otherwise.");
  add_db_option(v, o->db);
  v->add_option("--expect-head", o->expect_head, "An entry of the chain must have this hash, 64 hex digits (noted earlier with audit head); later entries may follow it");
  v->add_flag("--json", o->json, "Print JSON");
  v->callback([o, &ctx] { verify(ctx, *o); });
  auto* l = audit->add_subcommand(
      "log", "The audit entries, oldest first: the latest, or every one about an employee or an entity (an auditor's trace of who "
             "changed what, when).");
  add_db_option(l, o->db);
  auto* last = l->add_option("--last", o->last, "How many of the latest (0: all; with --employee or --entity the default is all)")
                   ->capture_default_str();
  auto* employee = l->add_option("--employee", o->employee,
                                 "Only the entries about this employee (personnel number): the employee's own and those of their "
                                 "contracts, scale placements, leave, sickness, maternity and garnishments");
  auto* entity = l->add_option("--entity", o->entity, "Only the entries of this entity, as the log names it (e.g. contract:12, run:3)");
  employee->excludes(entity);
  l->add_flag("--json", o->json, "Print JSON");
  l->callback([o, &ctx, last] {
    o->last_given = last->count() > 0;
    log(ctx, *o);
  });
  auto* h = audit->add_subcommand("head", "The hash of the last entry: note it (e.g. on the closing report) to check later with --expect-head.");
  add_db_option(h, o->db);
  h->callback([o, &ctx] {
    Database db = open_to_read(ctx, o->db);
    const auto entries = app::Backoffice(db).audit_log(1);
    if (entries.empty()) throw InputError(o->db + ": the audit log is empty");
    *ctx.out << entries.back().seq << " " << entries.back().hash << "\n";
  });
}

}  // namespace basisbaan::cli
