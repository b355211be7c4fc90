#include "tool_process.hpp"

#include <algorithm>
#include <fstream>
#include <ios>
#include <iterator>
#include <sstream>
#include <stdexcept>
#include <thread>
#include <unistd.h>

namespace walletshare::recalc_test {

namespace {

// What a file holds; empty when it cannot be read. A /proc file of a process
// that ends while it is read fails with ESRCH, which libstdc++'s filebuf
// throws as std::ios_base::failure even though the stream throws nothing.
std::string contentOf(const std::filesystem::path& file) {
    try {
        std::ifstream in(file, std::ios::binary);
        return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    } catch (const std::ios_base::failure&) {
        return {};
    }
}

// The shell enters the working directory, opens stderr's file and then
// becomes the tool (or setpriv, which becomes the tool), so the tool's stderr
// is a plain file, never a terminal, and nothing stands between the test and
// the tool's exit code.
std::vector<std::string> commandWithStderrTo(const std::filesystem::path& err,
                                             const std::filesystem::path& workingDirectory,
                                             const std::vector<std::string>& prefix,
                                             const std::vector<std::string>& arguments) {
    std::vector<std::string> command{"/bin/sh",
                                     "-c",
                                     R"(e=$1; d=$2; shift 2; cd -- "$d" && exec "$@" 2>"$e")",
                                     "sh",
                                     std::filesystem::absolute(err).string(),
                                     workingDirectory.string()};
    command.insert(command.end(), prefix.begin(), prefix.end());
    command.emplace_back(WALLETSHARE_RECALC);
    command.insert(command.end(), arguments.begin(), arguments.end());
    return command;
}

std::optional<pid_t> pidOf(const std::filesystem::directory_entry& entry) {
    const std::string name = entry.path().filename().string();
    if (name.empty() || !std::all_of(name.begin(), name.end(),
                                     [](char digit) { return digit >= '0' && digit <= '9'; })) {
        return std::nullopt;
    }
    return static_cast<pid_t>(std::stol(name));
}

std::filesystem::path procOf(pid_t process) {
    return std::filesystem::path("/proc") / std::to_string(process);
}

} // namespace

std::vector<std::string> ToolRun::errorLines() const {
    std::vector<std::string> lines;
    std::istringstream in(err);
    for (std::string line; std::getline(in, line);) {
        if (!line.empty()) {
            lines.push_back(line);
        }
    }
    return lines;
}

std::string ToolRun::describe() const {
    return "walletshare-recalc exited with " + std::to_string(exitCode) + "\n--- stdout:\n" + out +
           "\n--- stderr:\n" + err;
}

ToolProcess::ToolProcess(const std::vector<std::string>& arguments,
                         const std::filesystem::path& scratch)
    : ToolProcess(arguments, scratch, office::OfficeUser::current()) {
}

ToolProcess::ToolProcess(const std::vector<std::string>& arguments,
                         const std::filesystem::path& scratch, const office::OfficeUser& user,
                         const std::filesystem::path& workingDirectory)
    : out_(scratch / "stdout"), err_(scratch / "stderr"), temp_(scratch / "tmp") {
    const auto home = scratch / "home";
    std::filesystem::create_directories(temp_);
    std::filesystem::create_directories(home);
    user.takeOwnership(temp_);
    user.takeOwnership(home);
    office::EnvironmentChanges environment;
    environment.set = {
        {"TMPDIR", temp_.string()},
        {"HOME", home.string()},
        {"XDG_CONFIG_HOME", (home / ".config").string()},
        {"XDG_CACHE_HOME", (home / ".cache").string()},
        {"XDG_DATA_HOME", (home / ".local/share").string()},
    };
    environment.unset = {"XDG_RUNTIME_DIR", "DBUS_SESSION_BUS_ADDRESS", "SESSION_MANAGER"};
    child_ = std::make_unique<office::ChildProcess>(
        commandWithStderrTo(
            err_, workingDirectory.empty() ? std::filesystem::current_path() : workingDirectory,
            user.commandPrefix(), arguments),
        environment, out_);
}

ToolRun ToolProcess::finish(std::chrono::seconds timeout) {
    if (!child_->waitFor(timeout)) {
        child_->kill();
        throw std::runtime_error("walletshare-recalc did not end within " +
                                 std::to_string(timeout.count()) + " s; its stderr:\n" +
                                 contentOf(err_));
    }
    return {*child_->exitCode(), contentOf(out_), contentOf(err_)};
}

ToolRun runTool(const std::vector<std::string>& arguments, const std::filesystem::path& scratch,
                std::chrono::seconds timeout) {
    ToolProcess tool(arguments, scratch);
    return tool.finish(timeout);
}

std::vector<pid_t> processesMentioning(const std::filesystem::path& path,
                                       std::optional<std::string_view> name) {
    const std::string needle = path.string();
    std::vector<pid_t> found;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator("/proc", error)) {
        const auto process = pidOf(entry);
        if (!process || *process == ::getpid()) {
            continue;
        }
        if (name) {
            std::string comm = contentOf(entry.path() / "comm");
            if (!comm.empty() && comm.back() == '\n') {
                comm.pop_back();
            }
            if (comm != *name) {
                continue;
            }
        }
        // A process that ended meanwhile reads as empty.
        if (contentOf(entry.path() / "cmdline").find(needle) != std::string::npos ||
            contentOf(entry.path() / "environ").find(needle) != std::string::npos) {
            found.push_back(*process);
        }
    }
    return found;
}

std::string commandLineOf(pid_t process) {
    std::string line = contentOf(procOf(process) / "cmdline");
    std::replace(line.begin(), line.end(), '\0', ' ');
    return line;
}

std::optional<double> userSecondsOf(pid_t process) {
    const std::string stat = contentOf(procOf(process) / "stat");
    // The command name in parentheses may hold spaces; the fields after it
    // start with the state (field 3); utime is field 14.
    const auto nameEnd = stat.rfind(')');
    if (nameEnd == std::string::npos) {
        return std::nullopt;
    }
    std::istringstream fields(stat.substr(nameEnd + 1));
    std::string field;
    constexpr int utimeIndex = 11;
    for (int index = 0; index <= utimeIndex; ++index) {
        if (!(fields >> field)) {
            return std::nullopt;
        }
    }
    return std::stod(field) / static_cast<double>(::sysconf(_SC_CLK_TCK));
}

bool hasFileOpen(pid_t process, std::string_view namePart) {
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(procOf(process) / "fd", error)) {
        std::error_code unreadable;
        const auto target = std::filesystem::read_symlink(entry.path(), unreadable);
        if (!unreadable && target.string().find(namePart) != std::string::npos) {
            return true;
        }
    }
    return false;
}

std::optional<std::string> networkNamespaceOf(pid_t process) {
    std::error_code error;
    const auto target = std::filesystem::read_symlink(procOf(process) / "ns" / "net", error);
    if (error) {
        return std::nullopt;
    }
    return target.string();
}

std::vector<std::string> processesLeftBehind(const std::filesystem::path& path,
                                             std::chrono::seconds grace) {
    const auto deadline = std::chrono::steady_clock::now() + grace;
    for (;;) {
        const auto left = processesMentioning(path);
        if (left.empty() || std::chrono::steady_clock::now() >= deadline) {
            std::vector<std::string> lines;
            lines.reserve(left.size());
            for (const auto process : left) {
                lines.push_back(std::to_string(process) + ": " + commandLineOf(process));
            }
            return lines;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
}

} // namespace walletshare::recalc_test
