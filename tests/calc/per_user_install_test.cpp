// The extension installed per user: unopkg and soffice run as an unprivileged
// account (nobody when the tests run as root) on a private profile, and
// soffice is reached over a 127.0.0.1 socket.
#include <string>

#include <gtest/gtest.h>

#include "walletshare/office/office_user.hpp"
#include "walletshare/office/private_office.hpp"
#include "walletshare/office/spreadsheet.hpp"

#include "expected_value.hpp"

namespace walletshare::calc_test {
namespace {

// Installed with `unopkg add`, or from inside the running office as Tools >
// Extension Manager > Add does (the office is restarted afterwards, as it asks).
class PerUserInstall : public ::testing::TestWithParam<office::InstallMode> {};

TEST_P(PerUserInstall, ComputesAndStaysRegisteredAfterSofficeRan) {
    if (const auto reason = office::OfficeUser::unprivilegedUnavailable()) {
        GTEST_SKIP() << *reason;
    }
    office::OfficeOptions options;
    options.extension = WALLETSHARE_OXT;
    options.name = "per-user";
    options.mode = GetParam();
    office::PrivateOffice soffice(options);
    {
        auto sheet = office::Spreadsheet::create(soffice.desktop());
        sheet.setFormula("A1", "=SHARE(30000;5000000)");
        sheet.calculateAll();
        EXPECT_TRUE(shows(sheet.value("A1"), 0.006));
    }
    EXPECT_TRUE(soffice.stop()) << "soffice did not end by itself and was killed";

    const auto listing = soffice.profile().listExtensions();
    EXPECT_NE(listing.find("Identifier: org.walletshare.addin"), std::string::npos) << listing;
    EXPECT_NE(listing.find("is registered: yes"), std::string::npos) << listing;
    EXPECT_EQ(listing.find("is registered: no"), std::string::npos) << listing;
}

INSTANTIATE_TEST_SUITE_P(Installers, PerUserInstall,
                         ::testing::Values(office::InstallMode::PerUser,
                                           office::InstallMode::ExtensionManager),
                         [](const auto& info) {
                             return info.param == office::InstallMode::PerUser
                                        ? std::string("Unopkg")
                                        : std::string("ExtensionManager");
                         });

} // namespace
} // namespace walletshare::calc_test
