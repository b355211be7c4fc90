#include "recalc_fixture.hpp"

#include "hostile_workbooks.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <memory>
#include <optional>
#include <stdexcept>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/FormulaResult.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/table/CellContentType.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/XText.hpp>

#include "odf_cells.hpp"
#include "walletshare/office/temporary_directory.hpp"
#include "walletshare/office/zip_archive.hpp"
#include "walletshare/uno/text.hpp"
#include "workbook_text.hpp"

namespace walletshare::recalc_test {

namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

struct Suite {
    office::TemporaryDirectory root{std::filesystem::temp_directory_path(),
                                    "walletshare-recalc-tests-"};
    std::unique_ptr<office::PrivateOffice> withWalletshare;
    std::unique_ptr<office::PrivateOffice> withoutWalletshare;
    std::filesystem::path portfolio;
    // Workbooks the office wrote before they were made stale.
    std::filesystem::path generated;
    int directories = 0;
};

std::unique_ptr<Suite>& suite() {
    static std::unique_ptr<Suite> state;
    return state;
}

// Why SetUpTestSuite failed, for every test to report.
std::string& setUpFailure() {
    static std::string failure;
    return failure;
}

std::unique_ptr<office::PrivateOffice> startOffice(const std::string& name,
                                                   const std::filesystem::path& extension) {
    office::OfficeOptions options;
    options.extension = extension;
    options.name = name;
    return std::make_unique<office::PrivateOffice>(options);
}

std::optional<double> numberIn(std::string_view text) {
    double number = 0;
    const auto* end = text.data() + text.size();
    const auto [stop, error] = std::from_chars(text.data(), end, number);
    if (error != std::errc() || stop != end) {
        return std::nullopt;
    }
    return number;
}

bool matches(const office::CellValue& actual, const office::CellValue& expected) {
    const auto* number = std::get_if<double>(&expected);
    const auto* got = std::get_if<double>(&actual);
    if (number != nullptr && got != nullptr) {
        // .xlsx keeps 15 significant digits.
        return std::abs(*got - *number) <= 1e-12 * std::abs(*number);
    }
    return actual == expected;
}

office::CellValue valueIn(const office::Spreadsheet& workbook, std::string_view sheet,
                          std::string_view cell) {
    return office::valueIn(cellIn(workbook.document(), sheet, cell));
}

::testing::AssertionResult compare(const std::filesystem::path& workbook,
                                   const std::vector<ExpectedCell>& expected,
                                   office::PrivateOffice& xlsxReader) {
    try {
        const auto actual = RecalcTool::storedValues(workbook, expected, xlsxReader);
        std::string wrong;
        for (std::size_t index = 0; index < expected.size(); ++index) {
            const auto& [sheet, cell, value] = expected[index];
            if (!matches(actual[index], value)) {
                wrong.append("\n  ")
                    .append(sheet)
                    .append(".")
                    .append(cell)
                    .append(" holds ")
                    .append(office::describe(actual[index]))
                    .append(", expected ")
                    .append(office::describe(value));
            }
        }
        if (!wrong.empty()) {
            return ::testing::AssertionFailure() << workbook << ":" << wrong;
        }
        return ::testing::AssertionSuccess();
    } catch (const css::uno::Exception& error) {
        return ::testing::AssertionFailure()
               << "cannot read " << workbook << ": " << uno::utf8Of(error.Message);
    } catch (const std::exception& error) {
        return ::testing::AssertionFailure() << "cannot read " << workbook << ": " << error.what();
    }
}

std::string uniqueName(std::string_view stem, std::string_view extension) {
    return std::string(stem) + "-" + std::to_string(++suite()->directories) +
           std::string(extension);
}

} // namespace

