#include "perf_recording.hpp"

#include <csignal>
#include <stdexcept>
#include <thread>

namespace walletshare::bench {

namespace {

// Samples per second: enough for a profile of a few seconds, few enough
// that dwarf call graphs (a copy of the stack per sample) stay small.
constexpr const char* frequency = "499";

} // namespace

PerfRecording::PerfRecording(pid_t process, const std::filesystem::path& data,
                             const std::string& callGraph)
    : log_(data.string() + ".log") {
    const auto perf = office::findProgram("perf");
    if (!perf) {
        throw std::runtime_error("perf is not installed (Debian: linux-perf)");
    }
    // cpu-clock works where the hardware counters are hidden, as in most
    // virtual machines.
    perf_ = std::make_unique<office::ChildProcess>(
        std::vector<std::string>{perf->string(), "record", "-e", "cpu-clock", "-F", frequency,
                                 "--call-graph", callGraph, "-p", std::to_string(process), "-o",
                                 data.string()},
        office::EnvironmentChanges{}, log_);
    // perf says nothing when it is attached; it is, well within this time.
    std::this_thread::sleep_for(std::chrono::seconds(1));
    if (!perf_->running()) {
        throw std::runtime_error("perf record ended at once:\n" + office::tailOf(log_));
    }
}

PerfRecording::~PerfRecording() {
    stop();
}

bool PerfRecording::stop() {
    if (!perf_) {
        return false;
    }
    ::kill(-perf_->processGroup(), SIGINT);
    const bool ended = perf_->waitFor(std::chrono::seconds(120));
    // perf ends by raising the signal again once its file is written.
    constexpr int endedBySigint = 128 + SIGINT;
    const int code = perf_->exitCode().value_or(-1);
    const bool clean = ended && (code == 0 || code == endedBySigint);
    perf_.reset();
    return clean;
}

} // namespace walletshare::bench
