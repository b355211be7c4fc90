// What real folders of finance workbooks hold, and walletshare-recalc must
// neither lose nor hide: two workbooks whose results would share a name,
// values that Calc cannot compute, symbolic links that loop, empty files,
// macro-enabled workbooks, an output folder inside the input folder, stored
// errors that are no formulas, password-protected workbooks and names that
// hold a newline. Each workbook is made as the real file is and the built
// program is run as a user runs it.
#include <filesystem>
#include <string>
#include <vector>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <gtest/gtest.h>

#include "hostile_workbooks.hpp"
#include "recalc_fixture.hpp"
#include "walletshare/office/package_file.hpp"
#include "walletshare/office/zip_archive.hpp"
#include "walletshare/uno/text.hpp"
#include "workbook_text.hpp"

namespace walletshare::recalc_test {
namespace {

using Files = std::vector<std::filesystem::path>;
using css::uno::Any;

bool mentions(const ToolRun& run, const std::string& text) {
    return run.err.find(text) != std::string::npos;
}

// The one-sheet workbook of the suite (Clients.C2 =SHARE, stale) stored as
// .xlsx with `cells` added to its first row, as Excel writes them.
std::filesystem::path oneSheetXlsxWith(const std::filesystem::path& file,
                                       const std::string& cells) {
    const auto model = file.parent_path() / ("model-" + file.stem().string() + ".xlsx");
    RecalcTool::storeStale(RecalcTool::createWorkbook(oneSheetWorkbook()), model);
    auto members = office::packageMembers(RecalcTool::office().context(), model);
    for (auto& [name, bytes] : members) {
        if (name == "xl/worksheets/sheet1.xml") {
            const auto rowEnd = bytes.find("</row>");
            bytes.insert(rowEnd, cells);
        }
    }
    std::filesystem::remove(model);
    office::writeZip(file, members);
    return file;
}

// D1 calls a function that Calc does not know, E1 depends on it; Excel
// stored 5 and 10.
constexpr const char* uncomputableCells =
    R"(<c r="X1"><f>NOSUCHFN(1)</f><v>5</v></c><c r="Y1"><f>X1*2</f><v>10</v></c>)";

TEST_F(RecalcTool, RefusesTwoWorkbooksWhoseResultsWouldShareAFileAndNamesBoth) {
    const auto inputs = freshDirectory("in");
    std::filesystem::create_directories(inputs / "a");
    std::filesystem::create_directories(inputs / "b");
    std::filesystem::copy_file(clients(".xlsx"), inputs / "a" / "book.xlsx");
    std::filesystem::copy_file(clients(".xlsx"), inputs / "b" / "book.xlsx");
    const auto out = freshDirectory("out") / "results";
    const auto run = recalc({"-o", out.string(), (inputs / "a" / "book.xlsx").string(),
                             (inputs / "b" / "book.xlsx").string()});
    EXPECT_EQ(run.exitCode, 2) << run.describe();
    EXPECT_TRUE(mentions(run, (inputs / "a" / "book.xlsx").string()) &&
                mentions(run, (inputs / "b" / "book.xlsx").string()))
        << run.describe();
    EXPECT_FALSE(std::filesystem::exists(out)) << "nothing may be written";

    // Two folders that hold the same names clash as well.
    const auto folders =
        recalc({"-o", out.string(), (inputs / "a").string(), (inputs / "b").string()});
    EXPECT_EQ(folders.exitCode, 2) << folders.describe();

    // One name in two formats, converted to one of them.
    const auto formats = freshDirectory("formats");
    std::filesystem::copy_file(clients(".xlsx"), formats / "same.xlsx");
    std::filesystem::copy_file(clients(".ods"), formats / "same.ods");
    const auto converted = recalc({"--to", "ods", "-o", out.string(), formats.string()});
    EXPECT_EQ(converted.exitCode, 2) << converted.describe();
    EXPECT_TRUE(mentions(converted, "same.xlsx") && mentions(converted, "same.ods"))
        << converted.describe();
    EXPECT_FALSE(std::filesystem::exists(out));
}

TEST_F(RecalcTool, RecalculatesAWorkbookGivenTwiceOnce) {
    const auto inputs = freshDirectory("in");
    std::filesystem::copy_file(clients(".fods"), inputs / "clients.fods");
    const auto out = freshDirectory("out");
    const auto report = freshDirectory("report") / "report.json";
    const auto run = recalc({"-o", out.string(), "--report", report.string(), inputs.string(),
                             (inputs / "clients.fods").string()});
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    EXPECT_EQ(readReport(report).at("workbooks").size(), 1U);
    EXPECT_TRUE(shows(out / "clients.fods", clientResults()));
}

TEST_F(RecalcTool, NamesWhatItCannotComputeAndKeepsItsStoredValue) {
    const auto inputs = freshDirectory("in");
    const auto workbook = oneSheetXlsxWith(inputs / "excel.xlsx", uncomputableCells);
    const auto out = freshDirectory("out");
    const auto report = freshDirectory("report") / "report.json";
    const auto run = recalc({"-o", out.string(), "--report", report.string(), workbook.string()});
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    const auto messages = messagesAbout(run, workbook);
    EXPECT_EQ(messages,
              (std::vector<std::string>{
                  "Clients.X1: Calc cannot compute nosuchfn(1); its stored value 5 is kept",
                  "Clients.Y1: Calc cannot compute X1*2; its stored value 10 is kept"}))
        << run.describe();
    auto expected = oneSheetResults();
    expected.push_back({"Clients", "X1", 5.0});
    expected.push_back({"Clients", "Y1", 10.0});
    EXPECT_TRUE(shows(out / "excel.xlsx", expected));
    const auto parsed = readReport(report);
    EXPECT_EQ(parsed.value("storedValuesKept", 0), 2) << parsed.dump(2);
    EXPECT_EQ(parsed.value("storedValuesReplaced", -1), 0) << parsed.dump(2);
    const auto* entry = reportEntry(parsed, workbook);
    ASSERT_NE(entry, nullptr);
    EXPECT_EQ(entry->at("uncomputableCells").size(), 2U) << entry->dump(2);
}

TEST_F(RecalcTool, ReplacesWhatItCannotComputeWhenAskedAndSaysSo) {
    const auto inputs = freshDirectory("in");
    const auto workbook = oneSheetXlsxWith(inputs / "excel.xlsx", uncomputableCells);
    const auto out = freshDirectory("out");
    const auto run = recalc({"--uncomputable", "replace", "-o", out.string(), workbook.string()});
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    EXPECT_EQ(
        messagesAbout(run, workbook),
        (std::vector<std::string>{
            "Clients.X1: Calc cannot compute nosuchfn(1); its stored value 5 is replaced by "
            "#NAME?",
            "Clients.Y1: Calc cannot compute X1*2; its stored value 10 is replaced by #NAME?"}))
        << run.describe();
    auto expected = oneSheetResults();
    expected.push_back({"Clients", "X1", office::calc_error::noName});
    EXPECT_TRUE(shows(out / "excel.xlsx", expected));
}

TEST_F(RecalcTool, StrictCountsOnlyFormulasThatWereFormulasInTheWorkbook) {
    const auto inputs = freshDirectory("in");
    // An Excel in-cell picture is a stored error with no formula; TRUE is a
    // value. Calc makes formula cells of both.
    const auto workbook = oneSheetXlsxWith(
        inputs / "picture.xlsx",
        R"(<c r="X1" t="e" vm="1"><v>#VALUE!</v></c><c r="Y1" t="b"><v>1</v></c>)");
    const auto run = recalc({"--strict", "-o", freshDirectory("out").string(), workbook.string()});
    EXPECT_EQ(run.exitCode, 0) << run.describe();
    EXPECT_EQ(run.err, "") << run.describe();
}

TEST_F(RecalcTool, ReportsALoopingLinkAndEmptyFilesAndRecalculatesTheOthers) {
    const auto inputs = freshDirectory("in");
    std::filesystem::copy_file(clients(".fods"), inputs / "good.fods");
    std::filesystem::create_symlink("loop", inputs / "loop");
    for (const auto* empty : {"empty.ods", "empty.xlsx", "empty.fods"}) {
        writeFile(inputs / empty, "");
    }
    const auto out = freshDirectory("out");
    const auto report = freshDirectory("report") / "report.json";
    const auto run =
        recalc({"--strict", "-o", out.string(), "--report", report.string(), inputs.string()});
    EXPECT_EQ(run.exitCode, 1) << run.describe();
    const auto parsed = readReport(report);
    expectReportedAsFailed(run, parsed, inputs / "loop");
    for (const auto* empty : {"empty.ods", "empty.xlsx", "empty.fods"}) {
        expectReportedAsFailed(run, parsed, inputs / empty);
        EXPECT_EQ(messagesAbout(run, inputs / empty),
                  std::vector<std::string>{"is empty: it holds no workbook at all"});
    }
    EXPECT_EQ(filesIn(out), Files{"good.fods"});
    EXPECT_TRUE(shows(out / "good.fods", clientResults()));
}

// A macro-enabled workbook as Excel writes one: the suite's .xlsx with a
// real VBA project (the one python3-xlsxwriter ships as its example).
constexpr const char* vbaProject = "/usr/share/doc/python3-xlsxwriter/examples/vbaProject.bin";

std::filesystem::path writeMacroWorkbook(const std::filesystem::path& file) {
    auto members =
        office::packageMembers(RecalcTool::office().context(), RecalcTool::clients(".xlsx"));
    for (auto& [name, bytes] : members) {
        if (name == "[Content_Types].xml") {
            const std::string sheet =
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
            bytes.replace(bytes.find(sheet), sheet.size(),
                          "application/vnd.ms-excel.sheet.macroEnabled.main+xml");
            bytes.insert(
                bytes.find("<Override"),
                R"(<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>)");
        } else if (name == "xl/_rels/workbook.xml.rels") {
            bytes.insert(
                bytes.find("</Relationships>"),
                R"(<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>)");
        }
    }
    members.emplace_back("xl/vbaProject.bin", contentOf(vbaProject));
    office::writeZip(file, members);
    return file;
}

TEST_F(RecalcTool, WritesAMacroEnabledWorkbookBackWithItsVbaProject) {
    ASSERT_TRUE(std::filesystem::exists(vbaProject)) << "tools/setup-debian.sh installs it";
    const auto inputs = freshDirectory("in");
    writeMacroWorkbook(inputs / "macros.xlsm");
    const auto out = freshDirectory("out");
    const auto run = recalc({"-o", out.string(), inputs.string()});
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    EXPECT_EQ(filesIn(out), Files{"macros.xlsm"});
    const auto written = out / "macros.xlsm";
    EXPECT_NE(office::packageMember(office().context(), written, "[Content_Types].xml")
                  .find("macroEnabled"),
              std::string::npos);
    EXPECT_FALSE(office::packageMember(office().context(), written, "xl/vbaProject.bin").empty());
    // The suite reads stored values by the file's extension.
    const auto readable = freshDirectory("readable") / "macros.xlsx";
    std::filesystem::copy_file(written, readable);
    EXPECT_TRUE(shows(readable, clientResults()));
}

TEST_F(RecalcTool, NeverReadsItsOutputFolderAsInput) {
    const auto plans = freshDirectory("plans");
    std::filesystem::copy_file(clients(".fods"), plans / "a.fods");
    for (int run = 1; run <= 3; ++run) {
        const auto result = recalc({"-o", (plans / "out").string(), plans.string()});
        ASSERT_EQ(result.exitCode, 0) << result.describe();
    }
    EXPECT_EQ(filesIn(plans), (Files{"a.fods", "out/a.fods"}));
}

// As Calc stores a workbook with a password: encrypted. (Calc 7.4 writes an
// .xlsx file unencrypted even when given one, so only ODF is made here.)
void storeWithPassword(const std::filesystem::path& file) {
    const auto workbook = RecalcTool::createWorkbook(oneSheetWorkbook());
    const css::uno::Reference<css::frame::XStorable> storable(workbook.document(),
                                                              css::uno::UNO_QUERY_THROW);
    css::uno::Sequence<css::beans::PropertyValue> properties(2);
    properties.getArray()[0] = property("FilterName", Any(rtl::OUString("calc8")));
    properties.getArray()[1] = property("Password", Any(rtl::OUString("secret")));
    storable->storeToURL(uno::fileUrlOf(file), properties);
}

TEST_F(RecalcTool, SaysAWorkbookIsPasswordProtected) {
    const auto inputs = freshDirectory("in");
    storeWithPassword(inputs / "locked.ods");
    std::filesystem::copy_file(clients(".fods"), inputs / "open.fods");
    const auto out = freshDirectory("out");
    const auto run = recalc({"-o", out.string(), inputs.string()});
    EXPECT_EQ(run.exitCode, 1) << run.describe();
    const auto messages = messagesAbout(run, inputs / "locked.ods");
    ASSERT_EQ(messages.size(), 1U) << run.describe();
    EXPECT_TRUE(messages.front().starts_with("is password-protected")) << run.describe();
    EXPECT_FALSE(mentions(run, ".cxx")) << "no LibreOffice internals: " << run.describe();
    EXPECT_EQ(filesIn(out), Files{"open.fods"});
}

TEST_F(RecalcTool, QuotesANameThatHoldsANewline) {
    const auto inputs = freshDirectory("in");
    writeFile(inputs / "bad\nname.ods", "not a workbook at all, and long enough to be read");
    const auto run = recalc({"-o", freshDirectory("out").string(), inputs.string()});
    EXPECT_EQ(run.exitCode, 1) << run.describe();
    const auto lines = run.errorLines();
    ASSERT_EQ(lines.size(), 1U) << run.describe();
    EXPECT_NE(lines.front().find("bad\\nname.ods\": "), std::string::npos) << run.describe();
}

} // namespace
} // namespace walletshare::recalc_test
