// A workbook that uses every function, saved by Calc as .ods and as .xlsx in
// one interface language and reopened in the other: the saved file carries
// the last values (for a program without the add-in), the formulas come back
// intact, and they recalculate to the same values.
#include <cmath>
#include <filesystem>
#include <memory>
#include <regex>
#include <string>
#include <tuple>
#include <variant>
#include <vector>

#include <gtest/gtest.h>

#include "walletshare/office/package_file.hpp"
#include "walletshare/office/private_office.hpp"
#include "walletshare/office/spreadsheet.hpp"
#include "walletshare/reference/examples.hpp"

namespace walletshare::calc_test {
namespace {

using css::uno::Reference;

// What makes a file special: ranges, inline arrays, left-out arguments, a text
// result, an error result; then every example of the contract that reads no
// cells, so that every described function is in the file.
const std::vector<std::string>& formulas() {
    static const std::vector<std::string> all = [] {
        std::vector<std::string> typed{
            "=SHARE(B1:B3;60000000)",
            "=WALLET(5000000;0.08;0.25;TRUE())",
            "=LOYALTYTIER(0.3-0.2)",
            R"(=LOYALTYTIER(0.03;{0.02;0.1};{"C";"B";"A"}))",
            R"(=TIERNAME(3;"ru"))",
            R"(=TIERNAME(1;"en"))",
            "=TURNOVER_ESTIMATE({6;400;35};{900000;12000;150000};;1)",
            "=TURNOVER_CHECK(2000000;5250000)",
            "=TARGET_SHIPMENT(5000000;0.05;30000;12;6;;1)",
            "=RANKSHARE(3;10)",
            "=SHARE(30000;0)",
            "=LOYALTYTIER(1.2)",
        };
        for (const reference::Example& example : reference::examples()) {
            if (example.cells == reference::ExampleCells::None) {
                typed.emplace_back(example.formula);
            }
        }
        return typed;
    }();
    return all;
}

std::string cellOf(std::size_t row) {
    return "A" + std::to_string(row + 1);
}

// .xlsx keeps a cached number to 15 significant digits.
::testing::AssertionResult sameCachedValue(const office::CellValue& cached,
                                           const office::CellValue& computed) {
    const auto* cachedNumber = std::get_if<double>(&cached);
    const auto* computedNumber = std::get_if<double>(&computed);
    if (cachedNumber != nullptr && computedNumber != nullptr &&
        std::abs(*cachedNumber - *computedNumber) <= 1e-14 * std::abs(*computedNumber)) {
        return ::testing::AssertionSuccess();
    }
    if (cached == computed) {
        return ::testing::AssertionSuccess();
    }
    return ::testing::AssertionFailure() << "the file carries " << office::describe(cached)
                                         << ", Calc computed " << office::describe(computed);
}

// The cached result of every formula cell of an .ods file, in document order:
// a number, a text, or an error (Calc writes no code for an error).
std::vector<office::CellValue>
cachedOdsValues(const Reference<css::uno::XComponentContext>& context,
                const std::filesystem::path& file) {
    const std::string content = office::packageMember(context, file, "content.xml");
    static const std::regex formulaCell(R"(<table:table-cell table:formula="[^"]*"([^>]*)>)");
    static const std::regex number(R"re(office:value="([^"]*)")re");
    static const std::regex text(R"re(office:string-value="([^"]*)")re");
    std::vector<office::CellValue> values;
    for (auto cell = std::sregex_iterator(content.begin(), content.end(), formulaCell);
         cell != std::sregex_iterator(); ++cell) {
        const std::string attributes = (*cell)[1].str();
        std::smatch found;
        if (attributes.find(R"(calcext:value-type="error")") != std::string::npos) {
            values.emplace_back(office::CalcError{0});
        } else if (std::regex_search(attributes, found, number)) {
            values.emplace_back(std::stod(found[1].str()));
        } else if (std::regex_search(attributes, found, text)) {
            values.emplace_back(found[1].str());
        } else {
            values.emplace_back(office::EmptyCell{});
        }
    }
    return values;
}

// One office per interface language, for the whole suite.
struct Offices {
    std::unique_ptr<office::PrivateOffice> english;
    std::unique_ptr<office::PrivateOffice> russian;
    // A colleague's Calc without Walletshare, which shows what the file carries.
    std::unique_ptr<office::PrivateOffice> withoutAddIn;
};

std::unique_ptr<Offices>& suiteOffices() {
    static std::unique_ptr<Offices> offices;
    return offices;
}

std::unique_ptr<office::PrivateOffice> startOffice(const std::string& language,
                                                   const std::filesystem::path& extension) {
    office::OfficeOptions options;
    options.extension = extension;
    options.name = "round-trip-" + language + (extension.empty() ? "-without-add-in" : "");
    options.interfaceLanguage = language;
    return std::make_unique<office::PrivateOffice>(options);
}

class RoundTrip : public ::testing::TestWithParam<std::tuple<std::string, std::string>> {
protected:
    static void SetUpTestSuite() {
        auto& offices = suiteOffices();
        offices = std::make_unique<Offices>();
        offices->english = startOffice("en-US", WALLETSHARE_OXT);
        offices->russian = startOffice("ru-RU", WALLETSHARE_OXT);
        offices->withoutAddIn = startOffice("en-US", {});
    }
    static void TearDownTestSuite() { suiteOffices().reset(); }

    static std::vector<office::CellValue> shownWithoutAddIn(const std::filesystem::path& file) {
        const auto seen = office::Spreadsheet::open(suiteOffices()->withoutAddIn->desktop(), file);
        std::vector<office::CellValue> values;
        for (std::size_t row = 0; row < formulas().size(); ++row) {
            values.push_back(seen.value(cellOf(row)));
        }
        return values;
    }

    static office::PrivateOffice& officeIn(const std::string& language) {
        return language == "en-US" ? *suiteOffices()->english : *suiteOffices()->russian;
    }
};

TEST_P(RoundTrip, KeepsFormulasAndValues) {
    const std::string extension = std::get<0>(GetParam());
    const std::string savedIn = std::get<1>(GetParam());
    const std::string reopenedIn = savedIn == "en-US" ? "ru-RU" : "en-US";
    const auto file = officeIn(savedIn).profile().documents() / ("every-function" + extension);

    std::vector<std::string> typed;
    std::vector<office::CellValue> computed;
    {
        auto sheet = office::Spreadsheet::create(officeIn(savedIn).desktop());
        sheet.setNumber("B1", 1000000);
        sheet.setNumber("B2", 2000000);
        sheet.setNumber("B3", 3000000);
        for (std::size_t row = 0; row < formulas().size(); ++row) {
            sheet.setFormula(cellOf(row), formulas().at(row));
        }
        sheet.calculateAll();
        for (std::size_t row = 0; row < formulas().size(); ++row) {
            typed.push_back(sheet.formula(cellOf(row)));
            computed.push_back(sheet.value(cellOf(row)));
        }
        sheet.store(file);
    }

    // What a program without Walletshare reads: Calc 7.4 without the add-in
    // shows an .xlsx file's cached values but treats every unknown function
    // of an .ods file as #NAME?, so there the file's own content is read.
    const std::vector<office::CellValue> carried =
        extension == ".ods" ? cachedOdsValues(suiteOffices()->withoutAddIn->context(), file)
                            : shownWithoutAddIn(file);
    ASSERT_EQ(carried.size(), formulas().size());
    for (std::size_t row = 0; row < formulas().size(); ++row) {
        if (!std::holds_alternative<office::CalcError>(computed.at(row))) {
            EXPECT_TRUE(sameCachedValue(carried.at(row), computed.at(row))) << formulas().at(row);
        }
    }

    auto copy = office::Spreadsheet::open(officeIn(reopenedIn).desktop(), file);
    for (std::size_t row = 0; row < formulas().size(); ++row) {
        EXPECT_EQ(copy.formula(cellOf(row)), typed.at(row)) << formulas().at(row);
        // Loaded, not recalculated: what the file itself carries.
        if (!std::holds_alternative<office::CalcError>(computed.at(row))) {
            EXPECT_TRUE(sameCachedValue(copy.value(cellOf(row)), computed.at(row)))
                << formulas().at(row);
        }
    }
    copy.calculateAll();
    for (std::size_t row = 0; row < formulas().size(); ++row) {
        EXPECT_EQ(copy.value(cellOf(row)), computed.at(row))
            << "recalculated " << formulas().at(row);
    }
}

INSTANTIATE_TEST_SUITE_P(FormatsAndLanguages, RoundTrip,
                         ::testing::Combine(::testing::Values(".ods", ".xlsx"),
                                            ::testing::Values("en-US", "ru-RU")),
                         [](const auto& info) {
                             const std::string extension = std::get<0>(info.param);
                             const std::string language = std::get<1>(info.param);
                             return std::string(extension == ".ods" ? "Ods" : "Xlsx") + "SavedIn" +
                                    (language == "en-US" ? "English" : "Russian");
                         });

} // namespace
} // namespace walletshare::calc_test
