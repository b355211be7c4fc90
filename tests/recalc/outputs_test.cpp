// What walletshare-recalc writes: every workbook recalculated, in its own
// format or the one asked for, where the contract puts it. Every input
// carries the stale result 999 in each Walletshare formula cell, so an output
// that shows the right figures was recalculated, not copied.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "folder_watch.hpp"
#include "recalc_fixture.hpp"
#include "walletshare/office/child_process.hpp"
#include "workbook_text.hpp"

namespace walletshare::recalc_test {
namespace {

using Files = std::vector<std::filesystem::path>;
using Rows = std::vector<std::vector<std::string>>;

// Each workbook written in another format: one with two sheets, one with one,
// the two-sheet one read from a format other than the one asked for.
ToolRun convertTo(const std::string& format, const std::filesystem::path& from,
                  const std::filesystem::path& out) {
    return RecalcTool::recalc(
        {"--to", format, "--output", out.string(), from.string(), RecalcTool::oneSheet().string()});
}

TEST_F(RecalcTool, WritesEachWorkbookInItsOwnFormatAtItsPlaceInTheFolder) {
    // Not there yet: the tool creates it.
    const auto out = freshDirectory("out") / "recalculated";
    const auto run = recalc({"--output", out.string(), "--jobs", "2", portfolio().string()});
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    EXPECT_EQ(run.err, "") << "stderr must be empty when every workbook succeeds";
    // notes.txt is no workbook, so it is neither written nor reported.
    EXPECT_EQ(filesIn(out),
              (Files{"clients.fods", "clients.ods", "clients.xlsx", "regions/north/single.fods"}));
    for (const auto* extension : {".fods", ".ods", ".xlsx"}) {
        EXPECT_TRUE(shows(out / ("clients" + std::string(extension)), clientResults()));
    }
    EXPECT_TRUE(shows(out / "regions" / "north" / "single.fods", oneSheetResults()));
}

TEST_F(RecalcTool, ConvertsToOds) {
    const auto out = freshDirectory("out");
    FolderWatch watch(out);
    const auto run = convertTo("ods", clients(".xlsx"), out);
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    EXPECT_EQ(filesIn(out), (Files{"clients.ods", "single.ods"}));
    EXPECT_TRUE(shows(out / "clients.ods", clientResults()));
    EXPECT_TRUE(shows(out / "single.ods", oneSheetResults()));
    // Each output appears whole: written under another name, then renamed
    // into place, never created or written under its own name.
    const auto changes = watch.changes();
    for (const auto* name : {"clients.ods", "single.ods"}) {
        const auto output = (out / name).string();
        EXPECT_NE(std::find(changes.begin(), changes.end(), "renamed into place: " + output),
                  changes.end())
            << name << " was not renamed into place; the changes:\n"
            << ::testing::PrintToString(changes);
        for (const auto* partial : {"created: ", "written: "}) {
            EXPECT_EQ(std::find(changes.begin(), changes.end(), partial + output), changes.end())
                << partial << output << ": the output was there before it was whole";
        }
    }
}

TEST_F(RecalcTool, ConvertsToXlsx) {
    const auto out = freshDirectory("out");
    const auto run = convertTo("xlsx", clients(".ods"), out);
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    EXPECT_EQ(filesIn(out), (Files{"clients.xlsx", "single.xlsx"}));
    // Read by an office without Walletshare: it shows what the file carries.
    EXPECT_TRUE(shows(out / "clients.xlsx", clientResults()));
    EXPECT_TRUE(shows(out / "single.xlsx", oneSheetResults()));
}

TEST_F(RecalcTool, ConvertsToFlatOds) {
    const auto out = freshDirectory("out");
    const auto run = convertTo("fods", clients(".xlsx"), out);
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    EXPECT_EQ(filesIn(out), (Files{"clients.fods", "single.fods"}));
    EXPECT_TRUE(shows(out / "clients.fods", clientResults()));
    EXPECT_TRUE(shows(out / "single.fods", oneSheetResults()));
}

// A Russian user's shell names ru_RU.UTF-8 also where only C.UTF-8 is
// generated, as on a fresh Debian; the tool must not depend on it.
TEST_F(RecalcTool, RecalculatesWhenLangNamesALocaleTheMachineLacks) {
    const auto out = freshDirectory("out");
    const char* const lang = std::getenv("LANG");
    const std::string saved = lang == nullptr ? "" : lang;
    ::setenv("LANG", "xx_XX.UTF-8", 1);
    const auto run = convertTo("fods", clients(".xlsx"), out);
    if (lang == nullptr) {
        ::unsetenv("LANG");
    } else {
        ::setenv("LANG", saved.c_str(), 1);
    }
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    EXPECT_TRUE(shows(out / "clients.fods", clientResults()));
}

TEST_F(RecalcTool, ConvertsToPdf) {
    const auto out = freshDirectory("out");
    const auto run = convertTo("pdf", clients(".xlsx"), out);
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    EXPECT_EQ(filesIn(out), (Files{"clients.pdf", "single.pdf"}));
    for (const auto* name : {"clients.pdf", "single.pdf"}) {
        const auto pdf = contentOf(out / name);
        EXPECT_TRUE(pdf.starts_with("%PDF-")) << name << " is no PDF";
    }
    // The figures themselves, when poppler's pdftotext is there to read them.
    const auto pdftotext = office::findProgram("pdftotext");
    if (!pdftotext) {
        std::cout << "pdftotext is not installed: the PDFs' text is not checked\n";
        return;
    }
    const auto text =
        office::runCommand({pdftotext->string(), (out / "clients.pdf").string(), "-"}, {},
                           freshDirectory("pdftotext") / "log", std::chrono::seconds(60))
            .output;
    for (const auto* shown : {"0.006", "Indifference", "0.05", "Target zone", "250000"}) {
        EXPECT_NE(text.find(shown), std::string::npos)
            << "the PDF does not show " << shown << "; its text:\n"
            << text;
    }
    EXPECT_EQ(text.find("999"), std::string::npos) << "the PDF shows a stale result:\n" << text;
}

TEST_F(RecalcTool, ConvertsToOneCsvPerSheet) {
    const auto out = freshDirectory("out");
    const auto run = convertTo("csv", clients(".xlsx"), out);
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    // NAME-SHEETNAME.csv, or NAME.csv for a workbook of one sheet.
    ASSERT_EQ(filesIn(out), (Files{"clients-Clients.csv", "clients-Plan.csv", "single.csv"}));
    const auto clientSheet = csvRows(contentOf(out / "clients-Clients.csv"));
    ASSERT_EQ(clientSheet.size(), 3U) << contentOf(out / "clients-Clients.csv");
    EXPECT_EQ(clientSheet[1], (std::vector<std::string>{"Client A", "30000", "5000000", "0.006",
                                                        "0", "Indifference"}));
    EXPECT_EQ(clientSheet[2], (std::vector<std::string>{"Client B", "90000", "1800000", "0.05", "2",
                                                        "Target zone"}));
    EXPECT_EQ(csvRows(contentOf(out / "clients-Plan.csv")),
              (Rows{{"Shipments for 5%", "250000"}, {"Share today", "0.006"}}));
    EXPECT_EQ(csvRows(contentOf(out / "single.csv")), (Rows{{"Share", "0.006"}}));
}

TEST_F(RecalcTool, PrintsEverySheetOfTheRecalculatedWorkbook) {
    const auto run = recalc({"--print", clients(".xlsx").string()});
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    EXPECT_EQ(run.err, "");
    for (const auto* shown :
         {"Clients", "Plan", "0.006", "Indifference", "0.05", "Target zone", "250000"}) {
        EXPECT_NE(run.out.find(shown), std::string::npos) << "stdout lacks " << shown << ":\n"
                                                          << run.out;
    }
    EXPECT_EQ(run.out.find("999"), std::string::npos) << "stdout shows a stale result:\n"
                                                      << run.out;
}

TEST_F(RecalcTool, InPlaceReplacesEachWorkbookWithItsRecalculatedVersion) {
    const auto books = freshDirectory("books");
    for (const auto* extension : {".fods", ".ods", ".xlsx"}) {
        std::filesystem::copy_file(clients(extension),
                                   books / ("clients" + std::string(extension)));
    }
    const auto run = recalc({"--in-place", books.string()});
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    EXPECT_EQ(run.err, "");
    // No temporary file and no lock file is left beside them.
    EXPECT_EQ(filesIn(books), (Files{"clients.fods", "clients.ods", "clients.xlsx"}));
    for (const auto* extension : {".fods", ".ods", ".xlsx"}) {
        EXPECT_TRUE(shows(books / ("clients" + std::string(extension)), clientResults()));
    }
}

} // namespace
} // namespace walletshare::recalc_test
