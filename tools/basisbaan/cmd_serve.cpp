// SPDX-License-Identifier: EUPL-1.2
// basisbaan serve — the coach's comparison in the browser (docs/serve.md). This file declares the
// subcommand and its options only; start_serve() (serve.hpp) runs it.

#include <memory>

#include "cli.hpp"
#include "serve.hpp"

namespace basisbaan::cli {

void register_serve_command(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<ServeOptions>();
  auto* cmd = app.add_subcommand("serve",
                                 "The income comparison as a web page for coaches, and POST /api/compare (docs/serve.md).\n"
                                 "Stores nothing; logs method, path, status and duration only");
  cmd->add_option("--listen", o->listen, "HOST:PORT to listen on (port 0: any free port, printed on standard error)");
  cmd->add_option("--threads", o->threads, "Requests served at once")->check(CLI::Range(1, 64));
  cmd->callback([o, &ctx] { start_serve(ctx, *o); });
}

}  // namespace basisbaan::cli
