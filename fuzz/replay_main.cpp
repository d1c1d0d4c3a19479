// SPDX-License-Identifier: EUPL-1.2
// A main for the fuzz targets in a build without libFuzzer (GCC, BASISBAAN_FUZZ off): runs each
// file given (or each file of each directory given) through LLVMFuzzerTestOneInput once, so the
// committed seed corpus is checked by every build's CTest. Exit 0 when all ran.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

int run_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
}

}  // namespace

int main(int argc, char** argv) {
  int files = 0;
  for (int i = 1; i < argc; ++i) {
    const std::filesystem::path arg(argv[i]);
    std::vector<std::filesystem::path> paths;
    if (std::filesystem::is_directory(arg)) {
      for (const auto& e : std::filesystem::directory_iterator(arg)) paths.push_back(e.path());
    } else {
      paths.push_back(arg);
    }
    for (const auto& p : paths) {
      run_file(p);
      ++files;
    }
  }
  std::cout << files << " inputs ran\n";
  return files > 0 ? 0 : 1;
}
