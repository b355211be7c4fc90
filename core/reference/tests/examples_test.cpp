#include <set>
#include <string>
#include <string_view>
#include <variant>

#include <gtest/gtest.h>

#include "walletshare/description.hpp"
#include "walletshare/reference/examples.hpp"
#include "walletshare/reference/texts.hpp"

namespace walletshare::reference {
namespace {

TEST(LocalFormula, KeepsAnEnglishFormula) {
    EXPECT_EQ(localFormula("=SHARE(B2:M2; 0.05)", Language::English), "=SHARE(B2:M2; 0.05)");
}

TEST(LocalFormula, TranslatesOurNamesTrueAndDecimals) {
    EXPECT_EQ(localFormula("=SHARE(30000; WALLET(5000000; 0.08; 0.25; TRUE()))", Language::Russian),
              "=ДОЛЯ(30000; ЁМКОСТЬ(5000000; 0,08; 0,25; ИСТИНА()))");
}

TEST(LocalFormula, TellsNamesThatContainOthersApart) {
    EXPECT_EQ(localFormula("=RANKSHARE(1; 3)+SHARE(1; 2)", Language::Russian),
              "=ДОЛЯ.ПО.РАНГУ(1; 3)+ДОЛЯ(1; 2)");
}

TEST(LocalFormula, LeavesReferencesTextsAndOtherFunctionsAlone) {
    EXPECT_EQ(localFormula(R"f(=SUM(SHARE; Sheet2.B3; "SHARE(0.5)"; B2:M2))f", Language::Russian),
              R"f(=SUM(SHARE; Sheet2.B3; "SHARE(0.5)"; B2:M2))f");
}

TEST(ShownResult, ShowsWholeNumbersAndShortFractionsExactly) {
    EXPECT_EQ(shownResult(5250000.0, Language::English), "5250000");
    EXPECT_EQ(shownResult(-1.0, Language::English), "-1");
    EXPECT_EQ(shownResult(0.006, Language::English), "0.006");
    EXPECT_EQ(shownResult(0.006, Language::Russian), "0,006");
}

TEST(ShownResult, CutsLongFractionsAfterSixDecimals) {
    EXPECT_EQ(shownResult(0.14545454545454545, Language::English), "0.145454...");
    EXPECT_EQ(shownResult(86602.540378443865, Language::Russian), "86602,540378...");
}

TEST(ShownResult, NamesErrorsAsCalcShowsThem) {
    EXPECT_EQ(shownResult(Error::InvalidArgument, Language::English), "Err:502");
    EXPECT_EQ(shownResult(Error::DivisionByZero, Language::Russian), "#ДЕЛ/0!");
    EXPECT_EQ(shownResult(std::string_view("B"), Language::Russian), "B");
}

TEST(Examples, CoverEveryFunctionAndNameOnlyOurs) {
    std::set<std::string_view> covered;
    for (const Example& example : examples()) {
        ASSERT_NE(description::find(example.programmaticName), nullptr) << example.formula;
        covered.insert(example.programmaticName);
    }
    EXPECT_EQ(covered.size(), description::functions.size());
}

TEST(ReferenceTexts, NameTheErrorsOfEveryFunctionInEachLanguage) {
    for (const Language language : {Language::English, Language::Russian}) {
        for (const description::Function& function : description::functions) {
            EXPECT_FALSE(errors(function.programmaticName, language).empty())
                << function.programmaticName;
        }
        EXPECT_TRUE(errors("noSuchFunction", language).empty());
    }
}

} // namespace
} // namespace walletshare::reference
