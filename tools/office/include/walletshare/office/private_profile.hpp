// The work directory of one private office and what unopkg does in it. The
// office's user profile, its shared-extension cache, HOME and TMPDIR of its
// processes and their logs all live there, so neither the machine's
// LibreOffice installation nor the invoking user's profile is touched.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "walletshare/office/child_process.hpp"
#include "walletshare/office/office_user.hpp"

namespace walletshare::office {

enum class InstallMode {
    // `unopkg add --shared` with the shared-package cache moved into the work
    // directory; runs as the invoking user, root included.
    Shared,
    // `unopkg add` into the user profile; runs as an unprivileged account
    // (see OfficeUser::unprivileged).
    PerUser,
    // Added for the user from inside the running office, as Tools >
    // Extension Manager does, then the office is restarted; runs as an
    // unprivileged account too.
    ExtensionManager,
};

// Whether the office opens documents that it must not trust: workbooks from
// anyone, recalculated by a script. Untrusted, no macro runs, no link is
// updated, no linked image is fetched, and soffice has no network at all
// where the system lets it have a network namespace of its own.
enum class DocumentTrust { Trusted, Untrusted };

class PrivateProfile {
public:
    // Lays out `work` (which must exist), sets the office's interface
    // language (a BCP 47 tag such as "en-US" or "ru-RU") and hands `work` to
    // the account that the mode needs.
    PrivateProfile(const std::filesystem::path& work, InstallMode mode,
                   const std::string& interfaceLanguage,
                   DocumentTrust trust = DocumentTrust::Trusted);

    [[nodiscard]] InstallMode mode() const { return mode_; }
    [[nodiscard]] const OfficeUser& user() const { return user_; }
    [[nodiscard]] const std::filesystem::path& work() const { return work_; }
    [[nodiscard]] std::filesystem::path userInstallation() const { return work_ / "profile"; }
    [[nodiscard]] std::filesystem::path sharedExtensions() const { return work_ / "shared"; }
    [[nodiscard]] std::filesystem::path home() const { return work_ / "home"; }
    [[nodiscard]] std::filesystem::path temp() const { return work_ / "tmp"; }
    [[nodiscard]] std::filesystem::path logs() const { return work_ / "logs"; }
    // A directory where soffice may write documents.
    [[nodiscard]] std::filesystem::path documents() const { return work_ / "documents"; }

    // Installs the extension with unopkg, or for ExtensionManager only
    // prepares it; returns the copy in the work directory, where an
    // unprivileged account can read it. Throws std::runtime_error with
    // unopkg's output when unopkg fails.
    [[nodiscard]] std::filesystem::path install(const std::filesystem::path& extension) const;

    // What `unopkg list` says about the installed extensions (run it when no
    // soffice runs on the profile).
    [[nodiscard]] std::string listExtensions() const;

    // The command that starts soffice on this profile, headless, with
    // `options` (such as --accept=...) added.
    [[nodiscard]] std::vector<std::string>
    officeCommand(const std::vector<std::string>& options) const;

    // The environment of every office process: HOME, TMPDIR and the XDG
    // directories inside the work directory, no locale of the invoker's.
    [[nodiscard]] EnvironmentChanges environment() const;

private:
    // The -env: options that point soffice and unopkg at this profile.
    [[nodiscard]] std::vector<std::string> profileOptions() const;
    [[nodiscard]] std::vector<std::string>
    unopkgCommand(const std::string& subcommand, const std::vector<std::string>& arguments) const;
    // Starts soffice once and lets it end after its initialisation, so that
    // the profile exists before unopkg writes into it.
    void initialiseProfile() const;
    [[nodiscard]] CommandResult run(const std::vector<std::string>& command,
                                    const std::string& logName, std::chrono::seconds timeout) const;
    void checkWorkIsWritable() const;
    void writeSettings(const std::string& language) const;

    std::filesystem::path work_;
    InstallMode mode_;
    DocumentTrust trust_;
    OfficeUser user_;
};

} // namespace walletshare::office
