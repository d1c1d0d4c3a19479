// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/core/json_input.hpp"

#include <unordered_set>
#include <vector>

#include "basisbaan/core/error.hpp"
#include "utf8.hpp"

namespace basisbaan {
namespace {

// A SAX handler that builds the document like nlohmann's own DOM parser, except that numbers
// with a fraction or exponent are stored as their exact text, a member name that occurs twice in
// one object is refused (the second would silently win), and the document's depth and the
// members per object are bounded (kJsonLimits). Members are appended in linear time.
class ExactBuilder {
 public:
  explicit ExactBuilder(Json& root) : root_(root) {}

  /// Set when the builder itself stopped the parse (a limit or a duplicate member).
  std::optional<InputError> refused_;

  bool null() { return put(nullptr); }
  bool boolean(bool v) { return put(v); }
  bool number_integer(Json::number_integer_t v) { return put(v); }
  bool number_unsigned(Json::number_unsigned_t v) { return put(v); }
  bool number_float(Json::number_float_t /*binary value, ignored*/, const Json::string_t& text) {
    return put(text);
  }
  bool string(Json::string_t& v) { return put(v); }
  bool binary(Json::binary_t& /*unused*/) { return false; }
  bool start_object(std::size_t /*unused*/) {
    if (!deeper_allowed()) return false;
    Json* o = put_ref(Json::object());
    if (o == nullptr) return false;
    stack_.push_back(o);
    keys_.emplace_back();
    return true;
  }
  bool key(Json::string_t& k) {
    auto& seen = keys_.back();
    if (!seen.insert(k).second) return refuse(ErrorCode::InputDuplicate, "field " + path_of(k) + " occurs twice in the same object; "
                                                                         "give each field once");
    if (seen.size() > kJsonLimits.members_per_object) {
      return refuse(ErrorCode::InputInvalid, "an object with more than " + std::to_string(kJsonLimits.members_per_object) +
                                                 " fields at " + path_of(k) + "; no basisbaan document has so many");
    }
    key_ = k;
    return true;
  }
  bool end_object() {
    stack_.pop_back();
    keys_.pop_back();
    return true;
  }
  bool start_array(std::size_t /*unused*/) {
    if (!deeper_allowed()) return false;
    Json* a = put_ref(Json::array());
    if (a == nullptr) return false;
    stack_.push_back(a);
    keys_.emplace_back();
    return true;
  }
  bool end_array() {
    stack_.pop_back();
    keys_.pop_back();
    return true;
  }
  bool parse_error(std::size_t position, const std::string& /*token*/, const nlohmann::detail::exception& ex) {
    error_position_ = position;
    error_message_ = ex.what();
    return false;
  }

  std::size_t error_position_ = 0;
  std::string error_message_;

 private:
  bool refuse(ErrorCode code, const std::string& message) {
    refused_.emplace(code, message);
    return false;
  }
  bool deeper_allowed() {
    if (stack_.size() < kJsonLimits.depth) return true;
    return refuse(ErrorCode::InputInvalid, "nested deeper than " + std::to_string(kJsonLimits.depth) +
                                                " levels; no basisbaan document is nested so deep");
  }
  // "children[1].birth_date"-like path of member `k` of the innermost object, for messages.
  std::string path_of(const std::string& k) const { return "\"" + k + "\""; }

  template <typename T>
  bool put(T&& v) {
    put_ref(Json(std::forward<T>(v)));
    return true;
  }
  Json* put_ref(Json v) {
    if (stack_.empty()) {
      root_ = std::move(v);
      return &root_;
    }
    Json& top = *stack_.back();
    if (top.is_array()) {
      top.push_back(std::move(v));
      return &top.back();
    }
    // The member is new (key() refused duplicates): append it without the ordered map's linear
    // search for an existing one.
    auto& members = top.get_ref<Json::object_t&>();
    members.emplace_back(key_, std::move(v));
    return &members.back().second;
  }

  Json& root_;
  std::vector<Json*> stack_;
  std::vector<std::unordered_set<std::string>> keys_;  ///< member names seen, per open object (empty for arrays)
  std::string key_;
};

std::string type_name(const Json& j) {
  switch (j.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::object: return "an object";
    case Json::value_t::array: return "an array";
    case Json::value_t::string: return "a string";
    case Json::value_t::boolean: return "true/false";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned: return "a number";
    default: return "a value";
  }
}

}  // namespace

Json parse_json_exact(std::string_view text, std::string_view document_name) {
  Json root;
  ExactBuilder builder(root);
  if (text.size() > kJsonLimits.document_bytes) {
    throw InputError(ErrorCode::InputInvalid,
                     std::string(document_name) + ": " + std::to_string(text.size()) + " bytes; a basisbaan JSON document is at most " +
                         std::to_string(kJsonLimits.document_bytes) + " bytes",
                     {.document = std::string(document_name)});
  }
  // Text that is not UTF-8 (a Windows-1252 "Café") is refused before parsing, naming line,
  // column and byte offset (issue 19), also outside strings and in keys.
  if (const auto bad = first_invalid_utf8(text)) {
    const TextPosition at = text_position(text, *bad);
    throw InputError(ErrorCode::InputSyntax,
                     std::string(document_name) + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) +
                         ": not valid JSON: " + invalid_utf8_message(text, *bad),
                     {.document = std::string(document_name),
                      .line = static_cast<std::int64_t>(at.line),
                      .column = static_cast<std::int64_t>(at.column)});
  }
  const bool ok = Json::sax_parse(text.begin(), text.end(), &builder, nlohmann::detail::input_format_t::json, true);
  if (!ok && builder.refused_) {
    throw InputError(builder.refused_->code(), std::string(document_name) + ": " + builder.refused_->what(),
                     {.document = std::string(document_name)});
  }
  if (!ok) {
    std::size_t line = 1;
    std::size_t col = 1;
    const std::size_t end = std::min(builder.error_position_ > 0 ? builder.error_position_ - 1 : 0, text.size());
    for (std::size_t i = 0; i < end; ++i) {
      if (text[i] == '\n') {
        ++line;
        col = 1;
      } else {
        ++col;
      }
    }
    std::string msg = builder.error_message_;
    if (const auto p = msg.find("syntax error"); p != std::string::npos) msg = msg.substr(p);
    throw InputError(ErrorCode::InputSyntax,
                     std::string(document_name) + ":" + std::to_string(line) + ":" + std::to_string(col) +
                         ": not valid JSON: " + msg,
                     {.document = std::string(document_name),
                      .line = static_cast<std::int64_t>(line),
                      .column = static_cast<std::int64_t>(col)});
  }
  return root;
}