const std::vector<SheetCell>& clientWorkbook() {
    static const std::vector<SheetCell> cells{
        {"Clients", "A1", "Client"},
        {"Clients", "B1", "Shipments"},
        {"Clients", "C1", "Turnover"},
        {"Clients", "D1", "Share"},
        {"Clients", "E1", "Tier"},
        {"Clients", "F1", "Tier name"},
        {"Clients", "A2", "Client A"},
        {"Clients", "B2", "30000"},
        {"Clients", "C2", "5000000"},
        {"Clients", "D2", "=SHARE(B2;C2)"},
        {"Clients", "E2", "=LOYALTYTIER(D2)"},
        {"Clients", "F2", R"(=TIERNAME(E2;"en"))"},
        {"Clients", "A3", "Client B"},
        {"Clients", "B3", "90000"},
        {"Clients", "C3", "1800000"},
        {"Clients", "D3", "=SHARE(B3;C3)"},
        {"Clients", "E3", "=LOYALTYTIER(D3)"},
        {"Clients", "F3", R"(=TIERNAME(E3;"en"))"},
        {"Plan", "A1", "Shipments for 5%"},
        {"Plan", "B1", "=TARGET_SHIPMENT(5000000;0.05)"},
        {"Plan", "A2", "Share today"},
        {"Plan", "B2", "=SHARE(30000;5000000)"},
    };
    return cells;
}

const std::vector<ExpectedCell>& clientResults() {
    static const std::vector<ExpectedCell> results{
        {"Clients", "D2", 0.006},
        {"Clients", "E2", 0.0},
        {"Clients", "F2", std::string("Indifference")},
        {"Clients", "D3", 0.05},
        {"Clients", "E3", 2.0},
        {"Clients", "F3", std::string("Target zone")},
        {"Plan", "B1", 250000.0},
        {"Plan", "B2", 0.006},
    };
    return results;
}

const std::vector<SheetCell>& oneSheetWorkbook() {
    static const std::vector<SheetCell> cells{
        {"Clients", "A1", "Share"},
        {"Clients", "B1", "=SHARE(30000;5000000)"},
    };
    return cells;
}

const std::vector<ExpectedCell>& oneSheetResults() {
    static const std::vector<ExpectedCell> results{{"Clients", "B1", 0.006}};
    return results;
}

void RecalcTool::SetUpTestSuite() {
    setUpFailure().clear();
    try {
        auto& state = suite();
        state = std::make_unique<Suite>();
        const auto& root = state->root.path();
        state->withWalletshare = startOffice("recalc-tests-with-walletshare", WALLETSHARE_OXT);
        state->withoutWalletshare = startOffice("recalc-tests-without-walletshare", {});
        state->generated = root / "generated";
        state->portfolio = root / "portfolio";
        std::filesystem::create_directories(state->generated);
        std::filesystem::create_directories(state->portfolio / "regions" / "north");

        storeStale(createWorkbook(clientWorkbook()), clients(".xlsx"));
        convert(clients(".xlsx"), clients(".ods"));
        convert(clients(".xlsx"), clients(".fods"));
        storeStale(createWorkbook(oneSheetWorkbook()), oneSheet());
        writeFile(state->portfolio / "notes.txt", "Call Client A's buyer on Monday.\n");

        // Without this the tests could pass with a tool that only copies.
        for (const auto& extension : {".fods", ".ods", ".xlsx"}) {
            if (const auto stale = showsStale(clients(extension), clientResults()); !stale) {
                throw std::runtime_error(stale.message());
            }
        }
        if (const auto stale = showsStale(oneSheet(), oneSheetResults()); !stale) {
            throw std::runtime_error(stale.message());
        }
    } catch (const std::exception& error) {
        setUpFailure() = error.what();
    } catch (const css::uno::Exception& error) {
        setUpFailure() = uno::utf8Of(error.Message);
    }
}

void RecalcTool::TearDownTestSuite() {
    suite().reset();
}

void RecalcTool::SetUp() {
    ASSERT_TRUE(setUpFailure().empty()) << "the suite could not be set up: " << setUpFailure();
    ASSERT_TRUE(office().alive()) << "the office with Walletshare has died";
    ASSERT_TRUE(officeWithoutWalletshare().alive()) << "the office without Walletshare has died";
}

const std::filesystem::path& RecalcTool::portfolio() {
    return suite()->portfolio;
}

