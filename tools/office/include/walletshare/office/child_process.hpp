// Starting unopkg and soffice. Each child runs in a process group of its own:
// soffice is a script that starts oosplash, which starts soffice.bin, so only
// killing the whole group is sure to leave nothing behind.
#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace walletshare::office {

// How a child's environment differs from this process's.
struct EnvironmentChanges {
    std::vector<std::pair<std::string, std::string>> set;
    std::vector<std::string> unset;
};

// A child that runs until it ends or is killed. Its stdin is /dev/null; its
// stdout and stderr go to `log`.
class ChildProcess {
public:
    ChildProcess(const std::vector<std::string>& command, const EnvironmentChanges& environment,
                 const std::filesystem::path& log);
    // Kills the process group if the child still runs, and reaps it.
    ~ChildProcess();

    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;
    ChildProcess(ChildProcess&&) = delete;
    ChildProcess& operator=(ChildProcess&&) = delete;

    bool running();
    // The exit code once the child has ended (a signal counts as 128 + signal).
    std::optional<int> exitCode();
    // Waits up to `timeout` for the child to end; true when it has.
    bool waitFor(std::chrono::milliseconds timeout);
    // SIGKILL to the whole process group, then reaps the child.
    void kill();
    // The child's process group (its own pid), for a signal from elsewhere.
    [[nodiscard]] int processGroup() const;

private:
    struct State;
    std::unique_ptr<State> state_;
};

struct CommandResult {
    int exitCode = 0;
    std::string output; // stdout and stderr together
};

// Runs a command to its end (stdin /dev/null, output kept in `log` and
// returned). Throws std::runtime_error, with the output, if it takes longer
// than `timeout`; the command is killed then.
CommandResult runCommand(const std::vector<std::string>& command,
                         const EnvironmentChanges& environment, const std::filesystem::path& log,
                         std::chrono::seconds timeout);

// The full path of a program on PATH.
std::optional<std::filesystem::path> findProgram(const std::string& name);

// The last `maxBytes` of a text file, for error messages.
std::string tailOf(const std::filesystem::path& file, std::size_t maxBytes = 4000);

} // namespace walletshare::office
