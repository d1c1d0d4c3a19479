// SPDX-License-Identifier: EUPL-1.2
// basisbaan serve — the coach's comparison in the browser (docs/serve.md): the form, the result
// page with its downloads, and POST /api/compare, over HTTP on cpp-httplib. This file only wires
// HTTP to the library (include/basisbaan/app/coach_web.hpp): limits, headers, log, signals.
// Nothing is stored; the log has method, path, status and duration only. It is part of the
// program basisbaan-serve only, which `basisbaan serve` becomes (serve.hpp says why).

#include <httplib.h>

#include <chrono>
#include <csignal>
#include <sstream>
#include <iostream>
#include <memory>
#include <pthread.h>
#include <thread>

#include "basisbaan/app/coach_web.hpp"
#include "cli.hpp"
#include "serve.hpp"

namespace basisbaan::cli {

namespace {

constexpr std::size_t kMaxRequestBytes = 64 * 1024;
constexpr time_t kTimeoutSeconds = 10;

thread_local std::chrono::steady_clock::time_point request_start;

FormFields form_fields(const httplib::Request& req) {
  FormFields f;
  for (const auto& [k, v] : req.params) f[k] = v;
  return f;
}

void reply(httplib::Response& res, const WebResponse& w) {
  res.status = w.status;
  if (!w.attachment.empty()) res.set_header("Content-Disposition", "attachment; filename=\"" + w.attachment + "\"");
  res.set_content(w.body, w.content_type.c_str());
}

std::pair<std::string, int> parse_listen(const std::string& text) {
  const auto colon = text.rfind(':');
  if (colon == std::string::npos || colon == 0) throw UsageError("--listen: expected HOST:PORT, e.g. 127.0.0.1:8080, got " + text);
  std::string host = text.substr(0, colon);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  int port = -1;
  try {
    std::size_t used = 0;
    port = std::stoi(text.substr(colon + 1), &used);
    if (used != text.size() - colon - 1) port = -1;
  } catch (const std::exception&) {
    port = -1;
  }
  if (port < 0 || port > 65535) throw UsageError("--listen: expected a port from 0 to 65535, got " + text.substr(colon + 1));
  return {host, port};
}

void run_server(Context& ctx, const ServeOptions& o) {
  const auto [host, port] = parse_listen(o.listen);
  const RuleBook& rules = ctx.rules();  // loaded once, before any request; read-only from then on

  // SIGTERM and SIGINT go to one waiting thread (every thread started here inherits the mask),
  // which stops the server: listen() then returns and the command exits 0.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGTERM);
  sigaddset(&stop_signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  httplib::Server server;
  const std::size_t threads = o.threads;
  server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  server.set_payload_max_length(kMaxRequestBytes);
  server.set_read_timeout(kTimeoutSeconds, 0);
  server.set_write_timeout(kTimeoutSeconds, 0);
  server.set_keep_alive_timeout(5);
  httplib::Headers headers;
  for (const auto& [k, v] : web_security_headers()) headers.emplace(k, v);
  server.set_default_headers(headers);

  server.set_pre_routing_handler([](const httplib::Request&, httplib::Response&) {
    request_start = std::chrono::steady_clock::now();
    return httplib::Server::HandlerResponse::Unhandled;
  });
  server.set_logger([](const httplib::Request& req, const httplib::Response& res) {
    // No query string, no body, no client address: nothing about the household.
    const auto us = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - request_start).count();
    std::ostringstream line;
    line << "basisbaan serve: " << req.method << " " << req.path.substr(0, 100) << " " << res.status << " " << us / 1000 << "."
         << (us % 1000) / 100 << " ms\n";
    std::cerr << line.str() << std::flush;
  });
  server.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    res.status = 500;
    res.set_content("{\"error\": {\"code\": \"internal\", \"message\": \"internal error\"}}\n", "application/json");
  });

  server.Get("/", [&rules](const httplib::Request&, httplib::Response& res) { reply(res, web_form_page(rules)); });
  server.Get("/static/basisbaan.css", [](const httplib::Request&, httplib::Response& res) { reply(res, web_stylesheet()); });
  server.Post("/vergelijking", [&rules](const httplib::Request& req, httplib::Response& res) {
    reply(res, web_compare_form(rules, form_fields(req)));
  });
  server.Post("/download", [&rules](const httplib::Request& req, httplib::Response& res) {
    reply(res, web_download(rules, form_fields(req)));
  });
  server.Post("/api/compare", [&rules](const httplib::Request& req, httplib::Response& res) {
    reply(res, web_api_compare(rules, req.body));
  });

  int bound = port;
  if (port == 0) {
    bound = server.bind_to_any_port(host);
    if (bound < 0) throw UsageError("--listen: cannot listen on " + o.listen);
  } else if (!server.bind_to_port(host, port)) {
    throw UsageError("--listen: cannot listen on " + o.listen + " (in use, or not an address of this machine)");
  }
  if (host != "127.0.0.1" && host != "localhost" && host != "::1") {
    std::cerr << "basisbaan serve: warning: listening on " << host
              << ", not only this machine; put a reverse proxy with TLS and sign-on in front (docs/serve.md)\n";
  }
  std::cerr << "basisbaan serve: listening on http://" << (host.find(':') != std::string::npos ? "[" + host + "]" : host) << ":" << bound
            << "/ (stop with Ctrl+C or SIGTERM)\n"
            << std::flush;

  std::thread stopper([&server, stop_signals] {
    int sig = 0;
    sigwait(&stop_signals, &sig);
    server.stop();
  });
  const bool ok = server.listen_after_bind();
  if (stopper.joinable()) {
    // listen_after_bind() only returns after stop(), i.e. after a signal; unless it failed.
    if (!ok) pthread_kill(stopper.native_handle(), SIGTERM);
    stopper.join();
  }
  std::cerr << "basisbaan serve: stopped\n";
}

}  // namespace

void keep_command_line(char**) noexcept {}

void start_serve(Context& ctx, const ServeOptions& options) { run_server(ctx, options); }

}  // namespace basisbaan::cli
