// The office in a Russian interface: API formulas keep the English names, and
// TIERNAME without a language speaks Russian. What a Russian user types, every
// function under its Russian name, is contract_examples_test in this office.
#include <string>

#include "calc_office.hpp"
#include "expected_value.hpp"

namespace walletshare::calc_test {
namespace {

using RussianInterface = CalcTest;

TEST_F(RussianInterface, ApiFormulasKeepTheEnglishNames) {
    ASSERT_EQ(CalcOffice::instance().interfaceLanguage(), "ru-RU");
    EXPECT_TRUE(shows(compute("=SHARE(30000;5000000)"), 0.006));
}

// Calc 7.4 leaves the add-in's locale at en-US whatever the interface, so this
// shows that TIERNAME reads the interface language from the configuration.
TEST_F(RussianInterface, TierNameDefaultsToRussian) {
    EXPECT_TRUE(shows(compute("=TIERNAME(3)"), std::string("Клуб основных поставщиков")));
}

} // namespace
} // namespace walletshare::calc_test
