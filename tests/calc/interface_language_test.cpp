// TIERNAME without a language follows the office's interface language.
#include "calc_office.hpp"
#include "expected_value.hpp"

namespace walletshare::calc_test {
namespace {

using InterfaceLanguage = CalcTest;

TEST_F(InterfaceLanguage, TierNameDefaultsToEnglishInTheEnglishInterface) {
    ASSERT_EQ(CalcOffice::instance().interfaceLanguage(), "en-US");
    EXPECT_TRUE(shows(compute("=TIERNAME(3)"), std::string("Main supplier club")));
}

} // namespace
} // namespace walletshare::calc_test
