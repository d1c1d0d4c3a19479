// SPDX-License-Identifier: EUPL-1.2
#pragma once
// `basisbaan serve`: its options and how it starts. The subcommand (cmd_serve.cpp) is the same in
// both programs; what start_serve() does is not: in `basisbaan` it replaces the process with the
// program basisbaan-serve (serve/exec_server.cpp), in basisbaan-serve it runs the HTTP server
// (serve/http_server.cpp). So only basisbaan-serve links cpp-httplib and, through it, libssl,
// zlib and brotli, and every other command starts without them (docs/serve.md, "One program
// more").

#include <cstddef>
#include <string>

#include "cli.hpp"

namespace basisbaan::cli {

/// The options of `basisbaan serve`.
struct ServeOptions {
  std::string listen = "127.0.0.1:8080";  ///< --listen HOST:PORT
  std::size_t threads = 8;                ///< --threads: requests served at once
};

/// Keeps the command line as main() received it (null-terminated, as execv wants it), for
/// start_serve() in `basisbaan`.
void keep_command_line(char** argv) noexcept;

/// Serves until SIGTERM or SIGINT, then returns (exit code 0). In `basisbaan`: does not return on
/// success, the process becomes basisbaan-serve with the same arguments; throws Error when that
/// program cannot be started.
void start_serve(Context& ctx, const ServeOptions& options);

}  // namespace basisbaan::cli
