// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Private to the store: a compact set of short texts, for the import's duplicate checks.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace basisbaan::store_detail {

/// A set of short texts (personnel numbers, BSNs) for the import's duplicate checks: open
/// addressing over the texts' 64-bit hashes, a text compared only where its hash matches (issue
/// 18: a heap node per text made each check a few cache misses at 100,000 rows, so that the
/// checks' time grew half again faster than the rows).
class TextSet {
 public:
  /// Room for `expected` texts before the table grows.
  explicit TextSet(std::size_t expected) { rehash(expected); }
  /// True when `text` was inserted.
  bool contains(std::string_view text) const { return position(text).has_value(); }
  /// How many texts were inserted before `text`; none when it was not inserted.
  std::optional<std::size_t> position(std::string_view text) const {
    const std::uint64_t h = hash_of(text);
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      if (slots_[i].hash == 0) return std::nullopt;
      if (slots_[i].hash == h && texts_[slots_[i].text] == text) return slots_[i].text;
    }
  }
  /// Adds `text` (not yet in the set).
  void insert(std::string text) {
    if (2 * (texts_.size() + 1) > slots_.size()) rehash(2 * texts_.size() + 2);
    place(hash_of(text), static_cast<std::uint32_t>(texts_.size()));
    texts_.push_back(std::move(text));
  }

 private:
  struct Slot {
    std::uint64_t hash = 0;  ///< 0: empty (a text hashing to 0 is stored as 1)
    std::uint32_t text = 0;  ///< index into texts_
  };
  static std::uint64_t hash_of(std::string_view text) {
    const std::uint64_t h = std::hash<std::string_view>{}(text);
    return h == 0 ? 1 : h;
  }
  void place(std::uint64_t h, std::uint32_t text) {
    std::size_t i = h & mask_;
    while (slots_[i].hash != 0) i = (i + 1) & mask_;
    slots_[i] = Slot{h, text};
  }
  /// A table of at least twice `texts` slots (a power of two), every text placed again.
  void rehash(std::size_t texts) {
    std::size_t size = 16;
    while (size < 2 * texts) size *= 2;
    slots_.assign(size, Slot{});
    mask_ = size - 1;
    for (std::uint32_t t = 0; t < texts_.size(); ++t) place(hash_of(texts_[t]), t);
  }
  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  std::vector<std::string> texts_;
};

}  // namespace basisbaan::store_detail
