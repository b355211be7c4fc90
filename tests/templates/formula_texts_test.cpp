// The texts inside formulas and number format codes, and TIERNAME's
// language, without an office.
#include <string>

#include <gtest/gtest.h>

#include "formula_texts.hpp"
#include "translation_table.hpp"

namespace walletshare::templates {

namespace {

std::string same(const std::string& text) {
    return text;
}

std::string upper(const std::string& text) {
    std::string result = text;
    for (auto& c : result) {
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    return "<" + result + ">";
}

TEST(FormulaTexts, RewritesOnlyTheQuotedTexts) {
    EXPECT_EQ(rewritten(R"(=CHOOSE(A1+2;"Understated";"Plausible"))", upper, same),
              R"(=CHOOSE(A1+2;"<UNDERSTATED>";"<PLAUSIBLE>"))");
    EXPECT_EQ(rewritten(R"(=IF(A1;"";B1))", upper, same), R"(=IF(A1;"<>";B1))");
    EXPECT_EQ(rewritten(R"(="Plan M"&A1)", same, upper), R"(<=>"Plan M"<&A1>)");
    EXPECT_EQ(rewritten("=SUM(A1:A3)", upper, same), "=SUM(A1:A3)");
}

TEST(FormulaTexts, KeepsAQuoteInsideAText) {
    EXPECT_EQ(rewritten(R"(="say ""hi""")", same, same), R"(="say ""hi""")");
    EXPECT_EQ(rewritten(R"(="a""b")", [](const std::string& text) { return text + "\""; }, same),
              R"(="a""b""")");
}

TEST(FormulaTexts, GivesTierNameItsLanguageWhenLeftOut) {
    EXPECT_EQ(withTierNameLanguage("=ORG.WALLETSHARE.SHAREOFWALLET.TIERNAME([.T6])", "ru"),
              R"(=ORG.WALLETSHARE.SHAREOFWALLET.TIERNAME([.T6];"ru"))");
    EXPECT_EQ(withTierNameLanguage("=TIERNAME(MIN(A1;4))&TIERNAME(B1)", "ru"),
              R"(=TIERNAME(MIN(A1;4);"ru")&TIERNAME(B1;"ru"))");
    EXPECT_EQ(withTierNameLanguage(R"(=TIERNAME(A1;"en"))", "ru"), R"(=TIERNAME(A1;"en"))");
    EXPECT_EQ(withTierNameLanguage(R"(=TIERNAME(A1;B1))", "ru"), R"(=TIERNAME(A1;B1))");
    EXPECT_EQ(withTierNameLanguage(R"x(=MYTIERNAME(A1)&"TIERNAME(x)")x", "ru"),
              R"x(=MYTIERNAME(A1)&"TIERNAME(x)")x");
    EXPECT_TRUE(callsTierName("=org.walletshare.ShareOfWallet.tierName(A1)"));
    EXPECT_FALSE(callsTierName("=LOYALTYTIER(A1)"));
}

TEST(TranslationTable, TextsWithoutALatinLetterNeedNoLine) {
    EXPECT_FALSE(needsTranslation(""));
    EXPECT_FALSE(needsTranslation(">=0,5%"));
    EXPECT_FALSE(needsTranslation("Клиент"));
    EXPECT_TRUE(needsTranslation("m2"));
}

} // namespace

} // namespace walletshare::templates
