// Installing as users and administrators do, unattended: plain unopkg with no
// terminal to answer on, and walletshare-install on accounts in every state
// (never started, trapped by an earlier unopkg add, installed already, with
// LibreOffice open), per user and for every user. Nothing here touches the
// machine's LibreOffice: the accounts have private HOMEs, and --shared runs in
// a mount namespace whose shared-extension folder is a private one.
#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>

#include <unistd.h>

#include <gtest/gtest.h>

#include "walletshare/office/temporary_directory.hpp"
#include "walletshare/uno/text.hpp"

#include "mount_namespace.hpp"
#include "office_account.hpp"

namespace walletshare::install_test {
namespace {

constexpr const char* soffice = WALLETSHARE_SOFFICE;
constexpr const char* unopkg = WALLETSHARE_UNOPKG;
constexpr const char* sharedFolder = "/usr/lib/libreoffice/share/uno_packages";

std::string fileUrl(const std::filesystem::path& path) {
    return uno::utf8Of(uno::fileUrlOf(path));
}

std::string contentOf(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The built walletshare-install and the .oxt beside it, copied where the
// account can read them (the build folder may be out of its reach), as an
// administrator would copy them to a desktop.
std::filesystem::path copyInstaller(const OfficeAccount& account) {
    const auto folder = account.folder() / "walletshare";
    std::filesystem::create_directories(folder);
    std::filesystem::copy_file(WALLETSHARE_INSTALL, folder / "walletshare-install");
    std::filesystem::copy_file(WALLETSHARE_OXT, folder / "walletshare.oxt");
    account.user().takeOwnership(folder);
    return folder / "walletshare-install";
}

std::filesystem::path copyExtension(const OfficeAccount& account) {
    auto copy = account.folder() / "walletshare.oxt";
    std::filesystem::copy_file(WALLETSHARE_OXT, copy);
    account.user().takeOwnership(copy);
    return copy;
}

// The built .oxt as an older version, 0.9.0, packed again with CMake (an .oxt
// is a zip archive).
std::filesystem::path olderExtension(const OfficeAccount& account) {
    const auto folder = account.folder() / "older";
    std::filesystem::create_directories(folder);
    const auto unpacked =
        office::runCommand({WALLETSHARE_CMAKE, "-E", "chdir", folder.string(), WALLETSHARE_CMAKE,
                            "-E", "tar", "xf", WALLETSHARE_OXT},
                           {}, folder / "unpack.log", std::chrono::seconds{60});
    EXPECT_EQ(unpacked.exitCode, 0) << unpacked.output;
    auto description = contentOf(folder / "description.xml");
    const std::string current = "<version value=\"" WALLETSHARE_VERSION "\"/>";
    description.replace(description.find(current), current.size(), "<version value=\"0.9.0\"/>");
    std::ofstream(folder / "description.xml") << description;
    std::filesystem::remove(folder / "unpack.log");
    auto older = account.folder() / "walletshare-0.9.0.oxt";
    const auto packed =
        office::runCommand({WALLETSHARE_CMAKE, "-E", "chdir", folder.string(), WALLETSHARE_CMAKE,
                            "-E", "tar", "cf", older.string(), "--format=zip", "."},
                           {}, account.folder() / "pack.log", std::chrono::seconds{60});
    EXPECT_EQ(packed.exitCode, 0) << packed.output;
    account.user().takeOwnership(older);
    return older;
}

class UnattendedUnopkg : public ::testing::Test {
protected:
    void SetUp() override {
        if (const auto reason = office::OfficeUser::unprivilegedUnavailable()) {
            GTEST_SKIP() << *reason;
        }
    }
};

TEST_F(UnattendedUnopkg, AddsForOneUserWithoutATerminal) {
    const OfficeAccount account("unopkg-user");
    ASSERT_EQ(
        account.run({soffice, "--headless", "--terminate_after_init"}, "first-start.log").exitCode,
        0);
    // No -s: nothing may ask a question; stdin is /dev/null.
    const auto added = account.run({unopkg, "add", copyExtension(account).string()}, "add.log");
    EXPECT_EQ(added.exitCode, 0) << added.output;
    EXPECT_EQ(added.output.find("[Enter"), std::string::npos) << added.output;
    EXPECT_TRUE(listsRegistered(account.listing())) << account.listing();
}

TEST_F(UnattendedUnopkg, AddsSharedWithoutATerminal) {
    const OfficeAccount account("unopkg-shared");
    const auto added = account.runAsInvoker(
        {unopkg, "add", "--shared",
         "-env:UNO_SHARED_PACKAGES_CACHE=" + fileUrl(account.folder() / "shared"),
         "-env:UserInstallation=" + fileUrl(account.folder() / "shared-profile"),
         copyExtension(account).string()},
        "add-shared.log");
    EXPECT_EQ(added.exitCode, 0) << added.output;
    EXPECT_EQ(added.output.find("[Enter"), std::string::npos) << added.output;
}

TEST(ExtensionPackage, CarriesTheLicenseWithoutAskingToAcceptIt) {
    const office::TemporaryDirectory work(std::filesystem::temp_directory_path(),
                                          "walletshare-oxt-");
    // CMake unpacks zip archives (an .oxt is one) with no other program.
    const auto unpacked =
        office::runCommand({WALLETSHARE_CMAKE, "-E", "chdir", work.path().string(),
                            WALLETSHARE_CMAKE, "-E", "tar", "xf", WALLETSHARE_OXT},
                           {}, work.path() / "unpack.log", std::chrono::seconds{60});
    ASSERT_EQ(unpacked.exitCode, 0) << unpacked.output;
    EXPECT_EQ(contentOf(work.path() / "description/license.txt"), contentOf(WALLETSHARE_LICENSE));
    const auto description = contentOf(work.path() / "description.xml");
    EXPECT_NE(description.find("org.walletshare.addin"), std::string::npos) << description;
    EXPECT_EQ(description.find("<simple-license"), std::string::npos) << description;
}

class WalletshareInstall : public UnattendedUnopkg {};

TEST_F(WalletshareInstall, InstallsOnANeverStartedAccount) {
    const OfficeAccount account("install-new");
    const auto installed = account.run({copyInstaller(account).string()}, "install.log");
    EXPECT_EQ(installed.exitCode, 0) << installed.output;
    EXPECT_NE(installed.output.find("is installed for you"), std::string::npos) << installed.output;
    EXPECT_EQ(account.computedShare(), "0.006");
    EXPECT_TRUE(listsRegistered(account.listing())) << account.listing();
}

TEST_F(WalletshareInstall, RecoversAnAccountThatAFirstStartDroppedItFrom) {
    const OfficeAccount account("install-trapped");
    // The trap: unopkg add before LibreOffice ever started, then a first start.
    ASSERT_EQ(account.run({unopkg, "add", copyExtension(account).string()}, "add.log").exitCode, 0);
    ASSERT_EQ(
        account.run({soffice, "--headless", "--terminate_after_init"}, "first-start.log").exitCode,
        0);
    ASSERT_NE(account.listing().find("is registered: no"), std::string::npos)
        << "the trap was not reproduced: " << account.listing();
    ASSERT_NE(account.computedShare(), "0.006");

    const auto installed = account.run({copyInstaller(account).string()}, "install.log");
    EXPECT_EQ(installed.exitCode, 0) << installed.output;
    EXPECT_EQ(account.computedShare(), "0.006");
    EXPECT_TRUE(listsRegistered(account.listing())) << account.listing();
}

TEST_F(WalletshareInstall, RunsTwiceAndThenRemoves) {
    const OfficeAccount account("install-twice");
    const auto installer = copyInstaller(account).string();
    for (const auto* log : {"install-1.log", "install-2.log"}) {
        const auto installed = account.run({installer}, log);
        EXPECT_EQ(installed.exitCode, 0) << installed.output;
    }
    EXPECT_EQ(account.computedShare(), "0.006");
    const auto listing = account.listing();
    EXPECT_TRUE(listsRegistered(listing)) << listing;
    const auto identifier = listing.find("Identifier: org.walletshare.addin");
    EXPECT_EQ(listing.find("Identifier: org.walletshare.addin", identifier + 1), std::string::npos)
        << listing;

    const auto removed = account.run({installer, "--remove"}, "remove.log");
    EXPECT_EQ(removed.exitCode, 0) << removed.output;
    EXPECT_NE(removed.output.find("is removed for you"), std::string::npos) << removed.output;
    EXPECT_EQ(account.listing().find("Identifier: org.walletshare.addin"), std::string::npos)
        << account.listing();
    EXPECT_NE(account.computedShare(), "0.006");
}

TEST_F(WalletshareInstall, AsksToRestartAnOpenLibreOffice) {
    const OfficeAccount account("install-open");
    const auto installer = copyInstaller(account).string();
    // On a profile's very first start soffice.bin restarts itself once; an
    // office opened on a started profile runs on without a gap.
    ASSERT_EQ(
        account.run({soffice, "--headless", "--terminate_after_init"}, "first-start.log").exitCode,
        0);
    auto open = account.start({soffice, "--headless", "--norestore"}, "open-office.log");
    // soffice holds this lock while it runs on the default profile.
    const auto lock = account.home() / ".config/libreoffice/4/.lock";
    for (int attempt = 0; attempt < 600 && !std::filesystem::exists(lock); ++attempt) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    ASSERT_TRUE(std::filesystem::exists(lock)) << "soffice did not start on the default profile";
    // As a user's office is when they install: started and idle.
    std::this_thread::sleep_for(std::chrono::seconds{10});

    const auto installed = account.run({installer}, "install.log");
    EXPECT_EQ(installed.exitCode, 0) << installed.output;
    EXPECT_NE(installed.output.find("restart it"), std::string::npos) << installed.output;

    // As a user quits LibreOffice: soffice ends on SIGTERM and frees its lock.
    ::kill(-open->processGroup(), SIGTERM);
    EXPECT_TRUE(open->waitFor(std::chrono::seconds{60}));
    open.reset();
    EXPECT_EQ(account.computedShare(), "0.006");
}

TEST_F(WalletshareInstall, UpgradesAnOlderVersion) {
    const OfficeAccount account("install-upgrade");
    ASSERT_EQ(
        account.run({soffice, "--headless", "--terminate_after_init"}, "first-start.log").exitCode,
        0);
    ASSERT_EQ(
        account.run({unopkg, "add", olderExtension(account).string()}, "add-older.log").exitCode,
        0);
    ASSERT_NE(account.listing().find("Version: 0.9.0"), std::string::npos) << account.listing();

    const auto installed = account.run({copyInstaller(account).string()}, "install.log");
    EXPECT_EQ(installed.exitCode, 0) << installed.output;
    EXPECT_NE(installed.output.find("Walletshare " WALLETSHARE_VERSION " is installed"),
              std::string::npos)
        << installed.output;
    const auto listing = account.listing();
    EXPECT_NE(listing.find("Version: " WALLETSHARE_VERSION), std::string::npos) << listing;
    EXPECT_EQ(listing.find("Version: 0.9.0"), std::string::npos) << listing;
}

TEST_F(WalletshareInstall, SaysWhyWhenLibreOfficeRefusesTheFile) {
    const OfficeAccount account("install-refused");
    const auto installer = copyInstaller(account);
    const auto broken = account.folder() / "broken.oxt";
    std::ofstream(broken) << "not a zip archive";
    account.user().takeOwnership(broken);
    const auto refused = account.run({installer.string(), broken.string()}, "install.log");
    EXPECT_EQ(refused.exitCode, 1) << refused.output;
    EXPECT_NE(
        refused.output.find("Walletshare is not installed: LibreOffice refused the extension"),
        std::string::npos)
        << refused.output;
}

TEST_F(WalletshareInstall, SpeaksRussianToARussianUser) {
    const OfficeAccount account("install-russian");
    const auto removed = account.run(
        {"/usr/bin/env", "LANG=ru_RU.UTF-8", copyInstaller(account).string(), "--remove"},
        "remove.log");
    EXPECT_EQ(removed.exitCode, 0) << removed.output;
    EXPECT_NE(removed.output.find("Walletshare не был установлен для вас"), std::string::npos)
        << removed.output;
}

TEST_F(WalletshareInstall, RefusesAPerUserInstallAsRoot) {
    if (::geteuid() != 0) {
        GTEST_SKIP() << "only root is refused";
    }
    const OfficeAccount account("install-root");
    const auto refused = account.runAsInvoker({copyInstaller(account).string()}, "install.log");
    EXPECT_EQ(refused.exitCode, 2) << refused.output;
    EXPECT_NE(refused.output.find("--shared"), std::string::npos) << refused.output;
}

TEST_F(WalletshareInstall, InstallsAndRemovesForEveryUser) {
    if (const auto reason = MountNamespace::unavailable()) {
        GTEST_SKIP() << *reason;
    }
    OfficeAccount account("install-shared");
    const auto installer = copyInstaller(account).string();
    const MountNamespace mounts(account.folder());
    // An empty shared-extension folder of the machine's LibreOffice, inside
    // the namespace only.
    const auto shared = account.folder() / "uno_packages";
    std::filesystem::create_directories(shared);
    mounts.bind(shared, sharedFolder);
    account.runInside(mounts.enter());

    const auto installed = account.runAsInvoker({installer, "--shared"}, "install-shared.log");
    EXPECT_EQ(installed.exitCode, 0) << installed.output;
    EXPECT_NE(installed.output.find("for every user"), std::string::npos) << installed.output;
    EXPECT_TRUE(std::filesystem::exists(shared / "cache")) << "not installed in the private folder";
    // A user who never started LibreOffice has it.
    EXPECT_EQ(account.computedShare(), "0.006");

    const auto removed =
        account.runAsInvoker({installer, "--shared", "--remove"}, "remove-shared.log");
    EXPECT_EQ(removed.exitCode, 0) << removed.output;
    OfficeAccount next("install-shared-next");
    next.runInside(mounts.enter());
    EXPECT_NE(next.computedShare(), "0.006");
}

} // namespace
} // namespace walletshare::install_test
