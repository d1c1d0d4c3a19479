// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The Dutch description of a payslip line (PayslipLine::description) without a heap allocation
// for the fixed texts: most lines say the same thing on every payslip ("Salaris",
// "Werkgeversheffing Zvw", "Reservering vakantiebijslag"), longer than a std::string holds
// without allocating, so a std::string cost one allocation per line (issue 18). A LineText holds
// either such a text with static storage (a string literal, checked at compile time) or text it
// owns (built per line: a scale, a sick-pay share, a creditor, or read back from the store),
// 24 bytes either way.
// Which of the two it holds is not observable in its characters: comparing, printing and every
// view give the same bytes either way.

#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>
#include <utility>

namespace basisbaan {

/// A payslip line's description: a string literal (no allocation) or owned text. Compares and
/// prints by its characters only.
class LineText {
 public:
  /// Empty text.
  constexpr LineText() noexcept = default;
  /// A string literal (or another constant array with static storage): kept as a view, no
  /// allocation. `consteval`, and it reads the array's last character at compile time: an array
  /// whose characters are not constants (a mutable `static char[]`, which could change after the
  /// line was made) does not compile, nor does an array without its terminating NUL
  /// (tests/compile/line_text_*.cpp).
  template <std::size_t N>
  consteval LineText(const char (&literal)[N]) noexcept : data_(literal), size_(N - 1) {  // NOLINT: implicit by design
    if (literal[N - 1] != '\0') throw "LineText: a literal ends with its NUL";  // not a constant expression: does not compile
  }
  /// Owned text: a copy of `text` (built per line, or read back from the store).
  explicit LineText(std::string_view text) : size_(text.size()), owned_(true) { data_ = copy_of(text); }
  /// A copy: shares a literal, copies owned text.
  LineText(const LineText& other) : size_(other.size_), owned_(other.owned_) {
    data_ = owned_ ? copy_of(other.view()) : other.data_;
  }
  /// Takes the text of `other`, which is left empty.
  constexpr LineText(LineText&& other) noexcept : data_(other.data_), size_(other.size_), owned_(other.owned_) {
    other.data_ = nullptr;
    other.size_ = 0;
    other.owned_ = false;
  }
  /// Copy or move assignment.
  LineText& operator=(LineText other) noexcept {
    std::swap(data_, other.data_);
    std::swap(size_, other.size_);
    std::swap(owned_, other.owned_);
    return *this;
  }
  /// Frees owned text.
  constexpr ~LineText() {
    if (owned_) delete[] data_;
  }

  /// The characters.
  constexpr std::string_view view() const noexcept { return {data_ == nullptr ? "" : data_, size_}; }
  /// The characters (for functions taking a std::string_view).
  constexpr operator std::string_view() const noexcept { return view(); }  // NOLINT: implicit by design
  /// A copy of the characters as a std::string.
  std::string str() const { return std::string(view()); }
  /// True when there are no characters.
  constexpr bool empty() const noexcept { return size_ == 0; }
  /// The number of bytes (UTF-8).
  constexpr std::size_t size() const noexcept { return size_; }
  /// True when the text is a string literal or empty (no allocation); false when it is owned.
  /// For tests and profiles only: no output depends on it.
  constexpr bool is_static() const noexcept { return !owned_; }

  ///@{
  /// Equal when the characters are equal (static or owned alike).
  friend bool operator==(const LineText& a, const LineText& b) noexcept { return a.view() == b.view(); }
  friend bool operator==(const LineText& a, std::string_view b) noexcept { return a.view() == b; }
  template <std::size_t N>
  friend bool operator==(const LineText& a, const char (&b)[N]) noexcept {
    return a.view() == std::string_view(b);
  }
  ///@}

 private:
  static const char* copy_of(std::string_view text) {
    char* p = new char[text.empty() ? 1 : text.size()];
    std::char_traits<char>::copy(p, text.data(), text.size());
    return p;
  }
  const char* data_ = nullptr;  // the literal, or the owned copy (new[]) when owned_
  std::size_t size_ = 0;
  bool owned_ = false;
};

/// Writes the characters.
std::ostream& operator<<(std::ostream& out, const LineText& text);

}  // namespace basisbaan
