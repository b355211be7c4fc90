// --values: workbooks for people without Walletshare. Each output is opened
// in the suite's office without Walletshare and recalculated there from
// scratch, as Excel recalculates an .xlsx file from Calc: it must show the
// figures that Walletshare computed, errors only where there were errors,
// and keep every other formula, format, chart and name working.
#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <com/sun/star/awt/Rectangle.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/chart2/data/XDataSource.hpp>
#include <com/sun/star/chart2/data/XLabeledDataSequence.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XEmbeddedObjectSupplier.hpp>
#include <com/sun/star/sheet/ConditionOperator.hpp>
#include <com/sun/star/sheet/FormulaResult.hpp>
#include <com/sun/star/sheet/XArrayFormulaRange.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XNamedRange.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/sheet/XSheetCondition.hpp>
#include <com/sun/star/sheet/XSheetConditionalEntries.hpp>
#include <com/sun/star/table/CellContentType.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/table/XTableChartsSupplier.hpp>
#include <com/sun/star/util/XProtectable.hpp>

#include "hostile_workbooks.hpp"
#include "odf_cells.hpp"
#include "recalc_fixture.hpp"
#include "walletshare/office/child_process.hpp"
#include "walletshare/office/package_file.hpp"
#include "walletshare/uno/text.hpp"
#include "workbook_text.hpp"

