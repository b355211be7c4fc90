// What walletshare-recalc must never do to a user's files and machine: change
// an input, run a workbook's macros, fetch what a workbook links to; and what
// it must survive: a soffice that dies under it. Each hostile workbook is
// first shown to do its harm in an ordinary office, so that nothing happening
// under the tool means the tool prevented it.
#include <chrono>
#include <csignal>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/document/UpdateDocMode.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <gtest/gtest.h>

#include "counting_http_server.hpp"
#include "folder_watch.hpp"
#include "hostile_workbooks.hpp"
#include "recalc_fixture.hpp"
#include "tool_process.hpp"
#include "walletshare/office/child_process.hpp"
#include "walletshare/uno/text.hpp"
#include "workbook_text.hpp"

namespace walletshare::recalc_test {
namespace {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

bool unshareNetWorksHere(const std::filesystem::path& scratch) {
    const auto unshare = office::findProgram("unshare");
    return unshare && office::runCommand({unshare->string(), "--net", "true"}, {},
                                         scratch / "unshare.log", std::chrono::seconds(30))
                              .exitCode == 0;
}

TEST_F(RecalcTool, NeverChangesItsInputsNorPutsAnythingBesideThem) {
    const auto before = stateOf(portfolio());
    FolderWatch watch(portfolio());
    const auto run = recalc({"--output", freshDirectory("out").string(), "--print", "--jobs", "2",
                             portfolio().string()});
    EXPECT_EQ(run.exitCode, 0) << run.describe();
    EXPECT_EQ(watch.changes(), std::vector<std::string>{})
        << "something was created, written or renamed in the input folder during the run";
    EXPECT_EQ(differences(before, stateOf(portfolio())), std::vector<std::string>{});
}

TEST_F(RecalcTool, NeverRunsAWorkbooksMacros) {
    const auto markers = freshDirectory("markers");
    const auto inputs = freshDirectory("in");
    storeMacroWorkbook(inputs, "macro", markers, bindEveryDocumentEvent);

    // The macros are real: an office that allows them runs them.
    for (const auto& workbook : macroWorkbooks(inputs, "macro")) {
        openAndRecalculate(workbook, css::document::MacroExecMode::ALWAYS_EXECUTE_NO_WARN,
                           css::document::UpdateDocMode::NO_UPDATE);
        ASSERT_NE(markersIn(markers), std::vector<std::filesystem::path>{})
            << workbook.filename()
            << " ran no macro even in an office that allows macros: the test shows "
               "nothing";
        clearMarkers(markers);
    }

    const auto out = recalcWithoutMacros(inputs, "macro", markers, {"--print"});
    for (const auto& workbook : macroWorkbooks(inputs, "macro")) {
        const auto output = out / workbook.filename();
        if (std::filesystem::exists(output)) {
            EXPECT_NE(storedValues(output, {{"Sheet1", "B1", 7.0}}, office()).front(),
                      office::CellValue(7.0))
                << "the cell's Basic function computed under walletshare-recalc";
        }
    }
}

TEST_F(RecalcTool, NeverFetchesWhatAWorkbookLinksTo) {
    CountingHttpServer server;
    const auto inputs = freshDirectory("in");
    {
        const auto base = server.base();
        auto workbook = createWorkbook({
            {"Sheet1", "A1", "=SHARE(30000;5000000)"},
            {"Sheet1", "A2", R"(=WEBSERVICE(")" + base + R"(/w"))"},
            {"Sheet1", "A3", "='" + base + "/book.ods'#$Sheet1.A1"},
        });
        // The workbook asks for its links to be updated without asking.
        const Reference<css::beans::XPropertySet> settings(
            Reference<css::lang::XMultiServiceFactory>(workbook.document(), UNO_QUERY_THROW)
                ->createInstance("com.sun.star.document.Settings"),
            UNO_QUERY_THROW);
        settings->setPropertyValue("LinkUpdateMode", Any(sal_Int16(2)));
        const auto written = freshDirectory("written") / "links.fods";
        workbook.store(written);
        writeFile(inputs / "links.fods", withLinkedImage(contentOf(written), base + "/logo.png"));
    }
    convert(inputs / "links.fods", inputs / "links.ods");

    // The links are real: an ordinary office that loads the workbook with
    // link updates off, as the tool does, still fetches its image.
    server.reset();
    for (const auto* name : {"links.fods", "links.ods"}) {
        openAndRecalculate(inputs / name, css::document::MacroExecMode::NEVER_EXECUTE,
                           css::document::UpdateDocMode::NO_UPDATE);
    }
    ASSERT_GT(server.connections(), 0U)
        << "an ordinary office fetched nothing for these workbooks: the test shows nothing";
    // And the server answers whoever reaches it.
    server.reset();
    EXPECT_NE(fetchOnce(server.port(), "/probe").find("200"), std::string::npos);
    ASSERT_EQ(server.connections(), 1U);
    server.reset();

    const auto out = freshDirectory("out");
    const auto scratch = freshDirectory("run");
    ToolProcess tool({"--output", out.string(), (inputs / "links.fods").string(),
                      (inputs / "links.ods").string()},
                     scratch);
    // Where its office lives: its own network namespace, when unshare can
    // make one.
    std::optional<std::string> officeNetwork;
    while (!officeNetwork && tool.running()) {
        for (const auto office : processesMentioning(tool.temp(), "soffice.bin")) {
            officeNetwork = networkNamespaceOf(office);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    const auto run = tool.finish(std::chrono::seconds(600));
    EXPECT_EQ(run.exitCode, 0) << run.describe();
    EXPECT_EQ(processesLeftBehind(tool.temp(), std::chrono::seconds(10)),
              std::vector<std::string>{});
    EXPECT_EQ(server.requests(), std::vector<std::string>{})
        << "walletshare-recalc's office fetched what the workbook links to";
    for (const auto* name : {"links.fods", "links.ods"}) {
        EXPECT_TRUE(shows(out / name, {{"Sheet1", "A1", 0.006}}));
    }
    if (unshareNetWorksHere(scratch)) {
        ASSERT_TRUE(officeNetwork.has_value()) << "the tool's soffice.bin was never seen";
        EXPECT_NE(*officeNetwork, networkNamespaceOf(::getpid()).value_or(""))
            << "unshare --net works here, but soffice runs in the test's network namespace";
    }

    // A PDF draws the linked image, so exporting is one more chance to fetch it.
    // One run a format: both results would be links.pdf in one folder.
    for (const auto* name : {"links.fods", "links.ods"}) {
        const auto pdfs = freshDirectory("pdf");
        const auto pdfRun =
            recalc({"--to", "pdf", "--output", pdfs.string(), (inputs / name).string()});
        EXPECT_EQ(pdfRun.exitCode, 0) << pdfRun.describe();
        EXPECT_EQ(server.requests(), std::vector<std::string>{})
            << "walletshare-recalc's office fetched what the workbook links to";
    }
}

TEST_F(RecalcTool, RestartsAnOfficeThatDiesAndStillRecalculatesTheWorkbook) {
    const auto& heavy = heavyWorkbook();
    const auto out = freshDirectory("out");
    const auto report = freshDirectory("report") / "report.json";
    const auto scratch = freshDirectory("run");
    ToolProcess tool(
        {"--jobs", "1", "--output", out.string(), "--report", report.string(), heavy.string()},
        scratch);

    // Killed once it is busy with the workbook: when it has the file open
    // and has worked on it for half a second more (or, should the tool hide
    // the file from it, once it has used far more CPU than a start takes).
    constexpr double workAfterOpening = 0.5;
    constexpr double workWithoutSeeingTheFile = 5.0;
    std::optional<pid_t> killed;
    std::optional<double> openedAt;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(5);
    while (!killed && tool.running() && std::chrono::steady_clock::now() < deadline) {
        for (const auto office : processesMentioning(tool.temp(), "soffice.bin")) {
            if (commandLineOf(office).find("--terminate_after_init") != std::string::npos) {
                continue;
            }
            const auto used = userSecondsOf(office);
            if (!used) {
                continue;
            }
            if (!openedAt && hasFileOpen(office, heavy.stem().string())) {
                openedAt = *used;
            }
            if ((openedAt && *used >= *openedAt + workAfterOpening) ||
                *used >= workWithoutSeeingTheFile) {
                ASSERT_EQ(::kill(office, SIGKILL), 0);
                killed = office;
                std::cout << "killed soffice.bin " << office << " after " << *used << " s of CPU"
                          << (openedAt ? ", " + std::to_string(*used - *openedAt) +
                                             " s after it opened the workbook"
                                       : std::string(", never having seen the workbook open"))
                          << '\n';
                break;
            }
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    const auto run = tool.finish(std::chrono::seconds(600));
    ASSERT_TRUE(killed.has_value())
        << "the workbook was done before its soffice could be killed; " << run.describe();

    EXPECT_EQ(run.exitCode, 0) << run.describe();
    EXPECT_EQ(run.err, "");
    EXPECT_EQ(processesLeftBehind(tool.temp(), std::chrono::seconds(10)),
              std::vector<std::string>{});
    EXPECT_TRUE(shows(out / heavy.filename(), heavyResults()));
    ASSERT_TRUE(std::filesystem::exists(report)) << run.describe();
    const auto parsed = readReport(report);
    const auto* entry = reportEntry(parsed, heavy);
    ASSERT_NE(entry, nullptr) << parsed.dump(2);
    EXPECT_EQ(entry->value("status", ""), "ok") << entry->dump(2);
    EXPECT_GE(entry->value("officeRestarts", 0), 1) << entry->dump(2);
}

} // namespace
} // namespace walletshare::recalc_test