std::filesystem::path RecalcTool::clients(std::string_view extension) {
    return portfolio() / ("clients" + std::string(extension));
}

std::filesystem::path RecalcTool::oneSheet() {
    return portfolio() / "regions" / "north" / "single.fods";
}

std::filesystem::path RecalcTool::freshDirectory(std::string_view name) {
    const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
    auto directory =
        suite()->root.path() /
        uniqueName(std::string(test != nullptr ? test->name() : "suite").append("-").append(name),
                   "");
    std::filesystem::create_directories(directory);
    return directory;
}

office::PrivateOffice& RecalcTool::office() {
    return *suite()->withWalletshare;
}

office::PrivateOffice& RecalcTool::officeWithoutWalletshare() {
    return *suite()->withoutWalletshare;
}

office::Spreadsheet RecalcTool::createWorkbook(const std::vector<SheetCell>& cells) {
    auto workbook = office::Spreadsheet::create(office().desktop());
    const auto& document = workbook.document();
    const Reference<css::sheet::XSpreadsheets> sheets = document->getSheets();
    std::vector<std::string> names;
    for (const auto& cell : cells) {
        if (std::find(names.begin(), names.end(), cell.sheet) == names.end()) {
            names.push_back(cell.sheet);
        }
    }
    const Reference<css::container::XIndexAccess> byIndex(sheets, UNO_QUERY_THROW);
    Reference<css::container::XNamed>(byIndex->getByIndex(0), UNO_QUERY_THROW)
        ->setName(uno::ouStringOf(names.front()));
    for (std::size_t index = 1; index < names.size(); ++index) {
        sheets->insertNewByName(uno::ouStringOf(names[index]), static_cast<sal_Int16>(index));
    }
    for (const auto& [sheet, cell, content] : cells) {
        const auto target = cellIn(document, sheet, cell);
        if (content.starts_with("=")) {
            target->setFormula(uno::ouStringOf(content));
        } else if (const auto number = numberIn(content)) {
            target->setValue(*number);
        } else {
            Reference<css::text::XText>(target, UNO_QUERY_THROW)
                ->setString(uno::ouStringOf(content));
        }
    }
    return workbook;
}

void RecalcTool::storeStale(const office::Spreadsheet& workbook,
                            const std::filesystem::path& target) {
    const auto stem = target.stem().string();
    const auto written = suite()->generated / uniqueName(stem, ".xlsx");
    workbook.store(written);
    auto members = office::packageMembers(office().context(), written);
    for (auto& [name, bytes] : members) {
        if (name.starts_with("xl/worksheets/sheet")) {
            bytes = withStaleResults(bytes);
        }
    }
    if (target.extension() == ".xlsx") {
        office::writeZip(target, members);
        return;
    }
    const auto stale = suite()->generated / uniqueName(stem + "-stale", ".xlsx");
    office::writeZip(stale, members);
    convert(stale, target);
}

void RecalcTool::convert(const std::filesystem::path& from, const std::filesystem::path& to) {
    const auto workbook = office::Spreadsheet::open(office().desktop(), from);
    workbook.store(to);
}

void RecalcTool::storeMacroWorkbook(const std::filesystem::path& inputs, const std::string& stem,
                                    const std::filesystem::path& markers,
                                    const std::function<void(const office::Spreadsheet&)>& bind) {
    const auto files = macroWorkbooks(inputs, stem);
    {
        auto workbook = createWorkbook({{"Sheet1", "A1", "=SHARE(30000;5000000)"}});
        addMarkerMacros(workbook, markers);
        // Typed once the function exists, so that it is stored as a call.
        workbook.setFormula("B1", "=WALLETMARK()");
        bind(workbook);
        workbook.store(files.front());
    }
    convert(files.front(), files.back());
    clearMarkers(markers);
}

std::vector<std::filesystem::path> RecalcTool::macroWorkbooks(const std::filesystem::path& inputs,
                                                              const std::string& stem) {
    return {inputs / (stem + ".fods"), inputs / (stem + ".ods")};
}

