// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Renders an HTML page in headless Chromium (Debian's chromium, installed by .ci/install-deps) at
// A4 size in pixels (1240 × 1754) and checks that the PNG exists and is not blank: the PNG's
// compressed image data of a blank page is tiny, a page with text is not. Fails without
// chromium: the tests that use it are tagged [browser] and run by the CTest browser_render_checks,
// which is reported SKIPPED when chromium is not installed (tests/CMakeLists.txt).

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace basisbaan::export_test {

struct RenderResult {
  bool ok = false;
  std::string message;
};

inline RenderResult render_in_chromium(const std::string& html, const std::string& name) {
  namespace fs = std::filesystem;
  if (std::system("command -v chromium >/dev/null 2>&1") != 0) return {false, "chromium not installed: rendering not checked (CTest reports browser_render_checks SKIPPED)"};
  const fs::path dir = fs::temp_directory_path() / "basisbaan-export-render";
  fs::create_directories(dir);
  const fs::path page = dir / (name + ".html");
  const fs::path png = dir / (name + ".png");
  std::ofstream(page, std::ios::binary) << html;
  fs::remove(png);
  const std::string cmd = "chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --screenshot='" + png.string() +
                          "' --window-size=1240,1754 'file://" + page.string() + "' >'" + (dir / (name + ".log")).string() + "' 2>&1";
  const int rc = std::system(cmd.c_str());
  if (!fs::exists(png)) return {false, "no screenshot written (chromium exit " + std::to_string(rc) + ")"};
  const auto size = fs::file_size(png);
  // A blank 1240 × 1754 page compresses to a few kB; a rendered payslip to tens of kB.
  if (size < 15000) return {false, "screenshot " + png.string() + " looks blank (" + std::to_string(size) + " bytes)"};
  return {true, "rendered " + png.string() + " (" + std::to_string(size) + " bytes)"};
}

}  // namespace basisbaan::export_test
