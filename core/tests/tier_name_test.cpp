#include <array>
#include <cstddef>
#include <string_view>
#include <utility>

#include "test_support.hpp"

#include "walletshare/catalog.hpp"
#include "walletshare/functions.hpp"

namespace walletshare::test {
namespace {

using namespace std::string_view_literals;

TEST(TierName, NamesTheDefaultTiersInEachLanguage) {
    using Names = std::array<std::string_view, 5>;
    const std::array<std::pair<Language, Names>, 2> expected{{
        {Language::English,
         {"Indifference", "Top-up supplier", "Target zone", "Main supplier club",
          "Primary supplier"}},
        {Language::Russian,
         {"Безразличие", "Добор", "Целевая зона", "Клуб основных поставщиков",
          "Основной поставщик"}},
    }};
    for (const auto& [language, names] : expected) {
        for (std::size_t tier = 0; tier < names.size(); ++tier) {
            EXPECT_EQ(tierName(static_cast<double>(tier), language), names.at(tier));
        }
    }
}

TEST(TierName, ReadsTheNamesFromTheCatalog) {
    for (const Language language : {Language::English, Language::Russian}) {
        const Result<std::string_view> name = tierName(2.0, language);
        ASSERT_TRUE(name.ok());
        EXPECT_EQ(name.value().data(), catalog::texts(language).tierNames[2].data());
    }
}

TEST(TierName, AcceptsATierWithRoundingNoise) {
    EXPECT_EQ(tierName(0.1 * 3 / 0.1, Language::English), "Main supplier club"sv);
    EXPECT_EQ(tierName(4.0 + 2e-12, Language::English), "Primary supplier"sv);
    EXPECT_EQ(tierName(-1e-13, Language::English), "Indifference"sv);
}

TEST(TierName, RejectsATierThatIsNotAWholeNumberFromZeroToFour) {
    for (const double tier : {-1.0, 5.0, 0.5, 3.999, 4.0 + 1e-9, nan, inf, -inf}) {
        EXPECT_EQ(tierName(tier, Language::English), Error::InvalidArgument) << tier;
    }
}

TEST(LanguageFromCode, KnowsEnglishAndRussianInAnyCase) {
    EXPECT_EQ(languageOfTag("en"), Language::English);
    EXPECT_EQ(languageOfTag("EN"), Language::English);
    EXPECT_EQ(languageOfTag("En"), Language::English);
    EXPECT_EQ(languageOfTag("ru"), Language::Russian);
    EXPECT_EQ(languageOfTag("RU"), Language::Russian);
}

TEST(LanguageFromCode, ReadsTheLanguageOfARegionalTag) {
    EXPECT_EQ(languageOfTag("en-US"), Language::English);
    EXPECT_EQ(languageOfTag("en_GB"), Language::English);
    EXPECT_EQ(languageOfTag("ru-RU"), Language::Russian);
    EXPECT_EQ(languageOfTag("ru_UA"), Language::Russian);
}

TEST(LanguageFromCode, RejectsAnyOtherCode) {
    for (const std::string_view code : {""sv, "de"sv, "e"sv, "eng"sv, "english"sv, "rus"sv, " en"sv,
                                        "en "sv, "-en"sv, "de-RU"sv}) {
        EXPECT_EQ(languageOfTag(code), std::nullopt) << code;
    }
}

TEST(InterfaceLanguage, IsRussianForARussianInterface) {
    EXPECT_EQ(languageOfTag("ru").value_or(fallbackLanguage), Language::Russian);
    EXPECT_EQ(languageOfTag("RU").value_or(fallbackLanguage), Language::Russian);
    EXPECT_EQ(languageOfTag("ru-RU").value_or(fallbackLanguage), Language::Russian);
}

TEST(InterfaceLanguage, IsEnglishForAnyOtherInterface) {
    EXPECT_EQ(languageOfTag("en").value_or(fallbackLanguage), Language::English);
    EXPECT_EQ(languageOfTag("en-US").value_or(fallbackLanguage), Language::English);
    EXPECT_EQ(languageOfTag("de").value_or(fallbackLanguage), Language::English);
    EXPECT_EQ(languageOfTag("uk").value_or(fallbackLanguage), Language::English);
    EXPECT_EQ(languageOfTag("").value_or(fallbackLanguage), Language::English);
}

} // namespace
} // namespace walletshare::test
