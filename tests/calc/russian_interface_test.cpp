// The office in a Russian interface: API formulas keep the English names, and
// TIERNAME without a language speaks Russian.
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "calc_office.hpp"
#include "expected_value.hpp"
#include "walletshare/catalog.hpp"

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

// What a Russian user types: every function under its Russian name, taken
// from the catalog, computes what its English form computes.
TEST_F(RussianInterface, RussianNamesComputeAsTheEnglishOnes) {
    const std::vector<std::pair<std::string_view, std::string_view>> calls{
        {"share", "30000;5000000"},
        {"wallet", "5000000;0.08;0.25"},
        {"loyaltyTier", "0.3-0.2"},
        {"tierName", "3"},
        {"turnoverEstimate", "{6;400;35};{900000;12000;150000}"},
        {"turnoverCheck", "2000000;5250000"},
        {"targetShipment", "5000000;0.05;30000;12;6"},
        {"rankShare", "1;3"},
    };
    ASSERT_EQ(calls.size(), catalog::functions().size());
    for (const auto& entry : calls) {
        const auto* english = catalog::text(entry.first, Language::English);
        const auto* russian = catalog::text(entry.first, Language::Russian);
        ASSERT_NE(english, nullptr);
        ASSERT_NE(russian, nullptr);
        const std::string_view arguments = entry.second;
        const auto call = [arguments](std::string_view name) {
            return "=" + std::string(name) + "(" + std::string(arguments) + ")";
        };
        sheet().setFormula("A1", call(english->displayName));
        sheet().setLocalFormula("A2", call(russian->displayName));
        sheet().calculateAll();
        const auto expected = sheet().value("A1");
        EXPECT_FALSE(std::holds_alternative<office::CalcError>(expected))
            << call(english->displayName);
        EXPECT_EQ(sheet().value("A2"), expected) << call(russian->displayName);
    }
}

} // namespace
} // namespace walletshare::calc_test
