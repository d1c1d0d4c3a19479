// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Plain-text tables for the terminal: columns padded to their widest cell (UTF-8 aware).

#include <ostream>
#include <string>
#include <vector>

namespace basisbaan::cli {

class TablePrinter {
 public:
  /// `right_aligned[i]` right-aligns column i (numbers).
  explicit TablePrinter(std::vector<std::string> header, std::vector<bool> right_aligned = {});
  void row(std::vector<std::string> cells);
  void print(std::ostream& out) const;

 private:
  std::vector<std::string> header_;
  std::vector<bool> right_;
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace basisbaan::cli
