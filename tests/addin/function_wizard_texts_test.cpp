// What Calc reads through XAddIn for its Function Wizard and its formula
// parser: display names in the language Calc sets (the contract's English
// and Russian names), the programmatic name back from a display name, the
// texts of every function and argument from the catalog in that language,
// the category, and the empty answers for names and arguments that are not
// ours. Also the service names Calc looks the add-in up by.
#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "addin_calls.hpp"
#include "walletshare/catalog.hpp"
#include "walletshare/uno/text.hpp"

namespace walletshare::addin_test {
namespace {

struct Names {
    std::string_view programmatic;
    std::string_view english;
    std::string_view russian;
    // The arguments of the IDL method, as Calc counts them.
    sal_Int32 arguments;
};

// The contract's names ("Names that are stored in documents").
constexpr std::array<Names, 8> functions{{
    {"share", "SHARE", "ДОЛЯ", 2},
    {"wallet", "WALLET", "ЁМКОСТЬ", 4},
    {"loyaltyTier", "LOYALTYTIER", "УРОВЕНЬ.ЛОЯЛЬНОСТИ", 3},
    {"tierName", "TIERNAME", "ИМЯ.УРОВНЯ", 2},
    {"turnoverEstimate", "TURNOVER_ESTIMATE", "ОЦЕНКА.ОБОРОТА", 4},
    {"turnoverCheck", "TURNOVER_CHECK", "ПРОВЕРКА.ОБОРОТА", 3},
    {"targetShipment", "TARGET_SHIPMENT", "ЦЕЛЕВАЯ.ОТГРУЗКА", 7},
    {"rankShare", "RANKSHARE", "ДОЛЯ.ПО.РАНГУ", 2},
}};

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
};

TEST_F(WizardTexts, EnglishDisplayNamesBeforeAnyLocaleIsSet) {
    for (const auto& function : functions) {
        EXPECT_EQ(utf8(addIn_->getDisplayFunctionName(ou(function.programmatic))),
                  function.english);
    }
}

TEST_F(WizardTexts, EnglishDisplayNamesInAnEnglishLocale) {
    addIn_->setLocale(locale("en", "US"));
    for (const auto& function : functions) {
        EXPECT_EQ(utf8(addIn_->getDisplayFunctionName(ou(function.programmatic))),
                  function.english);
    }
}

TEST_F(WizardTexts, RussianDisplayNamesInARussianLocale) {
    useRussian();
    for (const auto& function : functions) {
        EXPECT_EQ(utf8(addIn_->getDisplayFunctionName(ou(function.programmatic))),
                  function.russian);
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
    for (const auto& function : functions) {
        EXPECT_EQ(utf8(addIn_->getProgrammaticFuntionName(ou(function.english))),
                  function.programmatic);
    }
    useRussian();
    for (const auto& function : functions) {
        EXPECT_EQ(utf8(addIn_->getProgrammaticFuntionName(ou(function.russian))),
                  function.programmatic);
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

TEST_F(WizardTexts, EveryFunctionIsFinancialInEveryLanguage) {
    for (const auto& function : functions) {
        EXPECT_EQ(utf8(addIn_->getProgrammaticCategoryName(ou(function.programmatic))),
                  "Financial");
        EXPECT_EQ(utf8(addIn_->getDisplayCategoryName(ou(function.programmatic))), "Financial");
    }
    useRussian();
    for (const auto& function : functions) {
        // Calc translates its own category names; the add-in gives the English one.
        EXPECT_EQ(utf8(addIn_->getDisplayCategoryName(ou(function.programmatic))), "Financial");
    }
}

TEST_F(WizardTexts, EnglishArgumentNamesOfTheContract) {
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
    EXPECT_EQ(names("share"), "shipments; turnover");
    EXPECT_EQ(names("wallet"), "turnover; category_share; margin; is_markup");
    EXPECT_EQ(names("loyaltyTier"), "share; thresholds; labels");
    EXPECT_EQ(names("tierName"), "tier; language");
    EXPECT_EQ(names("turnoverEstimate"), "drivers; rates; manager_figure; method");
    EXPECT_EQ(names("turnoverCheck"), "manager_figure; estimate; tolerance");
    EXPECT_EQ(names("rankShare"), "rank; suppliers");
}

TEST_F(WizardTexts, EveryArgumentOfTheInterfaceHasANameAndADescription) {
    for (const bool russian : {false, true}) {
        if (russian) {
            useRussian();
        }
        for (const auto& function : functions) {
            const rtl::OUString name = ou(function.programmatic);
            for (sal_Int32 index = 0; index < function.arguments; ++index) {
                EXPECT_FALSE(addIn_->getDisplayArgumentName(name, index).isEmpty())
                    << function.programmatic << " argument " << index;
                EXPECT_FALSE(addIn_->getArgumentDescription(name, index).isEmpty())
                    << function.programmatic << " argument " << index;
            }
        }
    }
}

TEST_F(WizardTexts, ArgumentsBeyondTheInterfaceHaveNoTexts) {
    for (const auto& function : functions) {
        const rtl::OUString name = ou(function.programmatic);
        for (const sal_Int32 index :
             {function.arguments, function.arguments + 1, sal_Int32{-1}, sal_Int32{1000000}}) {
            EXPECT_TRUE(addIn_->getDisplayArgumentName(name, index).isEmpty())
                << function.programmatic << " argument " << index;
            EXPECT_TRUE(addIn_->getArgumentDescription(name, index).isEmpty())
                << function.programmatic << " argument " << index;
        }
    }
}

TEST_F(WizardTexts, EnglishTextsAreTheCatalogsEnglishTexts) {
    for (const auto& function : functions) {
        const auto* expected = catalog::text(function.programmatic, Language::English);
        ASSERT_NE(expected, nullptr) << function.programmatic;
        const rtl::OUString name = ou(function.programmatic);
        EXPECT_EQ(utf8(addIn_->getFunctionDescription(name)), expected->description);
        ASSERT_EQ(expected->arguments.size(), static_cast<std::size_t>(function.arguments))
            << function.programmatic;
        for (sal_Int32 index = 0; index < function.arguments; ++index) {
            const auto& argument = expected->arguments[static_cast<std::size_t>(index)];
            EXPECT_EQ(utf8(addIn_->getDisplayArgumentName(name, index)), argument.name);
            EXPECT_EQ(utf8(addIn_->getArgumentDescription(name, index)), argument.description);
        }
    }
}

TEST_F(WizardTexts, RussianTextsAreTheCatalogsRussianTexts) {
    useRussian();
    for (const auto& function : functions) {
        const auto* expected = catalog::text(function.programmatic, Language::Russian);
        ASSERT_NE(expected, nullptr) << function.programmatic;
        const rtl::OUString name = ou(function.programmatic);
        EXPECT_EQ(utf8(addIn_->getFunctionDescription(name)), expected->description);
        for (sal_Int32 index = 0; index < function.arguments; ++index) {
            const auto& argument = expected->arguments[static_cast<std::size_t>(index)];
            EXPECT_EQ(utf8(addIn_->getDisplayArgumentName(name, index)), argument.name);
            EXPECT_EQ(utf8(addIn_->getArgumentDescription(name, index)), argument.description);
        }
    }
}

TEST_F(WizardTexts, RussianDescriptionsAreInRussian) {
    std::vector<std::string> english;
    english.reserve(functions.size());
    for (const auto& function : functions) {
        english.push_back(utf8(addIn_->getFunctionDescription(ou(function.programmatic))));
    }
    useRussian();
    auto englishDescription = english.begin();
    for (const auto& function : functions) {
        const rtl::OUString name = ou(function.programmatic);
        const rtl::OUString description = addIn_->getFunctionDescription(name);
        EXPECT_TRUE(hasCyrillic(description)) << utf8(description);
        EXPECT_NE(utf8(description), *englishDescription++);
        EXPECT_TRUE(hasCyrillic(addIn_->getArgumentDescription(name, 0))) << function.programmatic;
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