namespace walletshare::recalc_test {
namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using namespace office::calc_error;

// A client sheet with Walletshare formulas, one wrapped in ROUND and one
// inside TIERNAME, formulas of Calc's own over them, errors, and a sheet of
// peers with one TURNOVER_PEERS array formula over three client rows (the
// third row has no client: #N/A).
const std::vector<SheetCell>& planCells() {
    static const std::vector<SheetCell> cells{
        {"Clients", "A1", "Client"},
        {"Clients", "B1", "Shipments"},
        {"Clients", "C1", "Turnover"},
        {"Clients", "D1", "Share"},
        {"Clients", "E1", "Share, %"},
        {"Clients", "F1", "Tier name"},
        {"Clients", "G1", "Points"},
        {"Clients", "H1", "Points for a share of 1"},
        {"Clients", "A2", "Client A"},
        {"Clients", "B2", "30000"},
        {"Clients", "C2", "5000000"},
        {"Clients", "D2", "=SHARE(B2;C2)"},
        {"Clients", "E2", "=ROUND(SHARE(B2;C2)*100;1)"},
        {"Clients", "F2", R"(=TIERNAME(LOYALTYTIER(D2);"en"))"},
        {"Clients", "G2", "=D2*H2"},
        {"Clients", "H2", "100"},
        {"Clients", "A3", "Client B"},
        {"Clients", "B3", "90000"},
        {"Clients", "C3", "1800000"},
        {"Clients", "D3", "=SHARE(B3;C3)"},
        {"Clients", "E3", "=ROUND(SHARE(B3;C3)*100;1)"},
        {"Clients", "F3", R"(=TIERNAME(LOYALTYTIER(D3);"en"))"},
        {"Clients", "G3", "=D3*H3"},
        {"Clients", "H3", "100"},
        {"Clients", "A4", "Portfolio"},
        {"Errors", "A1", R"(=SHARE(5;"abc"))"},
        {"Errors", "A2", "=SHARE(1;0)"},
        {"Errors", "A3", "=SHARE(1;-5)"},
        {"Errors", "B1", "=IFERROR(A1;-1)"},
        {"Peers", "A1", "Turnover"},
        {"Peers", "B1", "Outlets"},
        {"Peers", "C1", "Selling area"},
        {"Peers", "A2", "5200000"},
        {"Peers", "B2", "6"},
        {"Peers", "C2", "400"},
        {"Peers", "A3", "2100000"},
        {"Peers", "B3", "2"},
        {"Peers", "C3", "180"},
        {"Peers", "A4", "9800000"},
        {"Peers", "B4", "12"},
        {"Peers", "C4", "700"},
        {"Peers", "A5", "1500000"},
        {"Peers", "B5", "1"},
        {"Peers", "C5", "150"},
        {"Peers", "A6", "7400000"},
        {"Peers", "B6", "8"},
        {"Peers", "C6", "620"},
        {"Peers", "A7", "3300000"},
        {"Peers", "B7", "3"},
        {"Peers", "C7", "260"},
        {"Peers", "E2", "6"},
        {"Peers", "F2", "400"},
        {"Peers", "E3", "4"},
        {"Peers", "F3", "300"},
        {"Peers", "I2", "=H2/1000000"},
    };
    return cells;
}

// What the plan shows, recalculated without Walletshare. Err:502 (a
// negative turnover) is #VALUE!, as in .xlsx.
const std::vector<ExpectedCell>& planFigures() {
    static const std::vector<ExpectedCell> figures{
        {"Clients", "D2", 0.006},
        {"Clients", "D3", 0.05},
        {"Clients", "E2", 0.6},
        {"Clients", "E3", 5.0},
        {"Clients", "F2", std::string("Indifference")},
        {"Clients", "F3", std::string("Target zone")},
        {"Clients", "G2", 0.6},
        {"Clients", "G3", 5.0},
        {"Clients", "D4", 0.056},
        {"Errors", "A1", notAvailable},
        {"Errors", "A2", divisionByZero},
        {"Errors", "A3", noValue},
        {"Errors", "B1", -1.0},
        {"Peers", "H2", 5256887.3914953712},
        {"Peers", "H3", 3800459.1609645556},
        {"Peers", "H4", notAvailable},
        {"Peers", "I2", 5.2568873914953712},
    };
    return figures;
}

// Walletshare's cells of the plan: 6 on Clients, 3 on Errors, the array's 3.
constexpr int planWalletshareCells = 12;

// The formulas that are not Walletshare's, and what the error cells become.
const std::vector<SheetCell>& planFormulasAfterwards() {
    static const std::vector<SheetCell> formulas{
        {"Clients", "G2", "=D2*H2"},  {"Clients", "D4", "=SUM(Shares)"},
        {"Errors", "A1", "=NA()"},    {"Errors", "A2", "=#DIV/0!"},
        {"Errors", "A3", "=#VALUE!"}, {"Errors", "B1", "=IFERROR(A1;-1)"},
        {"Peers", "H4", "=NA()"},     {"Peers", "I2", "=H2/1000000"},
    };
    return formulas;
}

// The plan's share column, which the chart, the condition and the name use.
constexpr const char* shares = "$Clients.$D$2:$D$3";

css::table::CellRangeAddress rangeOf(const Reference<css::sheet::XSpreadsheetDocument>& document,
                                     std::string_view sheet, std::string_view range) {
    const Reference<css::table::XCellRange> cells(
        document->getSheets()->getByName(uno::ouStringOf(sheet)), UNO_QUERY_THROW);
    return Reference<css::sheet::XCellRangeAddressable>(
               cells->getCellRangeByName(uno::ouStringOf(range)), UNO_QUERY_THROW)
        ->getRangeAddress();
}

Reference<css::beans::XPropertySet>
rangeProperties(const Reference<css::sheet::XSpreadsheetDocument>& document, std::string_view sheet,
                std::string_view range) {
    const Reference<css::table::XCellRange> cells(
        document->getSheets()->getByName(uno::ouStringOf(sheet)), UNO_QUERY_THROW);
    return {cells->getCellRangeByName(uno::ouStringOf(range)), UNO_QUERY_THROW};
}

Reference<css::container::XIndexAccess>
chartsOf(const Reference<css::sheet::XSpreadsheetDocument>& document, std::string_view sheet) {
    return {Reference<css::table::XTableChartsSupplier>(
                document->getSheets()->getByName(uno::ouStringOf(sheet)), UNO_QUERY_THROW)
                ->getCharts(),
            UNO_QUERY_THROW};
}

// The plan as a user builds it in Calc with Walletshare, stored as `file`:
// the shares highlighted above 1%, named Shares, summed, and charted.
void storePlan(const std::filesystem::path& file) {
    auto workbook = RecalcTool::createWorkbook(planCells());
    const auto& document = workbook.document();
    Reference<css::sheet::XNamedRanges>(
        Reference<css::beans::XPropertySet>(document, UNO_QUERY_THROW)
            ->getPropertyValue("NamedRanges"),
        UNO_QUERY_THROW)
        ->addNewByName("Shares", uno::ouStringOf(shares), {}, 0);
    cellIn(document, "Clients", "D4")->setFormula("=SUM(Shares)");

    const auto share = rangeProperties(document, "Clients", "D2:D3");
    const Reference<css::sheet::XSheetConditionalEntries> conditions(
        share->getPropertyValue("ConditionalFormat"), UNO_QUERY_THROW);
    const std::array<css::beans::PropertyValue, 3> aboveOnePercent{
        property("Operator", css::uno::Any(css::sheet::ConditionOperator_GREATER)),
        property("Formula1", css::uno::Any(rtl::OUString("0.01"))),
        property("StyleName", css::uno::Any(rtl::OUString("Good")))};
    conditions->addNew({aboveOnePercent.data(), aboveOnePercent.size()});
    share->setPropertyValue("ConditionalFormat", css::uno::Any(conditions));

    const Reference<css::table::XTableChartsSupplier> chartSheet(
        document->getSheets()->getByName("Clients"), UNO_QUERY_THROW);
    const css::awt::Rectangle place(10000, 1000, 8000, 5000);
    const auto charted = rangeOf(document, "Clients", "D1:D3");
    chartSheet->getCharts()->addNewByName("Shares", place, {&charted, 1}, sal_True, sal_False);

    const Reference<css::table::XCellRange> peers(document->getSheets()->getByName("Peers"),
                                                  UNO_QUERY_THROW);
    Reference<css::sheet::XArrayFormulaRange>(peers->getCellRangeByName("H2:H4"), UNO_QUERY_THROW)
        ->setArrayFormula("=TURNOVER_PEERS(A2:A7;B2:C7;E2:F4)");
    workbook.store(file);
}

std::string lowercase(std::string text) {
    std::ranges::transform(text, text.begin(),
                           [](unsigned char letter) { return std::tolower(letter); });
    return text;
}

// The files a workbook is made of: a zip package's members, or the flat file.
office::PackageMembers membersOf(const std::filesystem::path& workbook) {
    if (workbook.extension() == ".fods") {
        return {{workbook.filename().string(), contentOf(workbook)}};
    }
    return office::packageMembers(RecalcTool::office().context(), workbook);
}

// The members that name a Walletshare function anywhere, in any case.
std::vector<std::string> membersNamingWalletshare(const std::filesystem::path& workbook) {
    std::vector<std::string> naming;
    for (const auto& [name, bytes] : membersOf(workbook)) {
        if (lowercase(bytes).find("org.walletshare") != std::string::npos) {
            naming.push_back(name);
        }
    }
    return naming;
}

// Every formula cell in error, by name ("Errors.A1").
std::vector<std::string> errorCells(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    std::vector<std::string> found;
    const Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    for (sal_Int32 index = 0; index < sheets->getCount(); ++index) {
        const Reference<css::sheet::XCellRangesQuery> sheet(sheets->getByIndex(index),
                                                            UNO_QUERY_THROW);
        const auto name =
            uno::utf8Of(Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName());
        for (const auto& range :
             sheet->queryFormulaCells(css::sheet::FormulaResult::ERROR)->getRangeAddresses()) {
            for (auto row = range.StartRow; row <= range.EndRow; ++row) {
                for (auto column = range.StartColumn; column <= range.EndColumn; ++column) {
                    found.push_back(name + "." + cellName(column, row));
                }
            }
        }
    }
    std::ranges::sort(found);
    return found;
}

bool near(const office::CellValue& actual, const office::CellValue& expected) {
    const auto* number = std::get_if<double>(&expected);
    const auto* got = std::get_if<double>(&actual);
    if (number != nullptr && got != nullptr) {
        // .xlsx keeps 15 significant digits.
        return std::abs(*got - *number) <= 1e-12 * std::abs(*number);
    }
    return actual == expected;
}

void expectFigures(const Reference<css::sheet::XSpreadsheetDocument>& document,
                   const std::vector<ExpectedCell>& figures) {
    for (const auto& [sheet, cell, value] : figures) {
        const auto shown = office::valueIn(cellIn(document, sheet, cell));
        EXPECT_TRUE(near(shown, value))
            << sheet << "." << cell << " holds " << office::describe(shown) << ", expected "
            << office::describe(value);
    }
}

void expectChartOfShares(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    const auto charts = chartsOf(document, "Clients");
    ASSERT_EQ(charts->getCount(), 1) << "the chart is gone";
    const Reference<css::chart2::data::XDataSource> data(
        Reference<css::document::XEmbeddedObjectSupplier>(charts->getByIndex(0), UNO_QUERY_THROW)
            ->getEmbeddedObject(),
        UNO_QUERY_THROW);
    std::vector<std::string> ranges;
    for (const auto& series : data->getDataSequences()) {
        const auto values = series->getValues();
        ranges.push_back(uno::utf8Of(values->getSourceRangeRepresentation()));
        if (ranges.back() == shares) {
            std::vector<double> numbers;
            for (const auto& value : values->getData()) {
                double number = 0;
                EXPECT_TRUE(value >>= number) << "the chart reads no number from " << shares;
                numbers.push_back(number);
            }
            EXPECT_EQ(numbers, (std::vector<double>{0.006, 0.05}));
        }
    }
    EXPECT_NE(std::ranges::find(ranges, shares), ranges.end())
        << "the chart no longer reads " << shares << "; it reads "
        << ::testing::PrintToString(ranges);
}

void expectConditionAndName(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    const Reference<css::sheet::XSheetConditionalEntries> conditions(
        rangeProperties(document, "Clients", "D2:D3")->getPropertyValue("ConditionalFormat"),
        UNO_QUERY_THROW);
    ASSERT_EQ(conditions->getCount(), 1) << "the shares' conditional format is gone";
    const Reference<css::sheet::XSheetCondition> condition(conditions->getByIndex(0),
                                                           UNO_QUERY_THROW);
    EXPECT_EQ(condition->getOperator(), css::sheet::ConditionOperator_GREATER);
    EXPECT_EQ(uno::utf8Of(condition->getFormula1()), "0.01");

    const Reference<css::sheet::XNamedRanges> names(
        Reference<css::beans::XPropertySet>(document, UNO_QUERY_THROW)
            ->getPropertyValue("NamedRanges"),
        UNO_QUERY_THROW);
    ASSERT_TRUE(names->hasByName("Shares")) << "the name Shares is gone";
    EXPECT_EQ(
        uno::utf8Of(Reference<css::sheet::XNamedRange>(names->getByName("Shares"), UNO_QUERY_THROW)
                        ->getContent()),
        shares);
}

// The output as someone without Walletshare sees it, after a hard
// recalculation in their office; then one of the plan's own inputs changed.
void expectFiguresWithoutWalletshare(const std::filesystem::path& output) {
    SCOPED_TRACE(output.filename().string());
    EXPECT_EQ(membersNamingWalletshare(output), std::vector<std::string>{})
        << "these parts of " << output << " still name Walletshare";
    auto opened =
        office::Spreadsheet::open(RecalcTool::officeWithoutWalletshare().desktop(), output);
    opened.calculateAll();
    const auto& document = opened.document();
    expectFigures(document, planFigures());
    EXPECT_EQ(errorCells(document),
              (std::vector<std::string>{"Errors.A1", "Errors.A2", "Errors.A3", "Peers.H4"}));
    for (const auto& [sheet, cell, formula] : planFormulasAfterwards()) {
        EXPECT_EQ(uno::utf8Of(cellIn(document, sheet, cell)->getFormula()), formula)
            << sheet << "." << cell;
    }
    for (const auto* share : {"D2", "E3", "F2"}) {
        EXPECT_NE(cellIn(document, "Clients", share)->getType(),
                  css::table::CellContentType_FORMULA)
            << "Clients." << share << " is still a formula";
    }
    expectChartOfShares(document);
    expectConditionAndName(document);

    cellIn(document, "Clients", "H2")->setValue(10);
    opened.calculateAll();
    expectFigures(document, {{"Clients", "G2", 0.06}, {"Clients", "D4", 0.056}});
}

// The plan, stored once for the --values tests (all of the one suite, whose
// offices start once).
const std::filesystem::path& plan() {
    static const std::filesystem::path file = [] {
        auto stored = RecalcTool::freshDirectory("plan") / "plan.ods";
        storePlan(stored);
        return stored;
    }();
    return file;
}

TEST_F(RecalcTool, ValuesXlsxShowsTheFiguresWithoutWalletshare) {
    // Else the check of the output's text could not fail.
    ASSERT_EQ(membersNamingWalletshare(plan()), std::vector<std::string>{"content.xml"});
    const auto out = freshDirectory("out");
    const auto report = out / "run.json";
    const auto run = recalc({"--values", "--to", "xlsx", "--report", report.string(), "--output",
                             out.string(), plan().string()});
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    EXPECT_EQ(run.err, "");
    expectFiguresWithoutWalletshare(out / "plan.xlsx");

    const auto written = readReport(report);
    const auto* entry = reportEntry(written, plan());
    ASSERT_NE(entry, nullptr) << written.dump(2);
    EXPECT_EQ(entry->value("frozenCells", -1), planWalletshareCells) << entry->dump(2);
    EXPECT_EQ(written.value("frozenCells", -1), planWalletshareCells) << written.dump(2);
}

TEST_F(RecalcTool, ValuesKeepEachWorkbooksOwnFormat) {
    const auto in = freshDirectory("in");
    std::filesystem::copy_file(plan(), in / "plan.ods");
    convert(plan(), in / "flat-plan.fods");
    const auto out = freshDirectory("out");
    const auto run = recalc({"--values", "--output", out.string(), in.string()});
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    EXPECT_EQ(filesIn(out), (std::vector<std::filesystem::path>{"flat-plan.fods", "plan.ods"}));
    expectFiguresWithoutWalletshare(out / "plan.ods");
    expectFiguresWithoutWalletshare(out / "flat-plan.fods");
    // The inputs keep their formulas.
    EXPECT_EQ(membersNamingWalletshare(in / "plan.ods"), std::vector<std::string>{"content.xml"});
}

TEST_F(RecalcTool, ValuesInPlaceReplacesEachWorkbookWithItsValues) {
    const auto books = freshDirectory("books");
    std::filesystem::copy_file(plan(), books / "plan.ods");
    const auto run = recalc({"--values", "--in-place", books.string()});
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    EXPECT_EQ(filesIn(books), std::vector<std::filesystem::path>{"plan.ods"});
    expectFiguresWithoutWalletshare(books / "plan.ods");
}

TEST_F(RecalcTool, ValuesCsvHoldsTheFigures) {
    const auto out = freshDirectory("out");
    const auto run = recalc({"--values", "--to", "csv", "--output", out.string(), plan().string()});
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    ASSERT_EQ(filesIn(out), (std::vector<std::filesystem::path>{
                                "plan-Clients.csv", "plan-Errors.csv", "plan-Peers.csv"}));
    const auto clients = csvRows(contentOf(out / "plan-Clients.csv"));
    ASSERT_GE(clients.size(), 4U) << contentOf(out / "plan-Clients.csv");
    EXPECT_EQ(clients[1], (std::vector<std::string>{"Client A", "30000", "5000000", "0.006", "0.6",
                                                    "Indifference", "0.6", "100"}));
    EXPECT_EQ(clients[3], (std::vector<std::string>{"Portfolio", "", "", "0.056", "", "", "", ""}));
    const auto errors = csvRows(contentOf(out / "plan-Errors.csv"));
    ASSERT_EQ(errors.size(), 3U) << contentOf(out / "plan-Errors.csv");
    EXPECT_EQ(errors[0], (std::vector<std::string>{"#N/A", "-1"}));
}

TEST_F(RecalcTool, ValuesPdfShowsTheFigures) {
    const auto out = freshDirectory("out");
    const auto run = recalc({"--values", "--to", "pdf", "--output", out.string(), plan().string()});
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    ASSERT_EQ(filesIn(out), std::vector<std::filesystem::path>{"plan.pdf"});
    EXPECT_TRUE(contentOf(out / "plan.pdf").starts_with("%PDF-"));
    const auto pdftotext = office::findProgram("pdftotext");
    if (!pdftotext) {
        std::cout << "pdftotext is not installed: the PDF's text is not checked\n";
        return;
    }
    const auto text =
        office::runCommand({pdftotext->string(), (out / "plan.pdf").string(), "-"}, {},
                           freshDirectory("pdftotext") / "log", std::chrono::seconds(60))
            .output;
    for (const auto* shown : {"0.006", "Indifference", "Target zone", "0.056"}) {
        EXPECT_NE(text.find(shown), std::string::npos)
            << "the PDF does not show " << shown << "; its text:\n"
            << text;
    }
    EXPECT_EQ(text.find("#NAME?"), std::string::npos) << text;
}

// The protection keeps people from changing the figures; the copy shows
// the same figures, so it is frozen too, and stays protected.
TEST_F(RecalcTool, ValuesFreezeAProtectedSheetTooAndKeepItProtected) {
    const auto in = freshDirectory("in");
    const auto protectedPlan = in / "protected.ods";
    {
        const auto workbook = createWorkbook({{"Plan", "A1", "=SHARE(30000;5000000)"},
                                              {"Plan", "B1", "=A1*100"},
                                              {"Plan", "E2", "6"},
                                              {"Plan", "F2", "400"}});
        const auto& document = workbook.document();
        const Reference<css::table::XCellRange> sheet(document->getSheets()->getByName("Plan"),
                                                      UNO_QUERY_THROW);
        // One peer is too few: TURNOVER_PEERS is an error in both cells.
        Reference<css::sheet::XArrayFormulaRange>(sheet->getCellRangeByName("H2:H3"),
                                                  UNO_QUERY_THROW)
            ->setArrayFormula("=TURNOVER_PEERS(A2:A3;B2:C3;E2:F3)");
        Reference<css::util::XProtectable>(sheet, UNO_QUERY_THROW)->protect("secret");
        workbook.store(protectedPlan);
    }
    const auto out = freshDirectory("out");
    const auto run =
        recalc({"--values", "--to", "xlsx", "--output", out.string(), protectedPlan.string()});
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    const auto output = out / "protected.xlsx";
    EXPECT_EQ(membersNamingWalletshare(output), std::vector<std::string>{});
    auto opened = office::Spreadsheet::open(officeWithoutWalletshare().desktop(), output);
    opened.calculateAll();
    const auto& document = opened.document();
    expectFigures(document, {{"Plan", "A1", 0.006}, {"Plan", "B1", 0.6}});
    EXPECT_EQ(uno::utf8Of(cellIn(document, "Plan", "B1")->getFormula()), "=A1*100");
    const auto peers = office::valueIn(cellIn(document, "Plan", "H2"));
    EXPECT_TRUE(std::holds_alternative<office::CalcError>(peers)) << office::describe(peers);
    EXPECT_TRUE(Reference<css::util::XProtectable>(document->getSheets()->getByName("Plan"),
                                                   UNO_QUERY_THROW)
                    ->isProtected());
}

// A cell that calls Walletshare only through a named formula is a
// Walletshare cell too; the name itself is left as it is.
TEST_F(RecalcTool, ValuesFreezeACellThatCallsWalletshareThroughAName) {
    const auto in = freshDirectory("in");
    const auto named = in / "named.ods";
    {
        const auto workbook = createWorkbook({{"Plan", "B2", "30000"}, {"Plan", "C2", "5000000"}});
        const auto& document = workbook.document();
        const Reference<css::sheet::XNamedRanges> names(
            Reference<css::beans::XPropertySet>(document, UNO_QUERY_THROW)
                ->getPropertyValue("NamedRanges"),
            UNO_QUERY_THROW);
        names->addNewByName("ClientShare", "SHARE($Plan.$B$2;$Plan.$C$2)", {}, 0);
        names->addNewByName("ClientSharePoints", "ClientShare*100", {}, 0);
        cellIn(document, "Plan", "A1")->setFormula("=ClientSharePoints");
        cellIn(document, "Plan", "A2")->setFormula("=B2*2");
        workbook.store(named);
    }
    const auto out = freshDirectory("out");
    const auto run = recalc({"--values", "--output", out.string(), named.string()});
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    auto opened =
        office::Spreadsheet::open(officeWithoutWalletshare().desktop(), out / "named.ods");
    opened.calculateAll();
    const auto& document = opened.document();
    expectFigures(document, {{"Plan", "A1", 0.6}, {"Plan", "A2", 60000.0}});
    EXPECT_NE(cellIn(document, "Plan", "A1")->getType(), css::table::CellContentType_FORMULA);
    EXPECT_EQ(uno::utf8Of(cellIn(document, "Plan", "A2")->getFormula()), "=B2*2");
}

} // namespace
} // namespace walletshare::recalc_test
