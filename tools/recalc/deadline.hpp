// A workbook that takes too long: after the limit, soffice's process group is
// killed, so that the UNO call waiting on it fails and the run goes on.
#pragma once

#include <atomic>
#include <chrono>
#include <thread>

namespace walletshare::recalc {

class Deadline {
public:
    Deadline(std::chrono::seconds limit, int processGroup);
    // Stops watching (std::jthread asks its watcher to stop, and joins it).
    ~Deadline() = default;

    Deadline(const Deadline&) = delete;
    Deadline& operator=(const Deadline&) = delete;
    Deadline(Deadline&&) = delete;
    Deadline& operator=(Deadline&&) = delete;

    [[nodiscard]] bool expired() const { return expired_; }

private:
    std::atomic<bool> expired_{false};
    std::jthread watcher_;
};

} // namespace walletshare::recalc
