#include "deadline.hpp"

#include <condition_variable>
#include <mutex>

#include <csignal>

namespace walletshare::recalc {

Deadline::Deadline(std::chrono::seconds limit, int processGroup)
    : watcher_([this, limit, processGroup](const std::stop_token& stop) {
          std::mutex waiting;
          std::condition_variable_any never;
          std::unique_lock lock(waiting);
          never.wait_for(lock, stop, limit, [] { return false; });
          if (!stop.stop_requested() && processGroup > 0) {
              expired_ = true;
              ::kill(-processGroup, SIGKILL);
          }
      }) {
}

} // namespace walletshare::recalc
