// A user account as a new colleague has it: an unprivileged user (nobody
// when the tests run as root) with a private HOME whose default LibreOffice
// profile ($HOME/.config/libreoffice/4) no soffice has started on yet. The
// commands run as that user, optionally inside a mount namespace.
#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "walletshare/office/child_process.hpp"
#include "walletshare/office/private_profile.hpp"
#include "walletshare/office/temporary_directory.hpp"

namespace walletshare::install_test {

class OfficeAccount {
public:
    // `name` goes into the folder's name (walletshare-<name>-XXXXXX).
    explicit OfficeAccount(const std::string& name);

    // The words put before every command (such as nsenter's into a mount
    // namespace), before the switch to the account.
    void runInside(std::vector<std::string> prefix) { inside_ = std::move(prefix); }

    // Runs a command as the account, stdin /dev/null, with its HOME; the
    // output is kept in the account's logs as `logName`.
    [[nodiscard]] office::CommandResult run(const std::vector<std::string>& command,
                                            const std::string& logName) const;
    // The same as the invoking user (root in CI), with a HOME of its own.
    [[nodiscard]] office::CommandResult runAsInvoker(const std::vector<std::string>& command,
                                                     const std::string& logName) const;

    // Starts a command as the account and leaves it running.
    [[nodiscard]] std::unique_ptr<office::ChildProcess>
    start(const std::vector<std::string>& command, const std::string& logName) const;

    // What Calc shows for =SHARE(30000;5000000) in a document that soffice,
    // started on the account's default profile, converts to CSV.
    [[nodiscard]] std::string computedShare() const;
    // `unopkg list org.walletshare.addin` on the default profile.
    [[nodiscard]] std::string listing() const;

    [[nodiscard]] const std::filesystem::path& folder() const { return work_.path(); }
    [[nodiscard]] std::filesystem::path home() const { return profile_.home(); }
    [[nodiscard]] const office::OfficeUser& user() const { return profile_.user(); }

private:
    // The command with the namespace's and the account's words before it.
    [[nodiscard]] std::vector<std::string> asAccount(const std::vector<std::string>& command) const;

    office::TemporaryDirectory work_;
    office::PrivateProfile profile_;
    std::vector<std::string> inside_;
};

// Writes a workbook whose one cell is =SHARE(30000;5000000), with no value
// stored: whatever opens it must compute it.
void writeShareWorkbook(const std::filesystem::path& file);

// Whether `listing` (unopkg list) shows Walletshare and every part of it as
// registered.
bool listsRegistered(const std::string& listing);

} // namespace walletshare::install_test
