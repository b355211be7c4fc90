// Wall-clock time of a piece of work, on the steady clock.
#pragma once

#include <chrono>

namespace walletshare::bench {

class Stopwatch {
public:
    Stopwatch() : start_(std::chrono::steady_clock::now()) {}

    [[nodiscard]] double seconds() const {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    }

private:
    std::chrono::steady_clock::time_point start_;
};

template <class Work> double secondsOf(Work&& work) {
    const Stopwatch stopwatch;
    std::forward<Work>(work)();
    return stopwatch.seconds();
}

} // namespace walletshare::bench
