// `perf record` attached to soffice.bin while a recalculation runs, to see
// where its time goes. perf is stopped with SIGINT, as Ctrl+C stops it, so
// that it finishes its data file; SIGKILL would leave the file unreadable.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <sys/types.h>

#include "walletshare/office/child_process.hpp"

namespace walletshare::bench {

class PerfRecording {
public:
    // `callGraph` is perf's --call-graph mode: "fp", or "dwarf" where the
    // code has no frame pointers (LibreOffice's libraries have none).
    // Throws std::runtime_error when perf is missing or ends at once.
    PerfRecording(pid_t process, const std::filesystem::path& data, const std::string& callGraph);
    ~PerfRecording();

    PerfRecording(const PerfRecording&) = delete;
    PerfRecording& operator=(const PerfRecording&) = delete;
    PerfRecording(PerfRecording&&) = delete;
    PerfRecording& operator=(PerfRecording&&) = delete;

    // Stops recording and waits for perf to write its file; true when it
    // ended cleanly.
    bool stop();

    [[nodiscard]] const std::filesystem::path& log() const { return log_; }

private:
    std::filesystem::path log_;
    std::unique_ptr<office::ChildProcess> perf_;
};

} // namespace walletshare::bench
