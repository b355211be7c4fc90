#include "walletshare/office/child_process.hpp"

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

#include <boost/process.hpp>

namespace walletshare::office {

namespace bp = boost::process;

namespace {

bp::environment environmentWith(const EnvironmentChanges& changes) {
    bp::environment environment = boost::this_process::environment();
    for (const auto& name : changes.unset) {
        environment.erase(name);
    }
    for (const auto& [name, value] : changes.set) {
        environment[name] = value;
    }
    return environment;
}

int exitCodeOf(int status) {
    if (WIFEXITED(status)) {
        return WEXITSTATUS(status);
    }
    if (WIFSIGNALED(status)) {
        return 128 + WTERMSIG(status);
    }
    return status;
}

std::string commandLine(const std::vector<std::string>& command) {
    std::string line;
    for (const auto& word : command) {
        line += (line.empty() ? "" : " ") + word;
    }
    return line;
}

} // namespace

struct ChildProcess::State {
    bp::group group;
    bp::child child;
    std::optional<int> exitCode;
};

ChildProcess::ChildProcess(const std::vector<std::string>& command,
                           const EnvironmentChanges& environment, const std::filesystem::path& log)
    : state_(std::make_unique<State>()) {
    if (command.empty()) {
        throw std::invalid_argument("empty command");
    }
    const std::vector<std::string> arguments(command.begin() + 1, command.end());
    std::error_code error;
    state_->child = bp::child(bp::exe = command.front(), bp::args = arguments,
                              bp::std_in<bp::null, (bp::std_out & bp::std_err)> log.string(),
                              environmentWith(environment), state_->group, error);
    if (error) {
        throw std::runtime_error("cannot start " + commandLine(command) + ": " + error.message());
    }
}

ChildProcess::~ChildProcess() {
    // Also when the child itself has ended: a grandchild (soffice.bin) may
    // still be alive in its group.
    kill();
}

bool ChildProcess::running() {
    if (state_->exitCode) {
        return false;
    }
    std::error_code error;
    if (state_->child.running(error)) {
        return true;
    }
    state_->exitCode = exitCodeOf(state_->child.native_exit_code());
    return false;
}

std::optional<int> ChildProcess::exitCode() {
    running();
    return state_->exitCode;
}

bool ChildProcess::waitFor(std::chrono::milliseconds timeout) {
    // Polling, because Boost.Process 1.74's wait_for is unreliable.
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (running()) {
        if (std::chrono::steady_clock::now() >= deadline) {
            return false;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return true;
}

int ChildProcess::processGroup() const {
    return state_->group.valid() ? state_->group.native_handle() : 0;
}

void ChildProcess::kill() {
    std::error_code ignored;
    if (state_->group.valid()) {
        state_->group.terminate(ignored);
    }
    if (running()) {
        state_->child.wait(ignored);
        running();
    }
}

CommandResult runCommand(const std::vector<std::string>& command,
                         const EnvironmentChanges& environment, const std::filesystem::path& log,
                         std::chrono::seconds timeout) {
    ChildProcess child(command, environment, log);
    if (!child.waitFor(timeout)) {
        child.kill();
        throw std::runtime_error(commandLine(command) + " did not end within " +
                                 std::to_string(timeout.count()) + " s; its output:\n" +
                                 tailOf(log));
    }
    child.kill(); // whatever it left behind in its group
    std::ifstream in(log);
    return {*child.exitCode(),
            std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>())};
}

// Not bp::search_path: Boost.Process builds std::locale("") for it, which
// throws when LANG names a locale the machine lacks (ru_RU.UTF-8 where only
// C.UTF-8 is installed), and walletshare-recalc would fail for that user.
std::optional<std::filesystem::path> findProgram(const std::string& name) {
    const char* const path = std::getenv("PATH");
    std::istringstream folders(path == nullptr ? "" : path);
    for (std::string folder; std::getline(folders, folder, ':');) {
        const auto candidate = std::filesystem::path(folder.empty() ? "." : folder) / name;
        if (::access(candidate.c_str(), X_OK) == 0 && !std::filesystem::is_directory(candidate)) {
            return candidate;
        }
    }
    return std::nullopt;
}

std::string tailOf(const std::filesystem::path& file, std::size_t maxBytes) {
    std::ifstream in(file);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return text.size() <= maxBytes ? text : "..." + text.substr(text.size() - maxBytes);
}

} // namespace walletshare::office
