// SPDX-License-Identifier: EUPL-1.2
// A payslip's lines packed into one text (schema 10; docs/store.md "How a payslip's lines are
// stored"), and the reader of a payslip's lines in either layout.

#include <charconv>
#include <cstring>

#include "internal.hpp"

namespace basisbaan::store_detail {
namespace {

constexpr char kFieldSep = '\x1f';  // between the fields of a line (as in canonical_line)
constexpr char kLineSep = '\x1e';   // between lines
constexpr char kEscape = '\x1d';    // an escaped separator or escape follows: '0' ESC, '1' RS, '2' US

bool is_special(char c) { return c == kEscape || c == kLineSep || c == kFieldSep; }

void append_escaped(std::string& out, std::string_view s) {
  bool plain = true;
  for (char c : s) plain = plain && !is_special(c);
  if (plain) {
    out += s;
    return;
  }
  for (char c : s) {
    if (is_special(c)) {
      out += kEscape;
      out += c == kEscape ? '0' : c == kLineSep ? '1' : '2';
    } else {
      out += c;
    }
  }
}

/// FNV-1a 64 over the bytes of canonical_line("", line), fed field by field (line_check).
class Fnv {
 public:
  void field(std::string_view s) {
    for (char c : s) add(c);
    add(kFieldSep);
  }
  void field(std::int64_t v) {
    char digits[24];
    const auto r = std::to_chars(digits, digits + sizeof digits, v);
    field(std::string_view(digits, static_cast<std::size_t>(r.ptr - digits)));
  }
  void hex(std::string& out) const {
    static constexpr char kHex[] = "0123456789abcdef";
    std::uint64_t h = h_;
    char text[16];
    for (int i = 15; i >= 0; --i, h >>= 4) text[i] = kHex[h & 0xf];
    out.append(text, 16);
  }

 private:
  void add(char c) {
    h_ ^= static_cast<unsigned char>(c);
    h_ *= 1099511628211ULL;
  }
  std::uint64_t h_ = 14695981039346656037ULL;
};

void pack_line(std::string& out, std::int64_t seq, std::string_view code, std::string_view description, std::string_view kind,
               std::string_view quantity, std::string_view rate, std::int64_t amount) {
  if (seq > 1) out += kLineSep;
  Fnv check;
  check.field(std::string_view());  // the employee id of canonical_line: empty, so texts are shared between employees
  check.field(seq);
  for (std::string_view f : {code, description, kind, quantity, rate}) {
    append_escaped(out, f);
    out += kFieldSep;
    check.field(f);
  }
  char digits[24];
  const auto r = std::to_chars(digits, digits + sizeof digits, amount);
  const std::string_view amount_text(digits, static_cast<std::size_t>(r.ptr - digits));
  out += amount_text;
  out += kFieldSep;
  check.field(amount_text);
  check.hex(out);
}

/// The fields of one packed line, unescaped; false when an escape is malformed.
bool split_fields(std::string_view line, std::vector<std::string>& fields) {
  fields.clear();
  fields.emplace_back();
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c == kFieldSep) {
      fields.emplace_back();
    } else if (c == kEscape) {
      if (i + 1 >= line.size()) return false;
      const char e = line[++i];
      if (e == '0') fields.back() += kEscape;
      else if (e == '1') fields.back() += kLineSep;
      else if (e == '2') fields.back() += kFieldSep;
      else return false;
    } else {
      fields.back() += c;
    }
  }
  return true;
}

bool parse_amount(const std::string& s, std::int64_t& out) {
  if (s.empty()) return false;
  const auto r = std::from_chars(s.data(), s.data() + s.size(), out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size() && s[0] != '+';
}

}  // namespace

std::string pack_lines(const std::vector<LineRow>& lines) {
  std::string out;
  out.reserve(lines.size() * 96);
  pack_lines(out, lines);
  return out;
}

void pack_lines(std::string& out, const std::vector<LineRow>& lines) {
  out.clear();
  for (const auto& l : lines) pack_line(out, l.seq, l.code, l.description, l.kind, l.quantity, l.rate, l.amount);
}

void pack_lines(std::string& out, const std::vector<PayslipLine>& lines) {
  out.clear();
  std::int64_t seq = 0;
  for (const auto& l : lines) {
    pack_line(out, ++seq, code_name(l.code), l.description, to_string(l.kind), l.quantity ? l.quantity->str() : std::string(),
              l.rate ? l.rate->str() : std::string(), l.amount.cents());
  }
}

std::vector<StoredLineRow> unpack_lines(std::string_view text) {
  std::vector<StoredLineRow> out;
  if (text.empty()) return out;
  std::vector<std::string> fields;
  std::int64_t seq = 0;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = text.find(kLineSep, start);
    const std::string_view line = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    StoredLineRow l;
    l.packed = true;
    l.row.seq = ++seq;
    l.well_formed = split_fields(line, fields) && fields.size() == 7 && parse_amount(fields[5], l.row.amount);
    if (!fields.empty()) l.row.code = fields[0];
    if (fields.size() > 1) l.row.description = fields[1];
    if (fields.size() > 2) l.row.kind = fields[2];
    if (fields.size() > 3) l.row.quantity = fields[3];
    if (fields.size() > 4) l.row.rate = fields[4];
    if (fields.size() > 6) l.check = fields[6];
    out.push_back(std::move(l));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return out;
}

bool check_matches(const std::string& employee_id, const StoredLineRow& l) {
  return l.well_formed && line_check(l.packed ? std::string() : employee_id, l.row) == l.check;
}

LineReader::LineReader(const Database& db)
    : rows_(db.sql(),
            "SELECT seq, code, description, kind, quantity, rate, amount_cents, check_hash FROM payslip_lines "
            "WHERE run_id = ? AND employee_id = ? ORDER BY seq") {}

const std::vector<StoredLineRow>& LineReader::read(const SQLite::Statement& ps, std::int64_t run_id, const std::string& employee_id) {
  if (!ps.getColumn(kPackedLinesIdColumn).isNull()) {
    const SQLite::Column c = ps.getColumn(kPackedLinesColumn);
    const std::string_view packed(c.getText(), static_cast<std::size_t>(c.getBytes()));
    return read(&packed, run_id, employee_id);
  }
  return read(nullptr, run_id, employee_id);
}

const std::vector<StoredLineRow>& LineReader::read(const std::string_view* packed, std::int64_t run_id, const std::string& employee_id) {
  if (packed != nullptr) {
    lines_ = unpack_lines(*packed);
    return lines_;
  }
  lines_.clear();
  rows_.reset();
  rows_.bind(1, run_id);
  rows_.bind(2, employee_id);
  while (rows_.executeStep()) {
    StoredLineRow l;
    l.row = {rows_.getColumn(0).getInt64(), rows_.getColumn(1).getString(), rows_.getColumn(2).getString(), rows_.getColumn(3).getString(),
             rows_.getColumn(4).getString(), rows_.getColumn(5).getString(), rows_.getColumn(6).getInt64()};
    l.check = rows_.getColumn(7).getString();
    lines_.push_back(std::move(l));
  }
  return lines_;
}

}  // namespace basisbaan::store_detail
