// The account that runs unopkg and soffice. A shared install runs them as the
// invoking user; a per-user install needs an unprivileged account, because
// unopkg refuses a per-user install as root.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace walletshare::office {

class OfficeUser {
public:
    // This process's own account.
    static OfficeUser current();
    // nobody/nogroup (65534) through setpriv when this process is root, the
    // current account otherwise.
    static OfficeUser unprivileged();
    // Why unprivileged() cannot work here (root without setpriv), if it cannot.
    static std::optional<std::string> unprivilegedUnavailable();

    // Whether commands run as another account than this process's.
    [[nodiscard]] bool switches() const { return !prefix_.empty(); }
    // The words put before a command to run it as this account.
    [[nodiscard]] const std::vector<std::string>& commandPrefix() const { return prefix_; }
    // Makes the account own a file or directory tree, so that its processes
    // can read and write there (a no-op for the current account).
    void takeOwnership(const std::filesystem::path& tree) const;
    [[nodiscard]] uid_t uid() const { return uid_; }
    [[nodiscard]] std::string describe() const;

private:
    OfficeUser(uid_t uid, gid_t gid, std::vector<std::string> prefix);

    uid_t uid_;
    gid_t gid_;
    std::vector<std::string> prefix_;
};

} // namespace walletshare::office
