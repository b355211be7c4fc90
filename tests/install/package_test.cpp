// The Debian package as an administrator installs it, without installing it:
// its files unpacked into a private tree, its bundled extension shown to
// LibreOffice through a mount namespace over the folder of bundled
// extensions (with those already there), so that nothing of the machine's
// LibreOffice changes.
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include <gtest/gtest.h>

#include "mount_namespace.hpp"
#include "office_account.hpp"

namespace walletshare::install_test {
namespace {

constexpr const char* bundledFolder = "/usr/lib/libreoffice/share/extensions";

class DebianPackage : public ::testing::Test {
protected:
    void SetUp() override {
        if (const auto reason = MountNamespace::unavailable()) {
            GTEST_SKIP() << *reason;
        }
        if (const auto reason = office::OfficeUser::unprivilegedUnavailable()) {
            GTEST_SKIP() << *reason;
        }
        account_ = std::make_unique<OfficeAccount>("package");
        const auto unpacked = tree();
        const auto dpkgDeb = office::findProgram("dpkg-deb");
        ASSERT_TRUE(dpkgDeb) << "dpkg-deb is not on PATH";
        const auto extracted = account_->runAsInvoker(
            {dpkgDeb->string(), "-x", WALLETSHARE_DEB, unpacked.string()}, "dpkg-deb.log");
        ASSERT_EQ(extracted.exitCode, 0) << extracted.output;

        const auto bundled = account_->folder() / "extensions";
        std::filesystem::create_directories(bundled);
        for (const auto& entry : std::filesystem::directory_iterator(bundledFolder)) {
            std::filesystem::copy(entry.path(), bundled / entry.path().filename(),
                                  std::filesystem::copy_options::recursive |
                                      std::filesystem::copy_options::copy_symlinks);
        }
        std::filesystem::copy(unpacked / "usr/lib/libreoffice/share/extensions/walletshare",
                              bundled / "walletshare", std::filesystem::copy_options::recursive);
        mounts_ = std::make_unique<MountNamespace>(account_->folder());
        mounts_->bind(bundled, bundledFolder);
        account_->runInside(mounts_->enter());
    }

    [[nodiscard]] std::filesystem::path tree() const { return account_->folder() / "package"; }
    [[nodiscard]] const OfficeAccount& account() const { return *account_; }

private:
    // Declared before mounts_: the namespace ends before its folders go.
    std::unique_ptr<OfficeAccount> account_;
    std::unique_ptr<MountNamespace> mounts_;
};

TEST_F(DebianPackage, EveryNewProfileComputesWalletshare) {
    EXPECT_EQ(account().computedShare(), "0.006");
}

TEST_F(DebianPackage, ItsWalletshareRecalcRecalculatesAWorkbook) {
    const auto workbook = account().folder() / "plan.fods";
    writeShareWorkbook(workbook);
    const auto output = account().folder() / "recalculated";
    const auto recalculated =
        account().runAsInvoker({(tree() / "usr/bin/walletshare-recalc").string(), "--to", "csv",
                                "-o", output.string(), workbook.string()},
                               "recalc.log");
    ASSERT_EQ(recalculated.exitCode, 0) << recalculated.output;
    std::ifstream csv(output / "plan.csv");
    std::string value;
    std::getline(csv, value);
    EXPECT_EQ(value, "0.006");
}

} // namespace
} // namespace walletshare::install_test
