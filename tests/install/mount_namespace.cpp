#include "mount_namespace.hpp"

#include <chrono>
#include <stdexcept>
#include <thread>

#include <unistd.h>

namespace walletshare::install_test {

std::optional<std::string> MountNamespace::unavailable() {
    if (::geteuid() != 0) {
        return "a private mount namespace needs root";
    }
    if (!office::findProgram("unshare") || !office::findProgram("nsenter")) {
        return "unshare and nsenter (util-linux) are not on PATH";
    }
    return std::nullopt;
}

MountNamespace::MountNamespace(std::filesystem::path logs) : logs_(std::move(logs)) {
    // Private propagation: no mount made inside reaches the machine.
    holder_ = std::make_unique<office::ChildProcess>(
        std::vector<std::string>{office::findProgram("unshare")->string(), "--mount",
                                 "--propagation", "private", "sleep", "infinity"},
        office::EnvironmentChanges{}, logs_ / "mount-namespace.log");
    // unshare has entered the namespace once its own mount table differs.
    const auto own = std::filesystem::read_symlink("/proc/self/ns/mnt");
    const auto holders = "/proc/" + std::to_string(holder_->processGroup()) + "/ns/mnt";
    for (int attempt = 0; attempt < 100; ++attempt) {
        std::error_code error;
        const auto theirs = std::filesystem::read_symlink(holders, error);
        if (!error && theirs != own) {
            return;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    throw std::runtime_error("unshare --mount did not create a mount namespace: " +
                             office::tailOf(logs_ / "mount-namespace.log"));
}

std::vector<std::string> MountNamespace::enter() const {
    return {office::findProgram("nsenter")->string(), "-t", std::to_string(holder_->processGroup()),
            "-m"};
}

void MountNamespace::bind(const std::filesystem::path& folder,
                          const std::filesystem::path& target) const {
    auto command = enter();
    command.insert(command.end(), {"mount", "--bind", folder.string(), target.string()});
    const auto result =
        office::runCommand(command, {}, logs_ / "mount.log", std::chrono::seconds{30});
    if (result.exitCode != 0) {
        throw std::runtime_error("mount --bind " + folder.string() + " " + target.string() +
                                 " failed: " + result.output);
    }
}

} // namespace walletshare::install_test
