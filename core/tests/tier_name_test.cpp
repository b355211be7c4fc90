#include <string_view>

#include "test_support.hpp"

#include "walletshare/catalog.hpp"
#include "walletshare/functions.hpp"

namespace walletshare {
namespace {

using namespace std::string_view_literals;
using test::inf;
using test::nan;

TEST(TierName, NamesTheDefaultTiersInEnglish) {
    EXPECT_EQ(tierName(0.0, Language::English), "Indifference"sv);
    EXPECT_EQ(tierName(1.0, Language::English), "Top-up supplier"sv);
    EXPECT_EQ(tierName(2.0, Language::English), "Target zone"sv);
    EXPECT_EQ(tierName(3.0, Language::English), "Main supplier club"sv);
    EXPECT_EQ(tierName(4.0, Language::English), "Primary supplier"sv);
}

TEST(TierName, NamesTheDefaultTiersInRussian) {
    EXPECT_EQ(tierName(0.0, Language::Russian), "Безразличие"sv);
    EXPECT_EQ(tierName(1.0, Language::Russian), "Добор"sv);
    EXPECT_EQ(tierName(2.0, Language::Russian), "Целевая зона"sv);
    EXPECT_EQ(tierName(3.0, Language::Russian), "Клуб основных поставщиков"sv);
    EXPECT_EQ(tierName(4.0, Language::Russian), "Основной поставщик"sv);
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
} // namespace walletshare
