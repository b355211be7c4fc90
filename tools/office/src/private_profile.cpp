#include "walletshare/office/private_profile.hpp"

#include <fstream>
#include <stdexcept>

#include <unistd.h>

#include "walletshare/uno/text.hpp"

namespace walletshare::office {

namespace {

constexpr const char* soffice = WALLETSHARE_SOFFICE;
constexpr const char* unopkg = WALLETSHARE_UNOPKG;

// unopkg and a first soffice start take a few seconds; these only catch a
// process that hangs.
constexpr std::chrono::seconds commandTimeout{180};

std::string urlOf(const std::filesystem::path& path) {
    return uno::utf8Of(uno::fileUrlOf(path));
}

std::string failure(const std::string& what, const CommandResult& result) {
    return what + " failed with exit code " + std::to_string(result.exitCode) + "; its output:\n" +
           result.output;
}

} // namespace

PrivateProfile::PrivateProfile(const std::filesystem::path& work, InstallMode mode,
                               const std::string& interfaceLanguage, DocumentTrust trust)
    : work_(std::filesystem::absolute(work)), mode_(mode), trust_(trust),
      user_(mode == InstallMode::Shared ? OfficeUser::current() : OfficeUser::unprivileged()) {
    for (const auto& directory : {home(), temp(), logs(), documents()}) {
        std::filesystem::create_directories(directory);
    }
    writeSettings(interfaceLanguage);
    user_.takeOwnership(work_);
    checkWorkIsWritable();
}

void PrivateProfile::checkWorkIsWritable() const {
    if (!user_.switches()) {
        return;
    }
    auto command = user_.commandPrefix();
    command.insert(command.end(), {"test", "-w", work_.string()});
    if (run(command, "access-check.log", commandTimeout).exitCode != 0) {
        throw std::runtime_error("the account that runs the office (" + user_.describe() +
                                 ") cannot write " + work_.string() +
                                 ": every parent directory must be searchable by it "
                                 "(choose another TMPDIR)");
    }
}

// The interface language (Linguistic/General/UILocale) and the locale that
// decides how numbers are typed (L10N/ooSetupSystemLocale: 0,05 in Russian)
// are settings of the user profile, seeded here before the office first
// starts on it, as a user of that language has them. LANG or LC_ALL did not
// change them (the soffice script sets LC_ALL=C).
void PrivateProfile::writeSettings(const std::string& language) const {
    const auto user = userInstallation() / "user";
    std::filesystem::create_directories(user);
    std::ofstream out(user / "registrymodifications.xcu");
    out << R"(<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Linguistic/General"><prop oor:name="UILocale" oor:op="fuse"><value>)"
        << language << R"(</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>)"
        << language << R"(</value></prop></item>
)";
    if (trust_ == DocumentTrust::Untrusted) {
        // Macros off for every document, whatever it asks; Calc's links
        // (Link: 1 is never) not updated on load; images that a document
        // links to from elsewhere not fetched.
        out << R"(<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="DisableMacrosExecution" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="MacroSecurityLevel" oor:op="fuse"><value>3</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="BlockUntrustedRefererLinks" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Content/Update"><prop oor:name="Link" oor:op="fuse"><value>1</value></prop></item>
)";
    }
    out << "</oor:items>\n";
    if (!out) {
        throw std::runtime_error("cannot write the office's settings into " + user.string());
    }
}

EnvironmentChanges PrivateProfile::environment() const {
    EnvironmentChanges changes;
    changes.set = {
        {"HOME", home().string()},
        {"TMPDIR", temp().string()},
        {"XDG_CONFIG_HOME", (home() / ".config").string()},
        {"XDG_CACHE_HOME", (home() / ".cache").string()},
        {"XDG_DATA_HOME", (home() / ".local/share").string()},
        {"LANG", "C.UTF-8"},
    };
    // The invoking session's runtime directory, D-Bus session and locale
    // overrides are not the private office's business.
    changes.unset = {"XDG_RUNTIME_DIR", "DBUS_SESSION_BUS_ADDRESS",
                     "SESSION_MANAGER", "LC_ALL",
                     "LC_MESSAGES",     "LANGUAGE"};
    return changes;
}

