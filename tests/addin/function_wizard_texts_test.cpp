// What Calc reads through XAddIn for its Function Wizard and its formula
// parser, for every described function (walletshare/description.hpp):
// display names in the language Calc sets (the catalog's, a few checked
// against the contract's English and Russian names), the programmatic name
// back from a display name, the texts of every function and argument from
// the catalog in that language, the described category, and the empty
// answers for names and arguments that are not ours. Also the service names
// Calc looks the add-in up by.
#include <cstddef>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "addin_calls.hpp"
#include "walletshare/catalog.hpp"
#include "walletshare/description.hpp"
#include "walletshare/uno/text.hpp"

namespace walletshare::addin_test {
namespace {

using description::Function;

// The Function Wizard's texts of a described function in one language.
const catalog::FunctionText& textOf(const Function& function, Language language) {
    const auto* text = catalog::text(function.programmaticName, language);
    if (text == nullptr) {
        throw std::logic_error("no catalog text for a described function");
    }
    return *text;
}

// The arguments of the IDL method, as Calc counts them (the adapter's
// callDescribed checks at compile time that they are the described ones).
sal_Int32 argumentCountOf(const Function& function) {
    return static_cast<sal_Int32>(function.argumentCount());
}

rtl::OUString ou(std::string_view utf8) {
    return uno::ouStringOf(utf8);
}

std::string utf8(const rtl::OUString& text) {
    return uno::utf8Of(text);
}

bool hasCyrillic(const rtl::OUString& text) {
    for (sal_Int32 index = 0; index < text.getLength(); ++index) {
        if (text[index] >= 0x0400 && text[index] <= 0x04FF) {
            return true;
        }
    }
    return false;
}

css::lang::Locale locale(const char* language, const char* country) {
    return {rtl::OUString::createFromAscii(language), rtl::OUString::createFromAscii(country),
            rtl::OUString()};
}

class WizardTexts : public AddInCall {
protected:
    void useRussian() { addIn_->setLocale(locale("ru", "RU")); }