std::filesystem::path RecalcTool::recalcWithoutMacros(const std::filesystem::path& inputs,
                                                      const std::string& stem,
                                                      const std::filesystem::path& markers,
                                                      const std::vector<std::string>& options) {
    auto out = freshDirectory("out");
    auto arguments = options;
    arguments.insert(arguments.end(), {"--output", out.string()});
    for (const auto& workbook : macroWorkbooks(inputs, stem)) {
        arguments.push_back(workbook.string());
    }
    const auto run = recalc(arguments);
    EXPECT_EQ(run.exitCode, 0) << run.describe();
    EXPECT_EQ(markersIn(markers), std::vector<std::filesystem::path>{})
        << "a macro of the workbook ran under walletshare-recalc";
    for (const auto& workbook : macroWorkbooks(inputs, stem)) {
        EXPECT_TRUE(shows(out / workbook.filename(), {{"Sheet1", "A1", 0.006}}));
    }
    return out;
}

std::vector<office::CellValue> RecalcTool::storedValues(const std::filesystem::path& workbook,
                                                        const std::vector<ExpectedCell>& cells,
                                                        office::PrivateOffice& xlsxReader) {
    if (!std::filesystem::is_regular_file(workbook)) {
        throw std::runtime_error("no file " + workbook.string());
    }
    std::vector<office::CellValue> values;
    if (workbook.extension() == ".xlsx") {
        const auto opened = office::Spreadsheet::open(xlsxReader.desktop(), workbook);
        for (const auto& [sheet, cell, expected] : cells) {
            values.push_back(valueIn(opened, sheet, cell));
        }
        return values;
    }
    const auto stored =
        storedCells(workbook.extension() == ".ods"
                        ? office::packageMember(office().context(), workbook, "content.xml")
                        : contentOf(workbook));
    values.reserve(cells.size());
    for (const auto& [sheet, cell, expected] : cells) {
        const auto found = stored.find(std::string(sheet).append(".").append(cell));
        values.push_back(found == stored.end() ? office::CellValue(office::EmptyCell{})
                                               : found->second);
    }
    return values;
}

::testing::AssertionResult RecalcTool::shows(const std::filesystem::path& workbook,
                                             const std::vector<ExpectedCell>& expected) {
    return compare(workbook, expected, officeWithoutWalletshare());
}

::testing::AssertionResult RecalcTool::showsStale(const std::filesystem::path& workbook,
                                                  const std::vector<ExpectedCell>& cells) {
    std::vector<ExpectedCell> stale;
    stale.reserve(cells.size());
    for (const auto& [sheet, cell, value] : cells) {
        stale.push_back({sheet, cell, staleResult});
    }
    auto result = compare(workbook, stale, office());
    if (!result) {
        result << "\n(an input must carry the stale result " << staleResult
               << " in every Walletshare formula cell, or the test cannot tell a recalculated "
                  "output from a copy)";
    }
    return result;
}

ToolRun RecalcTool::recalc(const std::vector<std::string>& arguments) {
    const auto scratch = freshDirectory("run");
    ToolProcess tool(arguments, scratch);
    auto run = tool.finish(std::chrono::seconds(600));
    const auto left = processesLeftBehind(tool.temp(), std::chrono::seconds(10));
    EXPECT_TRUE(left.empty()) << "walletshare-recalc left processes running:\n"
                              << ::testing::PrintToString(left);
    return run;
}

