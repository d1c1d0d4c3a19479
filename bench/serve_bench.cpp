// SPDX-License-Identifier: EUPL-1.2
// Load benchmark of `basisbaan serve` (issue 16) on loopback: starts the server on a free port,
// sends COUNT comparisons (POST /api/compare with examples/households/couple-two-children-groningen.json)
// from CLIENTS concurrent clients (httplib::Client, one connection each), checks every answer is
// 200 and identical, and prints the throughput and the latency percentiles. Bounded: it stops after
// COUNT requests. Figures go to docs/performance.md; nothing is asserted on time.
//   serve_bench [COUNT [CLIENTS]]          (defaults 1000 and 8)

#include <httplib.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <mutex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

extern char** environ;

namespace {

std::string read(const std::string& path) {
  std::ifstream in(path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

int main(int argc, char** argv) {
  const int count = argc > 1 ? std::atoi(argv[1]) : 1000;
  const int clients = argc > 2 ? std::atoi(argv[2]) : 8;
  const std::string body = read(std::string(BASISBAAN_BENCH_SOURCE_DIR) + "/examples/households/couple-two-children-groningen.json");
  const std::string log = "serve_bench.log";

  // The server, as a user starts it, with its standard error in serve_bench.log.
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 2, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  std::string bin = BASISBAAN_BENCH_CLI;
  std::vector<std::string> args{bin, "serve", "--listen", "127.0.0.1:0", "--threads", std::to_string(clients)};
  std::vector<char*> argp;
  for (auto& a : args) argp.push_back(a.data());
  argp.push_back(nullptr);
  pid_t pid = 0;
  if (posix_spawn(&pid, bin.c_str(), &actions, nullptr, argp.data(), environ) != 0) {
    std::fprintf(stderr, "serve_bench: cannot start %s\n", bin.c_str());
    return 1;
  }
  int port = 0;
  for (int i = 0; i < 200 && port == 0; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    const std::string text = read(log);
    const auto at = text.find("listening on http://127.0.0.1:");
    if (at != std::string::npos) port = std::atoi(text.c_str() + at + 30);
  }
  if (port == 0) {
    std::fprintf(stderr, "serve_bench: the server did not start (see %s)\n", log.c_str());
    kill(pid, SIGTERM);
    return 1;
  }

  std::string reference;
  {
    httplib::Client c("127.0.0.1", port);
    auto r = c.Post("/api/compare", body, "application/json");
    if (!r || r->status != 200) {
      std::fprintf(stderr, "serve_bench: the first comparison failed\n");
      kill(pid, SIGTERM);
      return 1;
    }
    reference = r->body;
  }

  std::atomic<int> next{0};
  std::atomic<int> bad{0};
  std::mutex m;
  std::vector<long long> latencies_us;
  const auto t0 = std::chrono::steady_clock::now();
  std::vector<std::thread> threads;
  for (int t = 0; t < clients; ++t) {
    threads.emplace_back([&] {
      httplib::Client c("127.0.0.1", port);
      c.set_keep_alive(true);
      std::vector<long long> mine;
      while (next.fetch_add(1) < count) {
        const auto s = std::chrono::steady_clock::now();
        auto r = c.Post("/api/compare", body, "application/json");
        mine.push_back(std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - s).count());
        if (!r || r->status != 200 || r->body != reference) ++bad;
      }
      const std::lock_guard lock(m);
      latencies_us.insert(latencies_us.end(), mine.begin(), mine.end());
    });
  }
  for (auto& t : threads) t.join();
  const long long total_us = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - t0).count();
  kill(pid, SIGTERM);
  int status = 0;
  waitpid(pid, &status, 0);

  std::sort(latencies_us.begin(), latencies_us.end());
  auto pct = [&](int p) { return latencies_us.empty() ? 0LL : latencies_us[(latencies_us.size() - 1) * static_cast<std::size_t>(p) / 100]; };
  const long long per_second_x10 = total_us > 0 ? static_cast<long long>(count) * 10'000'000LL / total_us : 0;
  std::printf("serve_bench: %d comparisons from %d clients in %lld ms: %lld.%lld comparisons/s; latency p50 %lld ms, p95 %lld ms, "
              "max %lld ms; %d failed; server exit %d\n",
              count, clients, total_us / 1000, per_second_x10 / 10, per_second_x10 % 10, pct(50) / 1000, pct(95) / 1000,
              pct(100) / 1000, bad.load(), WIFEXITED(status) ? WEXITSTATUS(status) : -1);
  return bad.load() == 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : 1;
}