    // What the add-in says of one function is the catalog's text of it, in
    // the language set; the catalog holds one text per described function
    // and one per argument (catalog::followsDescription, checked at build).
    void expectTexts(const catalog::FunctionText& expected) {
        const rtl::OUString name = ou(expected.programmaticName);
        EXPECT_EQ(utf8(addIn_->getDisplayFunctionName(name)), expected.displayName);
        EXPECT_EQ(utf8(addIn_->getFunctionDescription(name)), expected.description);
        for (std::size_t index = 0; index < expected.arguments.size(); ++index) {
            const auto argument = static_cast<sal_Int32>(index);
            EXPECT_EQ(utf8(addIn_->getDisplayArgumentName(name, argument)),
                      expected.arguments[index].name)
                << expected.programmaticName << " argument " << index;
            EXPECT_EQ(utf8(addIn_->getArgumentDescription(name, argument)),
                      expected.arguments[index].description)
                << expected.programmaticName << " argument " << index;
        }
    }
};

TEST_F(WizardTexts, EnglishDisplayNamesBeforeAnyLocaleIsSet) {
    for (const auto& function : description::functions) {
        EXPECT_EQ(utf8(addIn_->getDisplayFunctionName(ou(function.programmaticName))),
                  textOf(function, Language::English).displayName);
    }
    // The contract's names ("Names that are stored in documents").
    EXPECT_EQ(utf8(addIn_->getDisplayFunctionName("share")), "SHARE");
    EXPECT_EQ(utf8(addIn_->getDisplayFunctionName("turnoverEstimate")), "TURNOVER_ESTIMATE");
}

TEST_F(WizardTexts, EnglishDisplayNamesInAnEnglishLocale) {
    addIn_->setLocale(locale("en", "US"));
    for (const auto& function : description::functions) {
        EXPECT_EQ(utf8(addIn_->getDisplayFunctionName(ou(function.programmaticName))),
                  textOf(function, Language::English).displayName);
    }
}

TEST_F(WizardTexts, RussianDisplayNamesInARussianLocale) {
    useRussian();
    for (const auto& function : description::functions) {
        EXPECT_EQ(utf8(addIn_->getDisplayFunctionName(ou(function.programmaticName))),
                  textOf(function, Language::Russian).displayName);
    }
    // The contract's names.
    EXPECT_EQ(utf8(addIn_->getDisplayFunctionName("share")), "ДОЛЯ");
    EXPECT_EQ(utf8(addIn_->getDisplayFunctionName("loyaltyTier")), "УРОВЕНЬ.ЛОЯЛЬНОСТИ");
}

TEST_F(WizardTexts, DisplayNamesAreOnePerFunctionInEachLanguage) {
    // The formula parser maps a display name back to one function only.
    for (const Language language : {Language::English, Language::Russian}) {
        std::set<std::string_view> names;
        for (const auto& function : description::functions) {
            EXPECT_TRUE(names.insert(textOf(function, language).displayName).second)
                << textOf(function, language).displayName;
        }
    }
}

TEST_F(WizardTexts, RussianWithoutACountry) {
    addIn_->setLocale(locale("ru", ""));
    EXPECT_EQ(utf8(addIn_->getDisplayFunctionName("share")), "ДОЛЯ");
}

TEST_F(WizardTexts, OtherLanguagesGetEnglish) {
    addIn_->setLocale(locale("de", "DE"));
    EXPECT_EQ(utf8(addIn_->getDisplayFunctionName("share")), "SHARE");
    addIn_->setLocale(locale("fr", "FR"));
    EXPECT_EQ(utf8(addIn_->getDisplayFunctionName("targetShipment")), "TARGET_SHIPMENT");
}

TEST_F(WizardTexts, BackToEnglishAfterRussian) {
    // Calc sets the interface language, then en-US to read the English names.
    useRussian();
    addIn_->setLocale(locale("en", "US"));
    EXPECT_EQ(utf8(addIn_->getDisplayFunctionName("loyaltyTier")), "LOYALTYTIER");
}

TEST_F(WizardTexts, LocaleIsKept) {
    addIn_->setLocale(locale("ru", "RU"));
    const css::lang::Locale kept = addIn_->getLocale();
    EXPECT_EQ(utf8(kept.Language), "ru");
    EXPECT_EQ(utf8(kept.Country), "RU");
}

TEST_F(WizardTexts, ProgrammaticNameFromTheDisplayName) {
    for (const auto& function : description::functions) {
        EXPECT_EQ(utf8(addIn_->getProgrammaticFuntionName(
                      ou(textOf(function, Language::English).displayName))),
                  function.programmaticName);
    }
    useRussian();
    for (const auto& function : description::functions) {
        EXPECT_EQ(utf8(addIn_->getProgrammaticFuntionName(
                      ou(textOf(function, Language::Russian).displayName))),
                  function.programmaticName);
    }
}

TEST_F(WizardTexts, DisplayNamesOfTheOtherLanguageAreNotOurs) {
    // The formula parser asks in the current language only.
    EXPECT_TRUE(addIn_->getProgrammaticFuntionName(ou("ДОЛЯ")).isEmpty());
    useRussian();
    EXPECT_TRUE(addIn_->getProgrammaticFuntionName(ou("SHARE")).isEmpty());
}

TEST_F(WizardTexts, UnknownNamesGiveEmptyTexts) {
    for (const char* name : {"", "SUM", "shares", "Share", "SHARE"}) {
        const rtl::OUString unknown = rtl::OUString::createFromAscii(name);
        EXPECT_TRUE(addIn_->getDisplayFunctionName(unknown).isEmpty()) << name;
        EXPECT_TRUE(addIn_->getFunctionDescription(unknown).isEmpty()) << name;
        EXPECT_TRUE(addIn_->getDisplayArgumentName(unknown, 0).isEmpty()) << name;
        EXPECT_TRUE(addIn_->getArgumentDescription(unknown, 0).isEmpty()) << name;
    }
    EXPECT_TRUE(addIn_->getProgrammaticFuntionName("SUM").isEmpty());
    EXPECT_TRUE(addIn_->getProgrammaticFuntionName("share").isEmpty());
}

TEST_F(WizardTexts, UnknownFunctionIsInTheAddInCategory) {
    EXPECT_EQ(utf8(addIn_->getProgrammaticCategoryName("noSuchFunction")), "Add-In");
    EXPECT_EQ(utf8(addIn_->getDisplayCategoryName("noSuchFunction")), "Add-In");
}

TEST_F(WizardTexts, EveryFunctionIsInItsDescribedCategoryInEveryLanguage) {
    for (const auto& function : description::functions) {
        const rtl::OUString name = ou(function.programmaticName);
        EXPECT_EQ(utf8(addIn_->getProgrammaticCategoryName(name)), function.category);
        EXPECT_EQ(utf8(addIn_->getDisplayCategoryName(name)), function.category);
    }
    useRussian();
    for (const auto& function : description::functions) {
        // Calc translates its own category names; the add-in gives the English one.
        EXPECT_EQ(utf8(addIn_->getDisplayCategoryName(ou(function.programmaticName))),
                  function.category);
    }
    EXPECT_EQ(utf8(addIn_->getDisplayCategoryName("share")), "Financial");
}

TEST_F(WizardTexts, EnglishArgumentNamesAreTheContractsNames) {
    for (const auto& function : description::functions) {
        const rtl::OUString name = ou(function.programmaticName);
        for (sal_Int32 index = 0; index < argumentCountOf(function); ++index) {
            EXPECT_EQ(utf8(addIn_->getDisplayArgumentName(name, index)),
                      function.arguments[static_cast<std::size_t>(index)].name)
                << function.programmaticName << " argument " << index;
        }
    }
    const auto names = [&](std::string_view function) {
        std::string joined;
        for (sal_Int32 index = 0;; ++index) {
            const rtl::OUString name = addIn_->getDisplayArgumentName(ou(function), index);
            if (name.isEmpty()) {
                return joined;
            }
            joined += (index == 0 ? "" : "; ") + utf8(name);
        }
    };
    EXPECT_EQ(names("targetShipment"),
              "turnover; target_share; current_shipments; periods; period; growth; ramp");
}

TEST_F(WizardTexts, EveryArgumentOfTheInterfaceHasANameAndADescription) {
    for (const bool russian : {false, true}) {
        if (russian) {
            useRussian();
        }
        for (const auto& function : description::functions) {
            const rtl::OUString name = ou(function.programmaticName);
            for (sal_Int32 index = 0; index < argumentCountOf(function); ++index) {
                EXPECT_FALSE(addIn_->getDisplayArgumentName(name, index).isEmpty())
                    << function.programmaticName << " argument " << index;
                EXPECT_FALSE(addIn_->getArgumentDescription(name, index).isEmpty())
                    << function.programmaticName << " argument " << index;
            }
        }
    }
}

TEST_F(WizardTexts, ArgumentsBeyondTheInterfaceHaveNoTexts) {
    for (const auto& function : description::functions) {
        const rtl::OUString name = ou(function.programmaticName);
        const sal_Int32 count = argumentCountOf(function);
        for (const sal_Int32 index : {count, count + 1, sal_Int32{-1}, sal_Int32{1000000}}) {
            EXPECT_TRUE(addIn_->getDisplayArgumentName(name, index).isEmpty())
                << function.programmaticName << " argument " << index;
            EXPECT_TRUE(addIn_->getArgumentDescription(name, index).isEmpty())
                << function.programmaticName << " argument " << index;
        }
    }
}

TEST_F(WizardTexts, EnglishTextsAreTheCatalogsEnglishTexts) {
    for (const auto& expected : catalog::texts(Language::English).functions) {
        expectTexts(expected);
    }
}

TEST_F(WizardTexts, RussianTextsAreTheCatalogsRussianTexts) {
    useRussian();
    for (const auto& expected : catalog::texts(Language::Russian).functions) {
        expectTexts(expected);
    }
}

TEST_F(WizardTexts, RussianDescriptionsAreInRussian) {
    std::vector<std::string> english;
    english.reserve(description::functions.size());
    for (const auto& function : description::functions) {
        english.push_back(utf8(addIn_->getFunctionDescription(ou(function.programmaticName))));
    }
    useRussian();
    auto englishDescription = english.begin();
    for (const auto& function : description::functions) {
        const rtl::OUString name = ou(function.programmaticName);
        const rtl::OUString description = addIn_->getFunctionDescription(name);
        EXPECT_TRUE(hasCyrillic(description)) << utf8(description);
        EXPECT_NE(utf8(description), *englishDescription++);
        for (sal_Int32 index = 0; index < argumentCountOf(function); ++index) {
            EXPECT_TRUE(hasCyrillic(addIn_->getArgumentDescription(name, index)))
                << function.programmaticName << " argument " << index;
        }
    }
}

TEST_F(WizardTexts, WizardLanguageDoesNotChangeTierNamesDefault) {
    // Calc sets en-US on the same object after the interface language, so
    // setLocale cannot tell TIERNAME's language; without an office
    // configuration it is English.
    useRussian();
    EXPECT_TRUE(isText(addIn_->tierName(3, leftOut()), "Main supplier club"));
}

class ServiceNames : public AddInCall {};

TEST_F(ServiceNames, NamesThatDocumentsStore) {
    EXPECT_EQ(utf8(addIn_->getServiceName()), "org.walletshare.ShareOfWallet");
    EXPECT_EQ(utf8(addIn_->getImplementationName()), "org.walletshare.ShareOfWallet");
}

TEST_F(ServiceNames, SupportsTheAddInService) {
    EXPECT_TRUE(addIn_->supportsService("com.sun.star.sheet.AddIn"));
    EXPECT_TRUE(addIn_->supportsService("org.walletshare.ShareOfWallet"));
    EXPECT_FALSE(addIn_->supportsService("com.sun.star.sheet.Spreadsheet"));
    const auto names = addIn_->getSupportedServiceNames();
    bool addInService = false;
    for (const auto& name : names) {
        addInService = addInService || name == "com.sun.star.sheet.AddIn";
    }
    EXPECT_TRUE(addInService);
}

} // namespace
} // namespace walletshare::addin_test
