// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/export/person_name.hpp"

#include <vector>

namespace basisbaan {
namespace {

// The length of the UTF-8 character starting at s[i].
std::size_t char_length(const std::string& s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  const std::size_t n = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
  return std::min(n, s.size() - i);
}

std::string upper_first(const std::string& s, std::size_t i) {
  std::string ch = s.substr(i, char_length(s, i));
  if (ch.size() == 1 && ch[0] >= 'a' && ch[0] <= 'z') ch[0] = static_cast<char>(ch[0] - 'a' + 'A');
  return ch;
}

bool lower_case_word(const std::string& w) {
  const auto c = static_cast<unsigned char>(w[0]);
  return (c >= 'a' && c <= 'z') || c == '\'';
}

}  // namespace

PersonName split_person_name(const std::string& name) {
  std::vector<std::string> words;
  std::string w;
  for (char c : name) {
    if (c == ' ' || c == '\t') {
      if (!w.empty()) words.push_back(w);
      w.clear();
    } else {
      w += c;
    }
  }
  if (!w.empty()) words.push_back(w);
  PersonName p;
  if (words.empty()) return p;
  std::size_t start = words.size() - 1;  // the surname's last word
  while (start > 1 && lower_case_word(words[start - 1])) --start;
  // A name that starts with a lower-case word has no given names ("van Dijk").
  if (start == 1 && lower_case_word(words[0])) start = 0;
  for (std::size_t i = start; i + 1 < words.size(); ++i) p.prefix += (p.prefix.empty() ? "" : " ") + words[i];
  p.surname = words.back();
  for (std::size_t i = 0; i < start; ++i) {
    const std::string& g = words[i];
    bool take = true;
    for (std::size_t k = 0; k < g.size(); k += char_length(g, k)) {
      if (g[k] == '.' || g[k] == '-') {
        take = true;
        continue;
      }
      if (take) p.initials += upper_first(g, k);
      take = false;
    }
  }
  return p;
}

}  // namespace basisbaan