JsonField::JsonField(const Json& value, std::string document, std::string path)
    : value_(&value), document_(std::move(document)), path_(std::move(path)) {}

ErrorLocation JsonField::location() const {
  ErrorLocation where{.document = document_};
  if (!path_.empty()) where.field = path_;
  return where;
}

InputError JsonField::error(std::string_view message, ErrorCode code) const {
  return InputError(code,
                    document_ + ": field " + (path_.empty() ? std::string("(top level)") : path_) + ": " +
                        std::string(message),
                    location());
}

template <typename F>
auto JsonField::located(F&& read) const {
  try {
    return read();
  } catch (Error& e) {
    e.locate(location());
    throw;
  }
}

bool JsonField::has(std::string_view key) const {
  if (!value_->is_object()) return false;
  const auto it = value_->find(key);
  return it != value_->end() && !it->is_null();
}

JsonField JsonField::at(std::string_view key) const {
  const std::string child = path_.empty() ? std::string(key) : path_ + "." + std::string(key);
  if (!value_->is_object()) throw error("expected an object with the field \"" + std::string(key) + "\", got " + type_name(*value_));
  const auto it = value_->find(key);
  if (it == value_->end() || it->is_null()) {
    throw InputError(ErrorCode::InputMissingField, document_ + ": field " + child + " is missing",
                     {.document = document_, .field = child});
  }
  return JsonField(*it, document_, child);
}

std::optional<JsonField> JsonField::find(std::string_view key) const {
  if (!has(key)) return std::nullopt;
  return at(key);
}

std::vector<JsonField> JsonField::elements() const {
  if (!value_->is_array()) throw error("expected an array, got " + type_name(*value_));
  std::vector<JsonField> out;
  out.reserve(value_->size());
  for (std::size_t i = 0; i < value_->size(); ++i) {
    out.emplace_back((*value_)[i], document_, path_ + "[" + std::to_string(i) + "]");
  }
  return out;
}

void JsonField::expect_only(std::initializer_list<std::string_view> known) const {
  if (!value_->is_object()) throw error("expected an object, got " + type_name(*value_));
  for (const auto& [k, v] : value_->items()) {
    bool found = false;
    for (auto kn : known) found = found || kn == k;
    if (!found) {
      std::string list;
      for (auto kn : known) list += (list.empty() ? "" : ", ") + std::string(kn);
      const std::string child = path_.empty() ? k : path_ + "." + k;
      throw InputError(ErrorCode::InputUnknownField,
                       document_ + ": field " + child + " is not known here (known fields: " + list + ")",
                       {.document = document_, .field = child});
    }
  }
}

std::string JsonField::scalar_text(std::string_view expected) const {
  if (value_->is_string()) return value_->get<std::string>();
  if (value_->is_number_integer()) return std::to_string(value_->get<std::int64_t>());
  if (value_->is_number_unsigned()) return std::to_string(value_->get<std::uint64_t>());
  throw error("expected " + std::string(expected) + ", got " + type_name(*value_));
}

std::string JsonField::string() const {
  if (!value_->is_string()) throw error("expected a string, got " + type_name(*value_));
  return value_->get<std::string>();
}

Money JsonField::money() const {
  return located([&] { return Money::parse(scalar_text("an amount like \"1234.56\""), document_ + ": field " + path_); });
}

Decimal JsonField::decimal() const {
  return located([&] { return Decimal::parse(scalar_text("a number"), document_ + ": field " + path_); });
}

Hours JsonField::hours() const {
  return located([&] { return Hours::parse(scalar_text("a number of hours"), document_ + ": field " + path_); });
}

Rate JsonField::percent() const {
  return located([&] { return Rate::parse_percent(scalar_text("a percentage like \"35.82\""), document_ + ": field " + path_); });
}

Date JsonField::date() const {
  return located([&] { return parse_date(scalar_text("a date \"YYYY-MM-DD\""), document_ + ": field " + path_); });
}

std::int64_t JsonField::integer() const {
  if (value_->is_number_integer()) return value_->get<std::int64_t>();
  if (value_->is_number_unsigned() && value_->get<std::uint64_t>() <= 9223372036854775807ULL) {
    return static_cast<std::int64_t>(value_->get<std::uint64_t>());
  }
  throw error("expected a whole number, got " + (value_->is_string() ? "\"" + value_->get<std::string>() + "\"" : type_name(*value_)));
}

bool JsonField::boolean() const {
  if (!value_->is_boolean()) throw error("expected true or false, got " + type_name(*value_));
  return value_->get<bool>();
}

}  // namespace basisbaan
