// The suite's offices and workbooks. One private office with Walletshare
// generates the inputs; one without Walletshare reads .xlsx outputs back (it
// shows the cached values of an .xlsx file, and #NAME? if it did recalculate).
// ODF outputs are read from their XML (see odf_cells.hpp). Both offices start
// once, in SetUpTestSuite.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "walletshare/office/cell_value.hpp"
#include "walletshare/office/private_office.hpp"
#include "walletshare/office/spreadsheet.hpp"

#include "tool_process.hpp"

namespace walletshare::recalc_test {

// What a cell of a sheet is given, or what it must show: the cell is named
// as the tool names it in its messages ("Clients" and "D2": Clients.D2).
struct SheetCell {
    std::string sheet;
    std::string cell;
    std::string content; // a formula ("=..."), a number, or a text
};

struct ExpectedCell {
    std::string sheet;
    std::string cell;
    office::CellValue value;
};

// The client workbook of the README's story on two sheets, Clients and Plan,
// and what its Walletshare formulas compute.
const std::vector<SheetCell>& clientWorkbook();
const std::vector<ExpectedCell>& clientResults();
// A workbook of one sheet, Clients, with one share.
const std::vector<SheetCell>& oneSheetWorkbook();
const std::vector<ExpectedCell>& oneSheetResults();

class RecalcTool : public ::testing::Test {
public:
    static void SetUpTestSuite();
    static void TearDownTestSuite();
    // Fails the test at once when the suite could not be set up.
    void SetUp() override;

    // Every test is of this one suite, so the offices start once; the
    // helpers are public for the tests' own helper functions.

    // The shared inputs, which no test changes (a test that needs to change
    // one copies it):
    //   portfolio/clients.fods, clients.ods, clients.xlsx  (clientWorkbook, stale)
    //   portfolio/notes.txt                                (not a workbook)
    //   portfolio/regions/north/single.fods                (oneSheetWorkbook, stale)
    static const std::filesystem::path& portfolio();
    static std::filesystem::path clients(std::string_view extension);
    static std::filesystem::path oneSheet();

    // A new, empty directory of this test.
    static std::filesystem::path freshDirectory(std::string_view name);

    static office::PrivateOffice& office();
    static office::PrivateOffice& officeWithoutWalletshare();

    // A new workbook in the office with Walletshare, its sheets named, its
    // cells filled.
    static office::Spreadsheet createWorkbook(const std::vector<SheetCell>& cells);
    // Stores the workbook as `target` (.xlsx, .ods or .fods) with every
    // Walletshare formula's cached result stale: written as .xlsx with its
    // worksheets changed (see withStaleResults), then for ODF converted by
    // the office, which keeps the stale results of an .xlsx file it loads.
    // (Basic macros do not survive the way through .xlsx.)
    static void storeStale(const office::Spreadsheet& workbook,
                           const std::filesystem::path& target);
    // Copies a workbook into another format through the office; an .xlsx
    // file's stale results stay stale.
    static void convert(const std::filesystem::path& from, const std::filesystem::path& to);
    // Stores STEM.fods and STEM.ods in `inputs`: a workbook whose Basic
    // writes marker files into `markers`, called by a cell (B1) and bound by
    // `bind` to whatever else may run it. The markers that making it left
    // are cleared.
    static void storeMacroWorkbook(const std::filesystem::path& inputs, const std::string& stem,
                                   const std::filesystem::path& markers,
                                   const std::function<void(const office::Spreadsheet&)>& bind);
    // STEM.fods and STEM.ods in `inputs`, as storeMacroWorkbook stores them.
    static std::vector<std::filesystem::path> macroWorkbooks(const std::filesystem::path& inputs,
                                                             const std::string& stem);
    // Runs walletshare-recalc, with `options`, over the macro workbooks into
    // a fresh folder and checks that it recalculated both and that no macro
    // left a marker; returns the folder.
    static std::filesystem::path recalcWithoutMacros(const std::filesystem::path& inputs,
                                                     const std::string& stem,
                                                     const std::filesystem::path& markers,
                                                     const std::vector<std::string>& options = {});

    // What a stored workbook holds in these cells, without recalculating
    // it: an ODF file (.ods, .fods) read from its XML, an .xlsx file opened
    // in `xlsxReader` (neither office recalculates an .xlsx file's
    // Walletshare formulas while it loads it).
    static std::vector<office::CellValue> storedValues(const std::filesystem::path& workbook,
                                                       const std::vector<ExpectedCell>& cells,
                                                       office::PrivateOffice& xlsxReader);
    // Whether the stored workbook holds exactly these results (an .xlsx file
    // as the office without Walletshare shows it).
    static ::testing::AssertionResult shows(const std::filesystem::path& workbook,
                                            const std::vector<ExpectedCell>& expected);
    // Whether each of these cells of the stored workbook holds the stale
    // result (an .xlsx file as the office with Walletshare shows it: so it
    // is proven that only recalculating changes it). An input must, or the
    // test cannot tell a recalculated output from a copy.
    static ::testing::AssertionResult showsStale(const std::filesystem::path& workbook,
                                                 const std::vector<ExpectedCell>& cells);

    // Runs walletshare-recalc to its end, with TMPDIR and HOME in a fresh
    // directory of the test, and checks that no process of the run is left.
    static ToolRun recalc(const std::vector<std::string>& arguments);
    // Every file below `folder`, by path relative to it.
    static std::vector<std::filesystem::path> filesIn(const std::filesystem::path& folder);

    // Writes an .xlsx workbook of `rows` rows of =SHARE(An;Bn) (see
    // withShareRows) that stores no results.
    static void writeShareRows(const std::filesystem::path& file, int rows);
    // A workbook that takes soffice some seconds to load and recalculate:
    // heavyRows rows of =SHARE(An;Bn), an .xlsx file (whose formulas Calc
    // does not recalculate on load) that stores no results. Made on first
    // use and shared.
    static constexpr int heavyRows = 150000;
    static const std::filesystem::path& heavyWorkbook();
    static const std::vector<ExpectedCell>& heavyResults();
};

// A cell of a document by sheet name and cell name ("Clients", "D2").
css::uno::Reference<css::table::XCell>
cellIn(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
       std::string_view sheet, std::string_view cell);

// Whether a report's or a message's path names the same file as `expected`.
bool samePath(const std::filesystem::path& reported, const std::filesystem::path& expected);

// What stderr says about `input`: each line "walletshare-recalc: <input>: <text>"
// gives its <text>.
std::vector<std::string> messagesAbout(const ToolRun& run, const std::filesystem::path& input);

// Checks that `input` failed as the contract says: one stderr line naming it
// with a reason, a report entry with status "failed", a reason, and no
// outputs.
void expectReportedAsFailed(const ToolRun& run, const nlohmann::json& report,
                            const std::filesystem::path& input);

// The report's entry of `input` (null when it has none); throws when the
// report is no JSON object with a "workbooks" array.
const nlohmann::json* reportEntry(const nlohmann::json& report, const std::filesystem::path& input);
nlohmann::json readReport(const std::filesystem::path& file);

} // namespace walletshare::recalc_test
