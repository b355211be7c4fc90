#include "office_account.hpp"

#include <fstream>

namespace walletshare::install_test {

namespace {

// A first soffice start on a profile takes seconds; this catches a hang.
constexpr std::chrono::seconds patience{300};

// No cached value: a conversion computes the formula.
constexpr const char* shareDocument = R"xml(<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:body><office:spreadsheet><table:table table:name="Check"><table:table-row>
  <table:table-cell table:formula="of:=ORG.WALLETSHARE.SHAREOFWALLET.SHARE(30000;5000000)"/>
 </table:table-row></table:table></office:spreadsheet></office:body>
</office:document>
)xml";

} // namespace

OfficeAccount::OfficeAccount(const std::string& name)
    : work_(std::filesystem::temp_directory_path(), "walletshare-" + name + "-"),
      // Only for its account, HOME and TMPDIR: the profile it prepares under
      // work/profile is not the default one, which stays never started.
      profile_(work_.path(), office::InstallMode::PerUser, "en-US") {
}

std::vector<std::string> OfficeAccount::asAccount(const std::vector<std::string>& command) const {
    auto full = inside_;
    const auto& prefix = profile_.user().commandPrefix();
    full.insert(full.end(), prefix.begin(), prefix.end());
    full.insert(full.end(), command.begin(), command.end());
    return full;
}

office::CommandResult OfficeAccount::run(const std::vector<std::string>& command,
                                         const std::string& logName) const {
    return office::runCommand(asAccount(command), profile_.environment(), profile_.logs() / logName,
                              patience);
}

office::CommandResult OfficeAccount::runAsInvoker(const std::vector<std::string>& command,
                                                  const std::string& logName) const {
    auto full = inside_;
    full.insert(full.end(), command.begin(), command.end());
    // A HOME of its own: what it creates there must not end up owned by it
    // in the account's HOME.
    auto environment = profile_.environment();
    const auto home = work_.path() / "invoker-home";
    std::filesystem::create_directories(home);
    for (auto& [name, value] : environment.set) {
        if (name.starts_with("XDG_") || name == "HOME") {
            value = (home / std::filesystem::path(value).lexically_relative(profile_.home()))
                        .lexically_normal()
                        .string();
        }
    }
    return office::runCommand(full, environment, profile_.logs() / logName, patience);
}

void writeShareWorkbook(const std::filesystem::path& file) {
    std::ofstream(file) << shareDocument;
}

std::unique_ptr<office::ChildProcess> OfficeAccount::start(const std::vector<std::string>& command,
                                                           const std::string& logName) const {
    return std::make_unique<office::ChildProcess>(asAccount(command), profile_.environment(),
                                                  profile_.logs() / logName);
}

std::string OfficeAccount::computedShare() const {
    const auto document = profile_.documents() / "share.fods";
    writeShareWorkbook(document);
    std::filesystem::remove(profile_.documents() / "share.csv");
    profile_.user().takeOwnership(document);
    const auto result = run({WALLETSHARE_SOFFICE, "--headless", "--norestore", "--convert-to",
                             "csv", "--outdir", profile_.documents().string(), document.string()},
                            "soffice-convert.log");
    std::ifstream csv(profile_.documents() / "share.csv");
    if (!csv) {
        return "no CSV (soffice exit code " + std::to_string(result.exitCode) +
               "): " + result.output;
    }
    std::string value;
    std::getline(csv, value);
    return value;
}

std::string OfficeAccount::listing() const {
    return run({WALLETSHARE_UNOPKG, "list", "org.walletshare.addin"}, "unopkg-list.log").output;
}

bool listsRegistered(const std::string& listing) {
    return listing.find("Identifier: org.walletshare.addin") != std::string::npos &&
           listing.find("is registered: yes") != std::string::npos &&
           listing.find("is registered: no") == std::string::npos;
}

} // namespace walletshare::install_test
