// SPDX-License-Identifier: EUPL-1.2
// `basisbaan serve` in the program basisbaan: the process becomes basisbaan-serve (execv, same
// process id, same arguments, standard streams, signal mask and exit code), which runs the HTTP
// server. basisbaan itself then does not link cpp-httplib, libssl, zlib or brotli, which cost
// every other command's start a good millisecond of dynamic loading (docs/serve.md, "One program
// more"; docs/performance.md).

#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "basisbaan/core/error.hpp"
#include "cli.hpp"
#include "serve.hpp"

namespace basisbaan::cli {
namespace {

char** command_line = nullptr;  // main()'s argv (keep_command_line)

// Where basisbaan-serve is, in this order: beside the running program (the build tree), in the
// libexec directory of the tree the program is installed in (bin/../libexec/basisbaan), and in
// the libexec directory of the configured install prefix.
std::vector<std::filesystem::path> serve_program_candidates() {
  namespace fs = std::filesystem;
  std::vector<fs::path> out;
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    out.push_back(exe.parent_path() / "basisbaan-serve");
    out.push_back(exe.parent_path().parent_path() / BASISBAAN_INSTALL_LIBEXEC_DIR / "basisbaan-serve");
  }
  out.emplace_back(fs::path(BASISBAAN_INSTALL_FULL_LIBEXEC_DIR) / "basisbaan-serve");
  return out;
}

}  // namespace

void keep_command_line(char** argv) noexcept { command_line = argv; }

void start_serve(Context& ctx, const ServeOptions&) {
  // The options were checked here already; basisbaan-serve parses the same command line again.
  const auto candidates = serve_program_candidates();
  const std::filesystem::path* program = nullptr;
  for (const auto& c : candidates) {
    if (::access(c.c_str(), X_OK) == 0) {
      program = &c;
      break;
    }
  }
  if (program == nullptr || command_line == nullptr) {
    std::string tried;
    for (const auto& c : candidates) tried += (tried.empty() ? "" : ", ") + c.string();
    throw Error("cannot start the web server: the program basisbaan-serve, installed with basisbaan, is not there (looked at " +
                tried + ")");
  }
  // The rules directory as this program finds it (default_rules_directory() looks beside the
  // running program, which basisbaan-serve is not): passed on unless --rules or $BASISBAAN_RULES
  // names one, so that both programs read the same rules.
  const char* env = std::getenv("BASISBAAN_RULES");
  if (ctx.rules_dir.empty() && (env == nullptr || *env == '\0')) {
    ::setenv("BASISBAAN_RULES", ctx.rules_directory().c_str(), 1);
  }
  std::cout.flush();
  std::cerr.flush();
  ::execv(program->c_str(), command_line);
  const int error = errno;
  throw Error("cannot start the web server " + program->string() + ": " + std::strerror(error));
}

}  // namespace basisbaan::cli
