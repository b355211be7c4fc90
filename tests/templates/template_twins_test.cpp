// Each plan template and its Russian twin, as the build wrote them (.ods and
// .xlsx): the same workbook, and the Russian one really Russian.
#include <algorithm>
#include <filesystem>
#include <map>
#include <regex>
#include <sstream>
#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

#include <gtest/gtest.h>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/document/XViewDataSupplier.hpp>

#include "../calc/calc_office.hpp"
#include "cell_name.hpp"
#include "formula_texts.hpp"
#include "translation_table.hpp"
#include "walletshare/office/spreadsheet.hpp"
#include "walletshare/texts/english.hpp"
#include "walletshare/texts/russian.hpp"
#include "walletshare/uno/text.hpp"
#include "workbook_cells.hpp"

namespace walletshare::template_test {

namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using templates::cellName;

const templates::TranslationTable& table() {
    static const auto read = templates::TranslationTable::read(WALLETSHARE_TRANSLATION_TABLE);
    return read;
}

std::vector<std::string> templateNames() {
    std::vector<std::string> names;
    std::istringstream list(WALLETSHARE_TEMPLATES);
    for (std::string name; std::getline(list, name, ',');) {
        names.push_back(name);
    }
    return names;
}

std::string at(const std::string& sheet, const CellPosition& cell) {
    return sheet + "." + cellName(cell.first, cell.second);
}

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(' ');
    if (first == std::string::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(' ') - first + 1);
}

bool isRussian(const css::lang::Locale& locale) {
    return locale.Language == "ru" && locale.Country == "RU";
}

template <std::size_t size>
bool isOneOf(const std::string& text, const std::array<std::string_view, size>& names) {
    return std::ranges::find(names, text) != names.end();
}

// A sheet's name where a formula refers to it: Drivers.F6, $Drivers.F6,
// 'Drivers'.F6.
std::string withSheetRenamed(const std::string& formula, const std::string& english,
                             const std::string& russian) {
    const std::regex reference(R"((^|[^A-Za-z0-9_.\x80-\xff'])(\$?)('?))" + english + R"(\3\.)");
    return std::regex_replace(formula, reference, "$1$2$3" + russian + "$3.");
}

// Each sheet's frozen columns and rows as Calc read them from the file (a
// workbook loaded without a window keeps its view data); sheets without any
// are left out. From .xlsx, a frozen split's count is its "...Twips".
std::map<std::string, std::pair<int, int>>
frozenPanes(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    std::map<std::string, std::pair<int, int>> frozen;
    const auto views =
        Reference<css::document::XViewDataSupplier>(document, UNO_QUERY_THROW)->getViewData();
    if (!views.is() || views->getCount() == 0) {
        return frozen;
    }
    const auto item = [](const css::uno::Sequence<css::beans::PropertyValue>& items,
                         const char* name) {
        for (const auto& property : items) {
            if (property.Name.equalsAscii(name)) {
                return property.Value;
            }
        }
        return css::uno::Any();
    };
    css::uno::Sequence<css::beans::PropertyValue> view;
    views->getByIndex(0) >>= view;
    Reference<css::container::XNameAccess> tables;
    item(view, "Tables") >>= tables;
    if (!tables.is()) {
        return frozen;
    }
    for (const auto& name : tables->getElementNames()) {
        css::uno::Sequence<css::beans::PropertyValue> sheet;
        tables->getByName(name) >>= sheet;
        const auto count = [&](const std::string& direction) {
            constexpr sal_Int16 frozenMode = 2;
            sal_Int16 mode = 0;
            item(sheet, (direction + "SplitMode").c_str()) >>= mode;
            sal_Int32 position = 0;
            if (mode == frozenMode &&
                !(item(sheet, (direction + "SplitPosition").c_str()) >>= position)) {
                item(sheet, (direction + "SplitPositionTwips").c_str()) >>= position;
            }
            return mode == frozenMode ? static_cast<int>(position) : 0;
        };
        const std::pair panes{count("Horizontal"), count("Vertical")};
        if (panes != std::pair{0, 0}) {
            frozen.emplace(uno::utf8Of(name), panes);
        }
    }
    return frozen;
}

