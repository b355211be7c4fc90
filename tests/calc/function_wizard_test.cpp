// What the Function Wizard shows, read from the running office's
// com.sun.star.sheet.FunctionDescriptions and compared with the catalog that
// the add-in answers from, in the office's interface language.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/sheet/FunctionArgument.hpp>
#include <com/sun/star/sheet/FunctionCategory.hpp>

#include "calc_office.hpp"
#include "walletshare/catalog.hpp"
#include "walletshare/uno/text.hpp"

namespace walletshare::calc_test {
namespace {

namespace FunctionCategory = css::sheet::FunctionCategory;

struct WizardArgument {
    std::string name;
    std::string description;
    bool optional = false;
};

struct WizardEntry {
    sal_Int32 category = 0;
    std::string description;
    std::vector<WizardArgument> arguments;
};

// Every entry of the Function Wizard under its display name; a name listed
// twice (an add-in function hidden by another) is kept twice.
std::multimap<std::string, WizardEntry>
wizardEntries(const css::uno::Reference<css::uno::XComponentContext>& context) {
    const css::uno::Reference<css::container::XIndexAccess> descriptions(
        context->getServiceManager()->createInstanceWithContext(
            "com.sun.star.sheet.FunctionDescriptions", context),
        css::uno::UNO_QUERY_THROW);
    std::multimap<std::string, WizardEntry> entries;
    for (sal_Int32 index = 0; index < descriptions->getCount(); ++index) {
        css::uno::Sequence<css::beans::PropertyValue> properties;
        descriptions->getByIndex(index) >>= properties;
        rtl::OUString name;
        rtl::OUString description;
        css::uno::Sequence<css::sheet::FunctionArgument> arguments;
        WizardEntry entry;
        for (const auto& property : properties) {
            if (property.Name == "Name") {
                property.Value >>= name;
            } else if (property.Name == "Category") {
                property.Value >>= entry.category;
            } else if (property.Name == "Description") {
                property.Value >>= description;
            } else if (property.Name == "Arguments") {
                property.Value >>= arguments;
            }
        }
        entry.description = uno::utf8Of(description);
        for (const auto& argument : arguments) {
            entry.arguments.push_back({uno::utf8Of(argument.Name),
                                       uno::utf8Of(argument.Description),
                                       argument.IsOptional != 0});
        }
        entries.emplace(uno::utf8Of(name), std::move(entry));
    }
    return entries;
}

// Calc's English category names (ScUnoAddInCollection's lcl_GetCategory) and
// the FunctionCategory constants the wizard reports for them; any other name
// lands in Add-In.
std::optional<sal_Int32> categoryConstant(std::string_view calcName) {
    static const std::map<std::string_view, sal_Int32> categories{
        {"Database", FunctionCategory::DATABASE},
        {"Date&Time", FunctionCategory::DATETIME},
        {"Financial", FunctionCategory::FINANCIAL},
        {"Information", FunctionCategory::INFORMATION},
        {"Logical", FunctionCategory::LOGICAL},
        {"Mathematical", FunctionCategory::MATHEMATICAL},
        {"Matrix", FunctionCategory::MATRIX},
        {"Statistical", FunctionCategory::STATISTICAL},
        {"Spreadsheet", FunctionCategory::SPREADSHEET},
        {"Text", FunctionCategory::TEXT},
        {"Add-In", FunctionCategory::ADDIN},
    };
    const auto found = categories.find(calcName);
    return found == categories.end() ? std::nullopt : std::optional{found->second};
}

Language catalogLanguage() {
    return CalcOffice::instance().interfaceLanguage().starts_with("ru") ? Language::Russian
                                                                        : Language::English;
}

// The display names of the contract (shared/SPEC.md), which users type.
std::vector<std::string> contractDisplayNames() {
    if (catalogLanguage() == Language::Russian) {
        return {"ДОЛЯ",           "ЁМКОСТЬ",          "УРОВЕНЬ.ЛОЯЛЬНОСТИ", "ИМЯ.УРОВНЯ",
                "ОЦЕНКА.ОБОРОТА", "ПРОВЕРКА.ОБОРОТА", "ЦЕЛЕВАЯ.ОТГРУЗКА",   "ДОЛЯ.ПО.РАНГУ"};
    }
    return {"SHARE",          "WALLET",          "LOYALTYTIER", "TIERNAME", "TURNOVER_ESTIMATE",
            "TURNOVER_CHECK", "TARGET_SHIPMENT", "RANKSHARE"};
}

class FunctionWizard : public CalcTest {
protected:
    void SetUp() override {
        CalcTest::SetUp();
        if (HasFatalFailure()) {
            return;
        }
        entries_ = wizardEntries(office().context());
    }

    [[nodiscard]] const std::multimap<std::string, WizardEntry>& entries() const {
        return entries_;
    }

private:
    std::multimap<std::string, WizardEntry> entries_;
};

TEST_F(FunctionWizard, ListsEachContractNameOnceInTheFinancialCategory) {
    for (const auto& name : contractDisplayNames()) {
        SCOPED_TRACE(name);
        ASSERT_EQ(entries().count(name), 1U);
        EXPECT_EQ(entries().find(name)->second.category, FunctionCategory::FINANCIAL);
    }
}

TEST_F(FunctionWizard, ShowsTheCatalogTextsOfEveryFunction) {
    const auto language = catalogLanguage();
    ASSERT_EQ(catalog::functions().size(), contractDisplayNames().size());
    for (const auto& info : catalog::functions()) {
        SCOPED_TRACE(info.programmaticName);
        const auto* text = catalog::text(info.programmaticName, language);
        ASSERT_NE(text, nullptr);
        const std::string displayName(text->displayName);
        ASSERT_EQ(entries().count(displayName), 1U) << displayName;
        const auto& entry = entries().find(displayName)->second;

        const auto category = categoryConstant(info.category);
        ASSERT_TRUE(category.has_value())
            << info.category << " is not one of Calc's category names";
        EXPECT_EQ(entry.category, *category);
        EXPECT_EQ(entry.description, text->description);

        ASSERT_EQ(entry.arguments.size(), info.argumentCount);
        ASSERT_EQ(text->arguments.size(), info.argumentCount);
        for (std::size_t index = 0; index < info.argumentCount; ++index) {
            SCOPED_TRACE("argument " + std::to_string(index));
            EXPECT_EQ(entry.arguments[index].name, text->arguments[index].name);
            EXPECT_EQ(entry.arguments[index].description, text->arguments[index].description);
            EXPECT_EQ(entry.arguments[index].optional, index >= info.requiredCount);
        }
    }
}

} // namespace
} // namespace walletshare::calc_test
