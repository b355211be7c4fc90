// What the Function Wizard shows, read from the running office's
// com.sun.star.sheet.FunctionDescriptions and compared with the description and
// texts that the add-in answers from, in the office's interface language.
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
#include "walletshare/description.hpp"
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

TEST_F(FunctionWizard, ShowsTheTextsOfEveryDescribedFunctionOnceInItsCategory) {
    const auto language = catalogLanguage();
    for (const description::Function& function : description::functions) {
        SCOPED_TRACE(function.programmaticName);
        const auto* text = catalog::text(function.programmaticName, language);
        ASSERT_NE(text, nullptr);
        const std::string displayName(text->displayName);
        ASSERT_EQ(entries().count(displayName), 1U) << displayName;
        const auto& entry = entries().find(displayName)->second;

        const auto category = categoryConstant(function.category);
        ASSERT_TRUE(category.has_value())
            << function.category << " is not one of Calc's category names";
        EXPECT_EQ(entry.category, *category);
        EXPECT_EQ(entry.description, text->description);

        ASSERT_EQ(entry.arguments.size(), function.argumentCount());
        for (std::size_t index = 0; index < function.argumentCount(); ++index) {
            SCOPED_TRACE("argument " + std::to_string(index));
            EXPECT_EQ(entry.arguments[index].name, text->arguments[index].name);
            EXPECT_EQ(entry.arguments[index].description, text->arguments[index].description);
            EXPECT_EQ(entry.arguments[index].optional,
                      description::isOptional(function.arguments[index].kind));
        }
    }
}

} // namespace
} // namespace walletshare::calc_test