std::vector<std::filesystem::path> RecalcTool::filesIn(const std::filesystem::path& folder) {
    std::vector<std::filesystem::path> files;
    if (!std::filesystem::exists(folder)) {
        return files;
    }
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
        if (!entry.is_directory()) {
            files.push_back(entry.path().lexically_relative(folder));
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

void RecalcTool::writeShareRows(const std::filesystem::path& file, int rows) {
    const auto model = suite()->generated / uniqueName("share-rows-model", ".xlsx");
    createWorkbook(
        {{"Sheet1", "A1", "1"}, {"Sheet1", "B1", "1000"}, {"Sheet1", "C1", "=SHARE(A1;B1)"}})
        .store(model);
    auto members = office::packageMembers(office().context(), model);
    for (auto& [name, bytes] : members) {
        if (name == "xl/worksheets/sheet1.xml") {
            bytes = withShareRows(bytes, rows);
        }
    }
    office::writeZip(file, members);
}

const std::filesystem::path& RecalcTool::heavyWorkbook() {
    static const std::filesystem::path heavy = [] {
        auto file = suite()->generated / "heavy-workbook.xlsx";
        writeShareRows(file, heavyRows);
        // A tool that did not recalculate would pass if the file already
        // held the right results, as the office with Walletshare shows them.
        if (compare(file, heavyResults(), office())) {
            throw std::runtime_error(file.string() + " already stores its results");
        }
        return file;
    }();
    return heavy;
}

const std::vector<ExpectedCell>& RecalcTool::heavyResults() {
    static const std::vector<ExpectedCell> results{
        {"Sheet1", "C1", 0.001},
        {"Sheet1", "C" + std::to_string(heavyRows / 2), heavyRows / 2.0 / 1000.0},
        {"Sheet1", "C" + std::to_string(heavyRows), heavyRows / 1000.0},
    };
    return results;
}

Reference<css::table::XCell> cellIn(const Reference<css::sheet::XSpreadsheetDocument>& document,
                                    std::string_view sheet, std::string_view cell) {
    const Reference<css::table::XCellRange> range(
        document->getSheets()->getByName(uno::ouStringOf(sheet)), UNO_QUERY_THROW);
    return range->getCellRangeByName(uno::ouStringOf(cell))->getCellByPosition(0, 0);
}

bool samePath(const std::filesystem::path& reported, const std::filesystem::path& expected) {
    std::error_code error;
    const auto left = std::filesystem::weakly_canonical(reported, error);
    const auto right = std::filesystem::weakly_canonical(expected, error);
    return left == right;
}

std::vector<std::string> messagesAbout(const ToolRun& run, const std::filesystem::path& input) {
    constexpr std::string_view prefix = "walletshare-recalc: ";
    std::vector<std::string> messages;
    for (const auto& line : run.errorLines()) {
        if (!line.starts_with(prefix)) {
            continue;
        }
        const std::string rest = line.substr(prefix.size());
        // The path ends at the first ": " after which the rest names the input.
        for (auto separator = rest.find(": "); separator != std::string::npos;
             separator = rest.find(": ", separator + 1)) {
            if (samePath(rest.substr(0, separator), input)) {
                messages.push_back(rest.substr(separator + 2));
                break;
            }
        }
    }
    return messages;
}

void expectReportedAsFailed(const ToolRun& run, const nlohmann::json& report,
                            const std::filesystem::path& input) {
    const auto messages = messagesAbout(run, input);
    ASSERT_EQ(messages.size(), 1U) << "one stderr line must name " << input << "\n"
                                   << run.describe();
    EXPECT_FALSE(messages.front().empty()) << "no reason given for " << input;
    const auto* entry = reportEntry(report, input);
    ASSERT_NE(entry, nullptr) << input << " is not in the report:\n" << report.dump(2);
    EXPECT_EQ(entry->value("status", ""), "failed") << entry->dump(2);
    EXPECT_FALSE(entry->value("reason", "").empty()) << entry->dump(2);
    EXPECT_TRUE(entry->value("outputs", nlohmann::json::array()).empty()) << entry->dump(2);
}

nlohmann::json readReport(const std::filesystem::path& file) {
    return nlohmann::json::parse(contentOf(file));
}

const nlohmann::json* reportEntry(const nlohmann::json& report,
                                  const std::filesystem::path& input) {
    for (const auto& entry : report.at("workbooks")) {
        if (entry.contains("input") && entry["input"].is_string() &&
            samePath(entry["input"].get<std::string>(), input)) {
            return &entry;
        }
    }
    return nullptr;
}

} // namespace walletshare::recalc_test
