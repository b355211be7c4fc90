// How walletshare-recalc reports what goes wrong: a workbook it cannot read
// or that outlasts its timeout (exit 1, named on stderr and in the report,
// the other workbooks still done), formula cells that end in an error
// (exit 3 with --strict), a wrong command line (exit 2), and the report.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <ostream>
#include <random>
#include <string>
#include <tuple>
#include <unistd.h>
#include <vector>

#include <gtest/gtest.h>

#include "recalc_fixture.hpp"
#include "tool_process.hpp"
#include "walletshare/office/child_process.hpp"
#include "walletshare/office/office_user.hpp"
#include "walletshare/office/temporary_directory.hpp"
#include "workbook_text.hpp"

namespace walletshare::recalc_test {
namespace {

using Files = std::vector<std::filesystem::path>;

// Random bytes, NULs included, so that no importer takes them for text. The
// seed is fixed so that every run tries the same bytes.
void writeGarbage(const std::filesystem::path& file) {
    std::mt19937 random(20261127); // NOLINT(cert-msc32-c,cert-msc51-cpp)
    std::uniform_int_distribution<int> byte(0, 255);
    std::string bytes(4096, '\0');
    for (auto& character : bytes) {
        character = static_cast<char>(byte(random));
    }
    writeFile(file, bytes);
}

// Formulas that end in errors, on two sheets; stale, so that the input
// itself shows no error and only recalculating finds them.
const std::vector<SheetCell>& errorWorkbook() {
    static const std::vector<SheetCell> cells{
        {"Sheet1", "A1", "=SHARE(30000;0)"},
        {"Sheet1", "A2", "=SHARE(30000;-5)"},
        {"Sheet1", "A3", "=SHARE(30000;5000000)"},
        {"Plan", "B2", "=TARGET_SHIPMENT(-1;0.05)"},
    };
    return cells;
}

struct ErrorCell {
    std::string sheet;
    std::string cell;
    std::string error;
    friend bool operator==(const ErrorCell&, const ErrorCell&) = default;
    friend bool operator<(const ErrorCell& left, const ErrorCell& right) {
        return std::tie(left.sheet, left.cell) < std::tie(right.sheet, right.cell);
    }
    // gtest looks for this name.
    friend void PrintTo( // NOLINT(readability-identifier-naming)
        const ErrorCell& cell, std::ostream* out) {
        *out << cell.sheet << '.' << cell.cell << ": " << cell.error;
    }
};

const std::vector<ErrorCell>& expectedErrorCells() {
    static const std::vector<ErrorCell> cells{
        {"Plan", "B2", "Err:502"},
        {"Sheet1", "A1", "#DIV/0!"},
        {"Sheet1", "A2", "Err:502"},
    };
    return cells;
}

std::filesystem::path makeErrorWorkbook(const std::filesystem::path& folder) {
    auto file = folder / "errors.fods";
    RecalcTool::storeStale(RecalcTool::createWorkbook(errorWorkbook()), file);
    return file;
}

std::vector<ErrorCell> errorCellsOf(const nlohmann::json& entry) {
    std::vector<ErrorCell> cells;
    for (const auto& cell : entry.at("errorCells")) {
        cells.push_back({cell.at("sheet").get<std::string>(), cell.at("cell").get<std::string>(),
                         cell.at("error").get<std::string>()});
    }
    std::sort(cells.begin(), cells.end());
    return cells;
}

std::vector<ErrorCell> errorCellsOn(const ToolRun& run, const std::filesystem::path& input) {
    std::vector<ErrorCell> cells;
    for (const auto& message : messagesAbout(run, input)) {
        // "<Sheet>.<Cell>: <error>"
        const auto dot = message.find('.');
        const auto colon = message.find(": ");
        if (dot == std::string::npos || colon == std::string::npos || dot > colon) {
            cells.push_back({message, "", ""});
            continue;
        }
        cells.push_back({message.substr(0, dot), message.substr(dot + 1, colon - dot - 1),
                         message.substr(colon + 2)});
    }
    std::sort(cells.begin(), cells.end());
    return cells;
}

TEST_F(RecalcTool, ReportsACorruptWorkbookAndRecalculatesTheOthers) {
    const auto inputs = freshDirectory("in");
    std::filesystem::copy_file(clients(".fods"), inputs / "good.fods");
    writeGarbage(inputs / "bad.ods");
    const auto out = freshDirectory("out");
    const auto report = freshDirectory("report") / "report.json";
    const auto run =
        recalc({"--output", out.string(), "--report", report.string(), inputs.string()});

    EXPECT_EQ(run.exitCode, 1) << run.describe();
    EXPECT_EQ(run.errorLines().size(), 1U) << "stderr holds one line per failed workbook and "
                                              "nothing else\n"
                                           << run.describe();
    ASSERT_TRUE(std::filesystem::exists(report)) << run.describe();
    const auto parsed = readReport(report);
    expectReportedAsFailed(run, parsed, inputs / "bad.ods");
    // No partial output, no temporary file: only the good workbook.
    EXPECT_EQ(filesIn(out), Files{"good.fods"});
    EXPECT_TRUE(shows(out / "good.fods", clientResults()));
}

// Root reads any file, so the unreadable file is tried as an account that
// may not read it: the tool runs as nobody (through setpriv, as the
// per-user install tests run soffice) over a folder it owns, in which
// locked.ods has mode 000.
TEST_F(RecalcTool, ReportsAWorkbookItMayNotReadAndRecalculatesTheOthers) {
    if (::getuid() == 0) {
        if (const auto reason = office::OfficeUser::unprivilegedUnavailable()) {
            GTEST_SKIP() << *reason;
        }
    }
    const auto user =
        ::getuid() == 0 ? office::OfficeUser::unprivileged() : office::OfficeUser::current();
    // Not below the suite's directory, which only root may enter.
    const office::TemporaryDirectory scratch(std::filesystem::temp_directory_path(),
                                             "walletshare-recalc-unreadable-");
    std::filesystem::permissions(scratch.path(), std::filesystem::perms::owner_all |
                                                     std::filesystem::perms::group_exec |
                                                     std::filesystem::perms::others_exec);
    const auto inputs = scratch.path() / "in";
    const auto out = scratch.path() / "out";
    const auto run = scratch.path() / "run";
    std::filesystem::create_directories(inputs);
    std::filesystem::create_directories(out);
    std::filesystem::create_directories(run);
    std::filesystem::copy_file(clients(".fods"), inputs / "good.fods");
    std::filesystem::copy_file(clients(".ods"), inputs / "locked.ods");
    user.takeOwnership(scratch.path());
    std::filesystem::permissions(inputs / "locked.ods", std::filesystem::perms::none);
    if (user.switches()) {
        auto command = user.commandPrefix();
        command.insert(command.end(), {"test", "-r", (inputs / "good.fods").string()});
        if (office::runCommand(command, {}, scratch.path() / "access.log", std::chrono::seconds(30))
                .exitCode != 0) {
            GTEST_SKIP() << "nobody cannot reach " << scratch.path()
                         << " (a parent folder is closed to it): choose another TMPDIR";
        }
    }
    const auto report = out / "report.json";
    ToolProcess tool({"--output", out.string(), "--report", report.string(), inputs.string()}, run,
                     user);
    const auto result = tool.finish(std::chrono::seconds(600));

    EXPECT_EQ(result.exitCode, 1) << result.describe();
    EXPECT_EQ(result.errorLines().size(), 1U) << result.describe();
    ASSERT_TRUE(std::filesystem::exists(report)) << result.describe();
    expectReportedAsFailed(result, readReport(report), inputs / "locked.ods");
    EXPECT_EQ(filesIn(out), (Files{"good.fods", "report.json"}));
    EXPECT_TRUE(shows(out / "good.fods", clientResults()));
    EXPECT_EQ(processesLeftBehind(tool.temp(), std::chrono::seconds(10)),
              std::vector<std::string>{});
}

TEST_F(RecalcTool, StrictExitsThreeAndNamesEveryFormulaCellInError) {
    const auto inputs = freshDirectory("in");
    const auto errors = makeErrorWorkbook(inputs);
    const auto out = freshDirectory("out");
    const auto report = freshDirectory("report") / "report.json";
    const auto run = recalc({"--strict", "--output", out.string(), "--report", report.string(),
                             errors.string(), clients(".fods").string()});

    EXPECT_EQ(run.exitCode, 3) << run.describe();
    EXPECT_EQ(errorCellsOn(run, errors), expectedErrorCells()) << run.describe();
    EXPECT_EQ(run.errorLines().size(), expectedErrorCells().size())
        << "stderr holds one line per error cell and nothing else\n"
        << run.describe();
    // Every workbook is still written.
    EXPECT_EQ(filesIn(out), (Files{"clients.fods", "errors.fods"}));
    EXPECT_TRUE(shows(out / "clients.fods", clientResults()));
    ASSERT_TRUE(std::filesystem::exists(report)) << run.describe();
    const auto parsed = readReport(report);
    const auto* entry = reportEntry(parsed, errors);
    ASSERT_NE(entry, nullptr) << parsed.dump(2);
    EXPECT_EQ(errorCellsOf(*entry), expectedErrorCells()) << entry->dump(2);
    EXPECT_EQ(parsed.value("withErrorCells", -1), 1) << parsed.dump(2);
}

TEST_F(RecalcTool, ErrorCellsAreNoFailureWithoutStrict) {
    const auto inputs = freshDirectory("in");
    const auto errors = makeErrorWorkbook(inputs);
    const auto out = freshDirectory("out");
    const auto run = recalc({"--output", out.string(), errors.string()});
    EXPECT_EQ(run.exitCode, 0) << run.describe();
    EXPECT_EQ(run.err, "");
    EXPECT_EQ(filesIn(out), Files{"errors.fods"});
    EXPECT_TRUE(shows(out / "errors.fods", {{"Sheet1", "A1", office::calc_error::divisionByZero},
                                            {"Sheet1", "A2", office::calc_error::invalidArgument},
                                            {"Sheet1", "A3", 0.006}}));
}

TEST_F(RecalcTool, RejectsAWrongCommandLineWithExitTwoAndTouchesNothing) {
    const auto books = freshDirectory("books");
    std::filesystem::copy_file(clients(".fods"), books / "clients.fods");
    const auto book = (books / "clients.fods").string();
    const auto before = contentOf(books / "clients.fods");
    const auto out = freshDirectory("out") / "never";
    const std::vector<std::vector<std::string>> wrong{
        {},
        {"--output", out.string()},
        {"--no-such-option", "--output", out.string(), book},
        {"--in-place", "--to", "xlsx", book},
        {"--in-place", "--output", out.string(), book},
        {book},
        {"--to", "docx", "--output", out.string(), book},
    };
    for (const auto& arguments : wrong) {
        SCOPED_TRACE(::testing::PrintToString(arguments));
        const auto run = recalc(arguments);
        EXPECT_EQ(run.exitCode, 2) << run.describe();
        EXPECT_FALSE(std::filesystem::exists(out)) << "an output was written";
        EXPECT_EQ(contentOf(books / "clients.fods"), before) << "the input was changed";
        EXPECT_EQ(filesIn(books), Files{"clients.fods"});
    }
}

TEST_F(RecalcTool, ReportsEveryWorkbookWithItsOutputsAndTotals) {
    const auto inputs = freshDirectory("in");
    const auto good = inputs / "clients.fods";
    std::filesystem::copy_file(clients(".fods"), good);
    const auto errors = makeErrorWorkbook(inputs);
    const auto bad = inputs / "bad.xlsx";
    writeGarbage(bad);
    const auto out = freshDirectory("out");
    const auto report = freshDirectory("report") / "report.json";
    const auto run = recalc({"--strict", "--output", out.string(), "--report", report.string(),
                             good.string(), errors.string(), bad.string()});
    // A workbook that failed outweighs error cells.
    EXPECT_EQ(run.exitCode, 1) << run.describe();
    ASSERT_TRUE(std::filesystem::exists(report)) << run.describe();
    const auto parsed = readReport(report);
    SCOPED_TRACE(parsed.dump(2));

    ASSERT_TRUE(parsed.at("workbooks").is_array());
    EXPECT_EQ(parsed.at("workbooks").size(), 3U);
    for (const auto& entry : parsed.at("workbooks")) {
        EXPECT_TRUE(entry.at("input").is_string());
        EXPECT_TRUE(entry.at("outputs").is_array());
        EXPECT_TRUE(entry.at("seconds").is_number());
        EXPECT_GE(entry.at("seconds").get<double>(), 0.0);
        EXPECT_TRUE(entry.at("officeRestarts").is_number_integer());
        EXPECT_EQ(entry.at("officeRestarts").get<int>(), 0);
        if (entry.contains("errorCells")) {
            EXPECT_TRUE(entry.at("errorCells").is_array());
        }
    }
    const auto* goodEntry = reportEntry(parsed, good);
    const auto* errorsEntry = reportEntry(parsed, errors);
    const auto* badEntry = reportEntry(parsed, bad);
    ASSERT_NE(goodEntry, nullptr);
    ASSERT_NE(errorsEntry, nullptr);
    ASSERT_NE(badEntry, nullptr);

    EXPECT_EQ(goodEntry->value("status", ""), "ok");
    EXPECT_FALSE(goodEntry->contains("reason")) << "a reason only when failed";
    ASSERT_EQ(goodEntry->at("outputs").size(), 1U);
    EXPECT_TRUE(samePath(goodEntry->at("outputs")[0].get<std::string>(), out / "clients.fods"));
    EXPECT_TRUE(goodEntry->value("errorCells", nlohmann::json::array()).empty());

    // Written, so it succeeded; its error cells are counted apart.
    EXPECT_EQ(errorsEntry->value("status", ""), "ok");
    ASSERT_EQ(errorsEntry->at("outputs").size(), 1U);
    EXPECT_TRUE(samePath(errorsEntry->at("outputs")[0].get<std::string>(), out / "errors.fods"));
    EXPECT_EQ(errorCellsOf(*errorsEntry), expectedErrorCells());

    expectReportedAsFailed(run, parsed, bad);

    EXPECT_EQ(parsed.value("succeeded", -1), 2);
    EXPECT_EQ(parsed.value("failed", -1), 1);
    EXPECT_EQ(parsed.value("withErrorCells", -1), 1);
}

TEST_F(RecalcTool, GivesUpOnAWorkbookThatOutlastsItsTimeoutAndLeavesNoPartialOutput) {
    const auto& heavy = heavyWorkbook();
    const auto out = freshDirectory("out");
    const auto report = freshDirectory("report") / "report.json";
    const auto run = recalc(
        {"--timeout", "1", "--output", out.string(), "--report", report.string(), heavy.string()});
    EXPECT_EQ(run.exitCode, 1) << run.describe();
    EXPECT_EQ(filesIn(out), Files{}) << "a partial or temporary output was left";
    ASSERT_TRUE(std::filesystem::exists(report)) << run.describe();
    expectReportedAsFailed(run, readReport(report), heavy);
}

} // namespace
} // namespace walletshare::recalc_test
