// Running walletshare-recalc as a user runs it from a script: stdin
// /dev/null, stdout and stderr kept apart (the contract says what stderr may
// hold when it is not a terminal), and TMPDIR and HOME inside the test's own
// directory, so that its private offices can be found and nothing of the
// machine's own LibreOffice setup is touched. Also what the tests need to
// see of the offices it starts, through /proc.
#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <sys/types.h>
#include <vector>

#include "walletshare/office/child_process.hpp"
#include "walletshare/office/office_user.hpp"

namespace walletshare::recalc_test {

// What one run of the tool did.
struct ToolRun {
    int exitCode = -1;
    std::string out;
    std::string err;
    // The non-empty lines of stderr.
    [[nodiscard]] std::vector<std::string> errorLines() const;
    // For failure messages: the exit code and both streams.
    [[nodiscard]] std::string describe() const;
};

// The tool running in the background. `scratch` is a fresh directory of the
// test: the tool's TMPDIR and HOME, and the files its streams go to, are
// made there.
class ToolProcess {
public:
    ToolProcess(const std::vector<std::string>& arguments, const std::filesystem::path& scratch);
    // The same as `user` (see office::OfficeUser), who must be able to write
    // `scratch`, in `workingDirectory` (the test's own when empty), where
    // relative paths in `arguments` start.
    ToolProcess(const std::vector<std::string>& arguments, const std::filesystem::path& scratch,
                const office::OfficeUser& user, const std::filesystem::path& workingDirectory = {});

    // Waits for the end and collects the streams; throws std::runtime_error
    // (after killing the tool) when it takes longer than `timeout`.
    ToolRun finish(std::chrono::seconds timeout);
    bool running() { return child_->running(); }
    // The TMPDIR the tool was given: its offices' profiles live below it.
    [[nodiscard]] const std::filesystem::path& temp() const { return temp_; }

private:
    std::filesystem::path out_;
    std::filesystem::path err_;
    std::filesystem::path temp_;
    std::unique_ptr<office::ChildProcess> child_;
};

// Runs the tool to its end.
ToolRun runTool(const std::vector<std::string>& arguments, const std::filesystem::path& scratch,
                std::chrono::seconds timeout = std::chrono::seconds(600));

// Processes whose environment or command line mention `path` (a directory
// that only one tool run uses), optionally only those called `name` (as
// /proc/PID/comm gives it, such as "soffice.bin").
std::vector<pid_t> processesMentioning(const std::filesystem::path& path,
                                       std::optional<std::string_view> name = std::nullopt);

// The command line of a process, its words joined by spaces.
std::string commandLineOf(pid_t process);

// The user-mode CPU time a process has used, in seconds.
std::optional<double> userSecondsOf(pid_t process);

// Whether the process has a file open whose name contains `namePart`.
bool hasFileOpen(pid_t process, std::string_view namePart);

// The network namespace a process lives in ("net:[4026531840]").
std::optional<std::string> networkNamespaceOf(pid_t process);

// Waits up to `grace` for every process that mentions `path` to end; returns
// the command lines of those still alive.
std::vector<std::string> processesLeftBehind(const std::filesystem::path& path,
                                             std::chrono::seconds grace);

} // namespace walletshare::recalc_test