std::vector<std::string> PrivateProfile::profileOptions() const {
    std::vector<std::string> options{"-env:UserInstallation=" + urlOf(userInstallation())};
    if (mode_ == InstallMode::Shared) {
        options.push_back("-env:UNO_SHARED_PACKAGES_CACHE=" + urlOf(sharedExtensions()));
    }
    return options;
}

std::vector<std::string>
PrivateProfile::officeCommand(const std::vector<std::string>& options) const {
    // A network namespace of its own leaves soffice only a loopback of its own:
    // no link, image or web service of a document reaches anything. The UNO
    // pipe is a file, so it still connects. Creating one needs root.
    std::vector<std::string> command;
    if (trust_ == DocumentTrust::Untrusted && ::geteuid() == 0) {
        if (const auto unshare = findProgram("unshare")) {
            command = {unshare->string(), "--net"};
        }
    }
    const auto prefix = user_.commandPrefix();
    command.insert(command.end(), prefix.begin(), prefix.end());
    command.insert(command.end(), {soffice, "--headless", "--invisible", "--norestore", "--nologo",
                                   "--nodefault", "--nolockcheck"});
    const auto profile = profileOptions();
    command.insert(command.end(), profile.begin(), profile.end());
    command.insert(command.end(), options.begin(), options.end());
    return command;
}

std::vector<std::string>
PrivateProfile::unopkgCommand(const std::string& subcommand,
                              const std::vector<std::string>& arguments) const {
    auto command = user_.commandPrefix();
    command.insert(command.end(), {unopkg, subcommand});
    if (mode_ == InstallMode::Shared) {
        command.emplace_back("--shared");
    }
    const auto profile = profileOptions();
    command.insert(command.end(), profile.begin(), profile.end());
    command.insert(command.end(), arguments.begin(), arguments.end());
    return command;
}

CommandResult PrivateProfile::run(const std::vector<std::string>& command,
                                  const std::string& logName, std::chrono::seconds timeout) const {
    return runCommand(command, environment(), logs() / logName, timeout);
}

// A per-user install into a profile that soffice has never started on is
// wiped by soffice's first start (the extension then shows "is registered:
// no" and its functions give #NAME?), so soffice creates the profile first.
void PrivateProfile::initialiseProfile() const {
    const auto result =
        run(officeCommand({"--terminate_after_init"}), "soffice-initialise.log", commandTimeout);
    if (result.exitCode != 0) {
        throw std::runtime_error(failure("soffice --terminate_after_init", result));
    }
}

std::filesystem::path PrivateProfile::install(const std::filesystem::path& extension) const {
    auto copy = work_ / extension.filename();
    std::filesystem::copy_file(extension, copy, std::filesystem::copy_options::overwrite_existing);
    user_.takeOwnership(copy);
    if (mode_ != InstallMode::Shared) {
        initialiseProfile();
    }
    if (mode_ == InstallMode::ExtensionManager) {
        return copy;
    }
    // -s accepts the license without asking; stdin is /dev/null anyway.
    const auto result =
        run(unopkgCommand("add", {"-s", copy.string()}), "unopkg-add.log", commandTimeout);
    if (result.exitCode != 0) {
        throw std::runtime_error(failure("unopkg add " + copy.string(), result));
    }
    return copy;
}

std::string PrivateProfile::listExtensions() const {
    const auto result = run(unopkgCommand("list", {}), "unopkg-list.log", commandTimeout);
    if (result.exitCode != 0) {
        throw std::runtime_error(failure("unopkg list", result));
    }
    return result.output;
}

} // namespace walletshare::office