// The Russian formula that the English one must have become: its texts
// translated, TIERNAME told "ru", the sheets renamed; nothing else.
std::string russianFormulaOf(const std::string& english,
                             const std::vector<std::pair<std::string, std::string>>& sheets) {
    const auto formula = templates::rewritten(
        english,
        [](const std::string& text) {
            return templates::needsTranslation(text) ? table().russianOf(text).value_or(text)
                                                     : text;
        },
        [&](const std::string& rest) {
            auto renamed = rest;
            for (const auto& [from, to] : sheets) {
                renamed = withSheetRenamed(renamed, from, to);
            }
            return renamed;
        });
    return templates::withTierNameLanguage(formula, "ru");
}

class TemplateTwins : public ::testing::TestWithParam<std::tuple<std::string, std::string>> {
protected:
    // Each workbook is opened once for all the tests that read it, read-only
    // (no lock file, and one that Calc has open elsewhere is read all the same).
    static void TearDownTestSuite() { opened().clear(); }

    void SetUp() override {
        const auto& [name, format] = GetParam();
        english_ = &workbook(name + "." + format);
        russian_ = &workbook(name + ".ru." + format);
    }

    [[nodiscard]] static bool isXlsx() { return std::get<1>(GetParam()) == "xlsx"; }
    [[nodiscard]] const Reference<css::sheet::XSpreadsheetDocument>& english() const {
        return english_->document();
    }
    [[nodiscard]] const Reference<css::sheet::XSpreadsheetDocument>& russian() const {
        return russian_->document();
    }
    [[nodiscard]] int sheetCount() const { return static_cast<int>(english_->sheetNames().size()); }
    [[nodiscard]] std::vector<std::string> englishSheets() const { return english_->sheetNames(); }
    [[nodiscard]] std::vector<std::string> russianSheets() const { return russian_->sheetNames(); }
    [[nodiscard]] std::vector<std::pair<std::string, std::string>> sheetPairs() const {
        std::vector<std::pair<std::string, std::string>> pairs;
        const auto englishNames = english_->sheetNames();
        const auto russianNames = russian_->sheetNames();
        for (std::size_t index = 0; index < englishNames.size() && index < russianNames.size();
             ++index) {
            pairs.emplace_back(englishNames[index], russianNames[index]);
        }
        return pairs;
    }

private:
    static std::map<std::string, office::Spreadsheet>& opened() {
        static std::map<std::string, office::Spreadsheet> workbooks;
        return workbooks;
    }

    static office::Spreadsheet& workbook(const std::string& file) {
        if (const auto open = opened().find(file); open != opened().end()) {
            return open->second;
        }
        const auto path = std::filesystem::path(WALLETSHARE_BUILT_TEMPLATES) / file;
        if (!std::filesystem::exists(path)) {
            throw std::runtime_error(path.string() + " is missing: build the templates");
        }
        return opened()
            .emplace(file,
                     office::Spreadsheet::open(calc_test::CalcOffice::instance().office().desktop(),
                                               path, office::DocumentTrust::Untrusted))
            .first->second;
    }

    office::Spreadsheet* english_ = nullptr;
    office::Spreadsheet* russian_ = nullptr;
};

// (a) The same workbook.

TEST_P(TemplateTwins, HaveTheSameSheetsInTheSameOrderUnderTheirRussianNames) {
    const auto englishNames = englishSheets();
    std::vector<std::string> expected;
    expected.reserve(englishNames.size());
    for (const auto& name : englishNames) {
        expected.push_back(table().russianOf(name).value_or(name + " (no line in the table)"));
    }
    EXPECT_EQ(russianSheets(), expected);
}

