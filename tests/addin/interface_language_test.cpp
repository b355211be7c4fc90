// TIERNAME without a language speaks the office's interface language, read
// from the office's configuration (ooLocale), and English for interface
// languages that Walletshare does not speak, without a configuration, and
// without a component context at all. The Function Wizard's locale
// (setLocale) does not decide it: Calc sets the interface language and then
// en-US on the same object.
#include <com/sun/star/uno/XComponentContext.hpp>

#include "addin_calls.hpp"

namespace walletshare::addin_test {
namespace {

css::lang::Locale englishUs() {
    return {rtl::OUString("en"), rtl::OUString("US"), rtl::OUString()};
}

TEST(InterfaceLanguage, RussianInterfaceGivesRussianTierNames) {
    const auto addIn = makeAddIn("ru-RU");
    EXPECT_TRUE(isText(addIn->tierName(3, leftOut()), "Клуб основных поставщиков"));
    EXPECT_TRUE(isText(addIn->tierName(0, leftOut()), "Безразличие"));
}

TEST(InterfaceLanguage, RussianWithoutARegion) {
    EXPECT_TRUE(isText(makeAddIn("ru")->tierName(1, leftOut()), "Добор"));
}

TEST(InterfaceLanguage, EnglishInterfaceGivesEnglishTierNames) {
    EXPECT_TRUE(isText(makeAddIn("en-US")->tierName(3, leftOut()), "Main supplier club"));
}

TEST(InterfaceLanguage, OtherInterfaceLanguagesGetEnglish) {
    for (const char* locale : {"de-DE", "fr", "uk-UA", ""}) {
        EXPECT_TRUE(isText(makeAddIn(locale)->tierName(2, leftOut()), "Target zone"))
            << "interface locale \"" << locale << "\"";
    }
}

TEST(InterfaceLanguage, WithoutConfigurationEnglish) {
    EXPECT_TRUE(isText(makeAddIn()->tierName(4, leftOut()), "Primary supplier"));
}

TEST(InterfaceLanguage, WithoutAComponentContextEnglish) {
    // As a benchmark creates the add-in.
    const rtl::Reference<addin::ShareOfWallet> addIn(
        new addin::ShareOfWallet(css::uno::Reference<css::uno::XComponentContext>()));
    EXPECT_TRUE(isText(addIn->tierName(4, leftOut()), "Primary supplier"));
    EXPECT_TRUE(isText(addIn->tierName(4, text("ru")), "Основной поставщик"));
}

TEST(InterfaceLanguage, GivenLanguageWinsOverTheInterface) {
    const auto russian = makeAddIn("ru-RU");
    EXPECT_TRUE(isText(russian->tierName(3, text("en")), "Main supplier club"));
    const auto english = makeAddIn("en-US");
    EXPECT_TRUE(isText(english->tierName(3, text("ru")), "Клуб основных поставщиков"));
}

TEST(InterfaceLanguage, WizardLocaleDoesNotChangeIt) {
    // What Calc does on a Russian interface: ru-RU for the wizard's texts,
    // then en-US to read the English names, then the calls.
    const auto addIn = makeAddIn("ru-RU");
    addIn->setLocale({rtl::OUString("ru"), rtl::OUString("RU"), rtl::OUString()});
    addIn->setLocale(englishUs());
    EXPECT_TRUE(isText(addIn->tierName(1, leftOut()), "Добор"));
    EXPECT_EQ(addIn->getDisplayFunctionName("tierName"), "TIERNAME");
}

TEST(InterfaceLanguage, RussianInterfaceStillHasEnglishNamesInAnEnglishWizard) {
    const auto addIn = makeAddIn("ru-RU");
    addIn->setLocale(englishUs());
    EXPECT_EQ(addIn->getDisplayFunctionName("share"), "SHARE");
}

TEST(InterfaceLanguage, ErrorsDoNotDependOnIt) {
    const auto addIn = makeAddIn("ru-RU");
    EXPECT_TRUE(isError(addIn->tierName(7, leftOut()), calc_error::invalidArgument));
    EXPECT_TRUE(isError(addIn->tierName(1, text("de")), calc_error::invalidArgument));
}

} // namespace
} // namespace walletshare::addin_test