TEST_P(TemplateTwins, HaveTheSameFormulasCellByCell) {
    const auto sheets = sheetPairs();
    ASSERT_EQ(static_cast<int>(sheets.size()), sheetCount());
    int compared = 0;
    for (int index = 0; index < sheetCount(); ++index) {
        const auto& sheet = sheets[index].first;
        const auto englishFormulas = formulas(sheetAt(english(), index));
        const auto russianFormulas = formulas(sheetAt(russian(), index));
        EXPECT_EQ(russianFormulas.size(), englishFormulas.size()) << "formula cells on " << sheet;
        for (const auto& [cell, formula] : englishFormulas) {
            const auto russian = russianFormulas.find(cell);
            if (russian == russianFormulas.end()) {
                ADD_FAILURE() << at(sheet, cell) << " has no formula in Russian: " << formula;
                continue;
            }
            EXPECT_EQ(russian->second, russianFormulaOf(formula, sheets))
                << at(sheet, cell) << ", in English " << formula;
            ++compared;
        }
    }
    EXPECT_GT(compared, 100) << "the templates are mostly formulas";
}

TEST_P(TemplateTwins, HaveTheSameStylesAndKindsOfNumberFormatCellByCell) {
    for (int index = 0; index < sheetCount(); ++index) {
        const auto sheet = englishSheets()[index];
        const auto englishFormats = formats(english(), sheetAt(english(), index));
        const auto russianFormats = formats(russian(), sheetAt(russian(), index));
        ASSERT_EQ(russianFormats.size(), englishFormats.size()) << "used area of " << sheet;
        for (const auto& [cell, format] : englishFormats) {
            const auto& russian = russianFormats.at(cell);
            EXPECT_EQ(russian.style, format.style) << at(sheet, cell);
            EXPECT_EQ(russian.category, format.category) << at(sheet, cell);
        }
    }
}

TEST_P(TemplateTwins, KeepTheClientColumnInViewAsTheEnglishOnesDo) {
    const auto english = frozenPanes(this->english());
    ASSERT_FALSE(english.empty()) << "the English template freezes its client column";
    std::map<std::string, std::pair<int, int>> expected;
    for (const auto& [englishName, russianName] : sheetPairs()) {
        if (const auto panes = english.find(englishName); panes != english.end()) {
            expected.emplace(russianName, panes->second);
        }
    }
    EXPECT_EQ(frozenPanes(russian()), expected);
}

TEST_P(TemplateTwins, HaveTheSameChartsAndComments) {
    for (int index = 0; index < sheetCount(); ++index) {
        EXPECT_EQ(chartTitles(sheetAt(russian(), index)).size(),
                  chartTitles(sheetAt(english(), index)).size());
        EXPECT_EQ(comments(sheetAt(russian(), index)).size(),
                  comments(sheetAt(english(), index)).size());
    }
}

// (b) The Russian one really is Russian.

TEST_P(TemplateTwins, RussianOneIsInRussian) {
    const auto language =
        Reference<css::document::XDocumentPropertiesSupplier>(russian(), UNO_QUERY_THROW)
            ->getDocumentProperties()
            ->getLanguage();
    EXPECT_TRUE(isRussian(language))
        << uno::utf8Of(language.Language) << "-" << uno::utf8Of(language.Country);
    // .xlsx has no default language of the cells.
    if (!isXlsx()) {
        css::lang::Locale cells;
        Reference<css::beans::XPropertySet>(russian(), UNO_QUERY_THROW)
            ->getPropertyValue("CharLocale") >>= cells;
        EXPECT_TRUE(isRussian(cells))
            << uno::utf8Of(cells.Language) << "-" << uno::utf8Of(cells.Country);
    }
}

// Every text is a Russian line of the table, or one that needs none (no Latin
// letter) and reads as in English.
TEST_P(TemplateTwins, RussianOneHasNoEnglishTextLeft) {
    const auto asInEnglish = [](const std::map<CellPosition, std::string>& english,
                                const CellPosition& cell, const std::string& text) {
        const auto twin = english.find(cell);
        return !templates::needsTranslation(text) && twin != english.end() && twin->second == text;
    };
    int read = 0;
    for (int index = 0; index < sheetCount(); ++index) {
        const auto sheet = russianSheets()[index];
        const auto englishTexts = texts(sheetAt(english(), index));
        for (const auto& [cell, text] : texts(sheetAt(russian(), index))) {
            EXPECT_TRUE(table().isRussianLine(text) || asInEnglish(englishTexts, cell, text))
                << at(sheet, cell) << ": " << text;
            ++read;
        }
        const auto englishResults = formulaTexts(sheetAt(english(), index));
        for (const auto& [cell, text] : formulaTexts(sheetAt(russian(), index))) {
            EXPECT_TRUE(table().isRussianLine(text) ||
                        isOneOf(text, translation::russian::tierNames) ||
                        asInEnglish(englishResults, cell, text))
                << at(sheet, cell) << " shows " << text;
        }
        for (const auto& title : chartTitles(sheetAt(russian(), index))) {
            EXPECT_TRUE(title.empty() || table().isRussianLine(title)) << "chart title " << title;
        }
        for (const auto& comment : comments(sheetAt(russian(), index))) {
            EXPECT_TRUE(table().isRussianLine(comment)) << "comment " << comment;
        }
    }
    EXPECT_GT(read, 30) << "the templates explain themselves in text cells";
}

// Every cell's format is of locale ru-RU, and every text inside its code is
// a Russian line.
TEST_P(TemplateTwins, RussianOneHasRussianNumberFormats) {
    for (int index = 0; index < sheetCount(); ++index) {
        const auto sheet = russianSheets()[index];
        for (const auto& [cell, format] : formats(russian(), sheetAt(russian(), index))) {
            // Calc writes some General formats to .xlsx without a locale:
            // General then follows the reader's locale, as it should.
            const bool readersGeneral =
                isXlsx() && format.code == "General" && format.locale.Language.isEmpty();
            EXPECT_TRUE(isRussian(format.locale) || readersGeneral)
                << at(sheet, cell) << ": " << format.code << " of locale "
                << uno::utf8Of(format.locale.Language);
            for (const auto& text : formatTexts(format.code)) {
                EXPECT_TRUE(!templates::needsTranslation(text) ||
                            table().isRussianLine(trimmed(text)))
                    << at(sheet, cell) << ": " << format.code;
            }
        }
    }
}

TEST_P(TemplateTwins, TierNamesAreRussianInRussianAndEnglishInEnglish) {
    int tierNames = 0;
    for (int index = 0; index < sheetCount(); ++index) {
        const auto englishTexts = formulaTexts(sheetAt(english(), index));
        const auto russianTexts = formulaTexts(sheetAt(russian(), index));
        for (const auto& [cell, formula] : formulas(sheetAt(english(), index))) {
            if (!templates::callsTierName(formula)) {
                continue;
            }
            ++tierNames;
            const auto where = at(englishSheets()[index], cell);
            ASSERT_TRUE(russianTexts.contains(cell)) << where << " shows no tier name";
            EXPECT_TRUE(isOneOf(russianTexts.at(cell), translation::russian::tierNames))
                << where << " shows " << russianTexts.at(cell);
            ASSERT_TRUE(englishTexts.contains(cell)) << where << " shows no tier name";
            EXPECT_TRUE(isOneOf(englishTexts.at(cell), translation::english::tierNames))
                << where << " shows " << englishTexts.at(cell);
        }
    }
    if (std::get<0>(GetParam()) == "portfolio-plan") {
        EXPECT_GT(tierNames, 0) << "the portfolio plan names each client's tier";
    }
}

std::string nameOf(const ::testing::TestParamInfo<TemplateTwins::ParamType>& info) {
    auto name = std::get<0>(info.param) + "_" + std::get<1>(info.param);
    std::ranges::replace(name, '-', '_');
    return name;
}

INSTANTIATE_TEST_SUITE_P(BuiltTemplates, TemplateTwins,
                         ::testing::Combine(::testing::ValuesIn(templateNames()),
                                            ::testing::Values("ods", "xlsx")),
                         nameOf);

} // namespace

} // namespace walletshare::template_test
