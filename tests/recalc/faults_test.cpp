// Faults that walletshare-recalc must survive and report, and what a hostile
// workbook must not get done under it.
//
// Faults: a damaged workbook, a zip bomb, an output folder it may not write,
// a full disk. Each must be named on stderr and failed in the report with a
// reason, leave its input untouched and nothing of its output (no partial
// file, no hidden staging folder), and let the other workbooks be done.
//
// Security: macros bound to form controls and to the workbook's own events,
// links to external data, and the files the tool may write at all. Each
// hostile workbook is first shown to do its harm in an ordinary office, so
// that nothing happening under the tool means the tool prevented it.
#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <set>
#include <string>
#include <sys/mount.h>
#include <utility>
#include <vector>

#include <com/sun/star/awt/Point.hpp>
#include <com/sun/star/awt/Size.hpp>
#include <com/sun/star/awt/XControlModel.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/document/UpdateDocMode.hpp>
#include <com/sun/star/document/XEventsSupplier.hpp>
#include <com/sun/star/drawing/XControlShape.hpp>
#include <com/sun/star/drawing/XDrawPage.hpp>
#include <com/sun/star/drawing/XDrawPages.hpp>
#include <com/sun/star/drawing/XDrawPagesSupplier.hpp>
#include <com/sun/star/drawing/XShapes.hpp>
#include <com/sun/star/form/XFormsSupplier.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/script/ScriptEventDescriptor.hpp>
#include <com/sun/star/script/XEventAttacherManager.hpp>
#include <com/sun/star/script/provider/XScript.hpp>
#include <com/sun/star/script/provider/XScriptProvider.hpp>
#include <com/sun/star/script/provider/XScriptProviderSupplier.hpp>
#include <com/sun/star/sheet/SheetLinkMode.hpp>
#include <com/sun/star/sheet/XAreaLinks.hpp>
#include <com/sun/star/sheet/XSheetLinkable.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/util/XRefreshable.hpp>
#include <gtest/gtest.h>

#include "counting_http_server.hpp"
#include "folder_watch.hpp"
#include "hostile_workbooks.hpp"
#include "recalc_fixture.hpp"
#include "tool_process.hpp"
#include "walletshare/office/office_user.hpp"
#include "walletshare/office/zip_archive.hpp"
#include "walletshare/uno/text.hpp"
#include "workbook_text.hpp"

namespace walletshare::recalc_test {
namespace {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using Entries = std::set<std::filesystem::path>;

// Every file and folder below `folder`, hidden ones included: a staging
// folder that is left behind is hidden, and may be empty.
Entries entriesIn(const std::filesystem::path& folder) {
    Entries entries;
    for (const auto& [path, state] : stateOf(folder)) {
        entries.insert(path);
    }
    return entries;
}

// The state of a folder of inputs before a run, and every change to it
// during the run.
class UntouchedInputs {
public:
    explicit UntouchedInputs(const std::filesystem::path& folder)
        : folder_(folder), before_(stateOf(folder)), watch_(folder) {}

    void expectUntouched() {
        EXPECT_EQ(watch_.changes(), std::vector<std::string>{})
            << "something was created, written or renamed among the inputs during the run";
        EXPECT_EQ(differences(before_, stateOf(folder_)), std::vector<std::string>{});
    }

private:
    std::filesystem::path folder_;
    FolderState before_;
    FolderWatch watch_;
};

std::string reasonOf(const nlohmann::json& report, const std::filesystem::path& input) {
    const auto* entry = reportEntry(report, input);
    return entry == nullptr ? std::string() : entry->value("reason", "");
}

// A tmpfs of this test, unmounted at its end. Root writes into a folder
// whatever its mode, so a folder that root may not write is a read-only file
// system, and a full disk is a small one.
class TestMount {
public:
    TestMount(std::filesystem::path at, unsigned long flags, const std::string& options)
        : at_(std::move(at)) {
        std::filesystem::create_directories(at_);
        if (::mount("tmpfs", at_.c_str(), "tmpfs", flags | MS_NOSUID | MS_NODEV, options.c_str()) !=
            0) {
            failure_ = "mount -t tmpfs -o " + options + " tmpfs " + at_.string() + ": " +
                       std::strerror(errno);
        }
    }
    // Detached, so that even a process that still uses it does not keep it.
    ~TestMount() {
        if (!failure_) {
            ::umount2(at_.c_str(), MNT_DETACH);
        }
    }
    TestMount(const TestMount&) = delete;
    TestMount& operator=(const TestMount&) = delete;
    TestMount(TestMount&&) = delete;
    TestMount& operator=(TestMount&&) = delete;

    // Why mounting failed (mount(2) needs CAP_SYS_ADMIN, which a container
    // may not grant).
    [[nodiscard]] const std::optional<std::string>& failure() const { return failure_; }

private:
    std::filesystem::path at_;
    std::optional<std::string> failure_;
};

TEST_F(RecalcTool, ReportsATruncatedWorkbookAndRecalculatesTheOthers) {
    const auto inputs = freshDirectory("in");
    std::filesystem::copy_file(clients(".fods"), inputs / "good.fods");
    // A download or a copy that stopped half way: a valid .ods cut in half,
    // so its zip directory is gone but its start is a real package.
    const auto whole = contentOf(clients(".ods"));
    const auto truncated = inputs / "truncated.ods";
    writeFile(truncated, std::string_view(whole).substr(0, whole.size() / 2));
    UntouchedInputs untouched(inputs);
    const auto out = freshDirectory("out");
    const auto report = freshDirectory("report") / "report.json";
    const auto run =
        recalc({"--output", out.string(), "--report", report.string(), inputs.string()});

    EXPECT_EQ(run.exitCode, 1) << run.describe();
    EXPECT_EQ(run.errorLines().size(), 1U) << run.describe();
    ASSERT_TRUE(std::filesystem::exists(report)) << run.describe();
    expectReportedAsFailed(run, readReport(report), truncated);
    EXPECT_EQ(entriesIn(out), Entries{"good.fods"}) << "a partial output or a staging folder";
    EXPECT_TRUE(shows(out / "good.fods", clientResults()));
    untouched.expectUntouched();
}

// The rows and columns of the zip bomb's sheet: 15 million numbers, some
// 230 MB of XML in a file of well under a megabyte. Enough to keep soffice
// busy past --timeout, not enough to starve the machine.
constexpr int bombRows = 150000;
constexpr int bombColumns = 100;

// An .xlsx file whose one worksheet inflates to bombRows x bombColumns
// cells.
std::filesystem::path writeZipBomb(const std::filesystem::path& folder) {
    const auto model = folder / "model.xlsx";
    RecalcTool::createWorkbook({{"Sheet1", "A1", "7"}}).store(model);
    const auto unpacked = folder / "unpacked";
    for (const auto& [name, bytes] :
         office::packageMembers(RecalcTool::office().context(), model)) {
        const auto file = unpacked / name;
        std::filesystem::create_directories(file.parent_path());
        if (name != "xl/worksheets/sheet1.xml") {
            writeFile(file, bytes);
            continue;
        }
        const auto dataStart = bytes.find("<sheetData>");
        const auto dataEnd = bytes.find("</sheetData>");
        if (dataStart == std::string::npos || dataEnd == std::string::npos) {
            throw std::runtime_error("the office's worksheet has no sheetData");
        }
        // Written a row at a time: the whole text never is in memory.
        std::ofstream sheet(file, std::ios::binary | std::ios::trunc);
        sheet << bytes.substr(0, dataStart) << "<sheetData>";
        std::string cells;
        for (int column = 0; column < bombColumns; ++column) {
            cells += "<c><v>7</v></c>";
        }
        for (int row = 1; row <= bombRows; ++row) {
            sheet << R"(<row r=")" << row << R"(">)" << cells << "</row>";
        }
        sheet << bytes.substr(dataEnd);
        if (!sheet) {
            throw std::runtime_error("cannot write " + file.string());
        }
    }
    auto bomb = folder / "bomb.xlsx";
    office::zipFolder(unpacked, bomb);
    std::filesystem::remove_all(unpacked);
    return bomb;
}

TEST_F(RecalcTool, SurvivesAZipBombAndLeavesNoPartialOutput) {
    const auto bomb = writeZipBomb(freshDirectory("bomb"));
    const auto inputs = freshDirectory("in");
    // Done in name order by one soffice: the good workbook comes after the
    // bomb, so it needs whatever soffice is left after the bomb.
    const auto bombInput = inputs / "a-bomb.xlsx";
    std::filesystem::copy_file(bomb, bombInput);
    std::filesystem::copy_file(clients(".fods"), inputs / "b-good.fods");
    ASSERT_LT(std::filesystem::file_size(bombInput), 1U << 20U) << "the zip bomb is no small file";
    UntouchedInputs untouched(inputs);
    const auto out = freshDirectory("out");
    const auto report = freshDirectory("report") / "report.json";
    const auto run = recalc({"--jobs", "1", "--timeout", "20", "--output", out.string(), "--report",
                             report.string(), inputs.string()});

    ASSERT_TRUE(std::filesystem::exists(report)) << run.describe();
    const auto parsed = readReport(report);
    const auto* entry = reportEntry(parsed, bombInput);
    ASSERT_NE(entry, nullptr) << parsed.dump(2);
    // Whatever it did with the bomb, it says so, and the rest is done.
    std::cout << "the zip bomb: " << entry->dump() << '\n';
    if (entry->value("status", "") == "ok") {
        EXPECT_EQ(run.exitCode, 0) << run.describe();
        EXPECT_EQ(entriesIn(out), (Entries{"a-bomb.xlsx", "b-good.fods"}));
    } else {
        EXPECT_EQ(run.exitCode, 1) << run.describe();
        expectReportedAsFailed(run, parsed, bombInput);
        EXPECT_EQ(entriesIn(out), Entries{"b-good.fods"})
            << "a partial output or a staging folder of the bomb was left";
    }
    EXPECT_TRUE(shows(out / "b-good.fods", clientResults()))
        << "the workbook after the bomb was not done (was soffice started again?)";
    untouched.expectUntouched();
}

TEST_F(RecalcTool, ReportsAnOutputFolderItMayNotWriteAndWritesTheOthers) {
    const auto inputs = freshDirectory("in");
    std::filesystem::copy_file(clients(".fods"), inputs / "good.fods");
    std::filesystem::create_directories(inputs / "regions");
    const auto locked = inputs / "regions" / "clients.ods";
    std::filesystem::copy_file(clients(".ods"), locked);
    const auto out = freshDirectory("out");
    // Where the workbooks of regions/ go: a folder that no one may write.
    const TestMount readOnly(out / "regions", MS_RDONLY, "size=1m");
    if (readOnly.failure()) {
        GTEST_SKIP() << "a read-only folder for root needs a read-only mount, and mounting is "
                        "not permitted here: "
                     << *readOnly.failure();
    }
    UntouchedInputs untouched(inputs);
    const auto report = freshDirectory("report") / "report.json";
    const auto run =
        recalc({"--output", out.string(), "--report", report.string(), inputs.string()});

    EXPECT_EQ(run.exitCode, 1) << run.describe();
    EXPECT_EQ(run.errorLines().size(), 1U) << run.describe();
    ASSERT_TRUE(std::filesystem::exists(report)) << run.describe();
    const auto parsed = readReport(report);
    expectReportedAsFailed(run, parsed, locked);
    EXPECT_NE(reasonOf(parsed, locked).find("cannot be written"), std::string::npos)
        << parsed.dump(2);
    EXPECT_EQ(entriesIn(out), (Entries{"good.fods", "regions"}));
    EXPECT_TRUE(shows(out / "good.fods", clientResults()));
    untouched.expectUntouched();

    // The output folder itself may not be written: every workbook fails,
    // each reported.
    const auto lockedOut = out / "regions";
    const auto lockedReport = freshDirectory("report") / "report.json";
    const auto lockedRun = recalc(
        {"--output", lockedOut.string(), "--report", lockedReport.string(), inputs.string()});
    EXPECT_EQ(lockedRun.exitCode, 1) << lockedRun.describe();
    EXPECT_EQ(lockedRun.errorLines().size(), 2U) << lockedRun.describe();
    ASSERT_TRUE(std::filesystem::exists(lockedReport)) << lockedRun.describe();
    const auto lockedParsed = readReport(lockedReport);
    for (const auto& input : {inputs / "good.fods", locked}) {
        expectReportedAsFailed(lockedRun, lockedParsed, input);
        EXPECT_NE(reasonOf(lockedParsed, input).find("cannot be written"), std::string::npos)
            << lockedParsed.dump(2);
    }
    untouched.expectUntouched();
}

// A folder with a workbook whose output is megabytes, a-big.fods, and one
// whose output is a few kilobytes, b-tiny.ods; made once. In name order, so
// that one soffice writes the big one first: the tiny one only fits if the
// big one left nothing behind. (The tiny one is compressed: soffice needs
// about twice a file's size free while it stores it, and a 30 kB .fods
// does not fit on a 64 KiB disk.)
constexpr int bigRows = 10000;

const std::filesystem::path& bigAndTinyWorkbooks() {
    static const std::filesystem::path folder = [] {
        auto made = RecalcTool::freshDirectory("big-and-tiny");
        const auto big = RecalcTool::freshDirectory("big") / "big.xlsx";
        RecalcTool::writeShareRows(big, bigRows);
        // .fods: uncompressed, so that the output is as large as the rows.
        RecalcTool::convert(big, made / "a-big.fods");
        RecalcTool::convert(RecalcTool::oneSheet(), made / "b-tiny.ods");
        return made;
    }();
    return folder;
}

// A 64 KiB disk: the tiny workbook's output fits in it, the big one's does
// not, by far.
constexpr std::uintmax_t smallDisk = std::uintmax_t{64} * 1024;

TEST_F(RecalcTool, ReportsAFullDiskAndLeavesNothingOfTheWorkbookThatDidNotFit) {
    const auto inputs = freshDirectory("in");
    std::filesystem::copy(bigAndTinyWorkbooks(), inputs);
    const auto big = inputs / "a-big.fods";
    ASSERT_GT(std::filesystem::file_size(big), 10 * smallDisk);
    ASSERT_LT(std::filesystem::file_size(inputs / "b-tiny.ods"), smallDisk / 4);
    const auto out = freshDirectory("out");
    const TestMount disk(out, 0, "size=" + std::to_string(smallDisk));
    if (disk.failure()) {
        GTEST_SKIP() << "a full disk needs a small tmpfs, and mounting is not permitted here: "
                     << *disk.failure();
    }
    UntouchedInputs untouched(inputs);
    const auto report = freshDirectory("report") / "report.json";
    const auto run = recalc(
        {"--jobs", "1", "--output", out.string(), "--report", report.string(), inputs.string()});

    EXPECT_EQ(run.exitCode, 1) << run.describe();
    EXPECT_EQ(run.errorLines().size(), 1U) << run.describe();
    ASSERT_TRUE(std::filesystem::exists(report)) << run.describe();
    const auto parsed = readReport(report);
    expectReportedAsFailed(run, parsed, big);
    EXPECT_NE(reasonOf(parsed, big).find("the disk is full"), std::string::npos) << parsed.dump(2);
    EXPECT_EQ(entriesIn(out), Entries{"b-tiny.ods"})
        << "the workbook that did not fit left a partial file or a staging folder";
    EXPECT_TRUE(shows(out / "b-tiny.ods", oneSheetResults()));
    untouched.expectUntouched();
}

// The same with CSV, which Calc writes through another path than documents.
TEST_F(RecalcTool, ReportsAFullDiskWhenWritingCsvAndLeavesNothingOfTheWorkbookThatDidNotFit) {
    const auto inputs = freshDirectory("in");
    std::filesystem::copy(bigAndTinyWorkbooks(), inputs);
    const auto big = inputs / "a-big.fods";
    const auto out = freshDirectory("out");
    const TestMount disk(out, 0, "size=" + std::to_string(smallDisk));
    if (disk.failure()) {
        GTEST_SKIP() << "a full disk needs a small tmpfs, and mounting is not permitted here: "
                     << *disk.failure();
    }
    UntouchedInputs untouched(inputs);
    const auto report = freshDirectory("report") / "report.json";
    const auto run = recalc({"--jobs", "1", "--to", "csv", "--output", out.string(), "--report",
                             report.string(), inputs.string()});

    EXPECT_EQ(run.exitCode, 1) << run.describe();
    ASSERT_TRUE(std::filesystem::exists(report)) << run.describe();
    const auto parsed = readReport(report);
    expectReportedAsFailed(run, parsed, big);
    EXPECT_NE(reasonOf(parsed, big).find("the disk is full"), std::string::npos) << parsed.dump(2);
    const auto bigOutput = out / "a-big.csv";
    EXPECT_EQ(entriesIn(out), Entries{"b-tiny.csv"})
        << "the workbook that did not fit left a partial file or a staging folder"
        << (std::filesystem::exists(bigOutput)
                ? "; a-big.csv holds " + std::to_string(csvRows(contentOf(bigOutput)).size()) +
                      " of its " + std::to_string(bigRows) + " rows"
                : std::string());
    if (std::filesystem::exists(out / "b-tiny.csv")) {
        EXPECT_EQ(csvRows(contentOf(out / "b-tiny.csv")),
                  (std::vector<std::vector<std::string>>{{"Share", "0.006"}}))
            << "the workbook that fits was not written whole";
    }
    untouched.expectUntouched();
}

// The events of a form control that the Events tab of its properties binds
// (listener, method): pressing it, and the focus, mouse and keys on it.
constexpr std::array<std::pair<const char*, const char*>, 9> buttonEvents{{
    {"XActionListener", "actionPerformed"},
    {"XApproveActionListener", "approveAction"},
    {"XFocusListener", "focusGained"},
    {"XFocusListener", "focusLost"},
    {"XMouseListener", "mouseEntered"},
    {"XMouseListener", "mousePressed"},
    {"XMouseListener", "mouseReleased"},
    {"XKeyListener", "keyPressed"},
    {"XKeyListener", "keyReleased"},
}};

// The events of a form: loading it, and resetting and submitting it.
constexpr std::array<std::pair<const char*, const char*>, 5> formEvents{{
    {"XLoadListener", "loaded"},
    {"XLoadListener", "reloaded"},
    {"XResetListener", "approveReset"},
    {"XResetListener", "resetted"},
    {"XSubmitListener", "approveSubmit"},
}};

css::script::ScriptEventDescriptor boundTo(const std::pair<const char*, const char*>& event,
                                           const std::string& sub) {
    return {rtl::OUString::createFromAscii(event.first),
            rtl::OUString::createFromAscii(event.second), "", "Script",
            uno::ouStringOf(markerScript(sub))};
}

constexpr std::string_view orderForm = "Order";
constexpr std::string_view sendButton = "SendOrder";

Reference<css::drawing::XDrawPage> firstDrawPage(const Reference<css::uno::XInterface>& document) {
    // A workbook's draw pages are its sheets'.
    return {Reference<css::drawing::XDrawPagesSupplier>(document, UNO_QUERY_THROW)
                ->getDrawPages()
                ->getByIndex(0),
            UNO_QUERY_THROW};
}

// A push button in a form on the first sheet, every event of the button
// bound to Sub ControlEvent and every event of the form to Sub FormEvent.
// The workbook asks to open with its forms live, not in design mode, and
// the focus on the button: a form to fill in, whose controls react at once.
void addPushButton(const office::Spreadsheet& workbook) {
    const auto& document = workbook.document();
    const Reference<css::lang::XMultiServiceFactory> factory(document, UNO_QUERY_THROW);
    const auto page = firstDrawPage(document);
    const auto forms = Reference<css::form::XFormsSupplier>(page, UNO_QUERY_THROW)->getForms();
    const Reference<css::container::XNameContainer> form(
        factory->createInstance("com.sun.star.form.component.Form"), UNO_QUERY_THROW);
    forms->insertByName(uno::ouStringOf(orderForm), Any(form));
    const Reference<css::awt::XControlModel> button(
        factory->createInstance("com.sun.star.form.component.CommandButton"), UNO_QUERY_THROW);
    Reference<css::beans::XPropertySet>(button, UNO_QUERY_THROW)
        ->setPropertyValue("Label", Any(rtl::OUString("Send the order")));
    form->insertByName(uno::ouStringOf(sendButton), Any(button));
    const Reference<css::drawing::XControlShape> shape(
        factory->createInstance("com.sun.star.drawing.ControlShape"), UNO_QUERY_THROW);
    shape->setPosition(css::awt::Point(1000, 2000));
    shape->setSize(css::awt::Size(6000, 1000));
    shape->setControl(button);
    Reference<css::drawing::XShapes>(page, UNO_QUERY_THROW)
        ->add(Reference<css::drawing::XShape>(shape, UNO_QUERY_THROW));

    // A container binds the events of the elements it holds, by index; each
    // was appended last.
    const Reference<css::script::XEventAttacherManager> formElements(form, UNO_QUERY_THROW);
    const auto buttonIndex =
        Reference<css::container::XIndexAccess>(form, UNO_QUERY_THROW)->getCount() - 1;
    for (const auto& event : buttonEvents) {
        formElements->registerScriptEvent(buttonIndex, boundTo(event, "ControlEvent"));
    }
    const Reference<css::script::XEventAttacherManager> pageForms(forms, UNO_QUERY_THROW);
    const auto formIndex =
        Reference<css::container::XIndexAccess>(forms, UNO_QUERY_THROW)->getCount() - 1;
    for (const auto& event : formEvents) {
        pageForms->registerScriptEvent(formIndex, boundTo(event, "FormEvent"));
    }
    const Reference<css::beans::XPropertySet> settings(document, UNO_QUERY_THROW);
    settings->setPropertyValue("ApplyFormDesignMode", Any(false));
    settings->setPropertyValue("AutomaticControlFocus", Any(true));
}

bool holds(const std::vector<std::filesystem::path>& markers, const char* marker) {
    return std::find(markers.begin(), markers.end(), marker) != markers.end();
}

TEST_F(RecalcTool, NeverRunsMacrosBoundToAWorkbooksFormControls) {
    const auto markers = freshDirectory("markers");
    const auto inputs = freshDirectory("in");
    storeMacroWorkbook(inputs, "order-form", markers, addPushButton);

    // The macros are real: an office that allows macros runs the button's
    // as soon as it loads the workbook, hidden as the tool loads it (the
    // button gets the focus), and the cell's when it recalculates.
    for (const auto& workbook : macroWorkbooks(inputs, "order-form")) {
        openAndRecalculate(workbook, css::document::MacroExecMode::ALWAYS_EXECUTE_NO_WARN,
                           css::document::UpdateDocMode::NO_UPDATE);
        const auto ran = markersIn(markers);
        ASSERT_TRUE(holds(ran, "control-event") && holds(ran, "cell-function"))
            << workbook.filename() << " ran only " << ::testing::PrintToString(ran)
            << " in an office that allows macros: the test shows nothing";
        clearMarkers(markers);
    }

    recalcWithoutMacros(inputs, "order-form", markers);
}

// The events that run a workbook's macros without anyone doing anything:
// when the office starts with it, when it is made from a template, loaded,
// and shown.
constexpr std::array<const char*, 5> autoRunEvents{"OnStartApp", "OnNew", "OnLoad",
                                                   "OnLoadFinished", "OnViewCreated"};

// The script bound to a document event of an opened workbook ("" if none).
std::string scriptBoundTo(const Reference<css::lang::XComponent>& component, const char* event) {
    css::uno::Sequence<css::beans::PropertyValue> binding;
    Reference<css::document::XEventsSupplier>(component, UNO_QUERY_THROW)
        ->getEvents()
        ->getByName(rtl::OUString::createFromAscii(event)) >>= binding;
    for (const auto& property : binding) {
        if (property.Name == "Script") {
            rtl::OUString script;
            property.Value >>= script;
            return uno::utf8Of(script);
        }
    }
    return {};
}

// Runs a script of an opened workbook as its event would.
void runScript(const Reference<css::lang::XComponent>& component, const std::string& url) {
    const auto script =
        Reference<css::script::provider::XScriptProviderSupplier>(component, UNO_QUERY_THROW)
            ->getScriptProvider()
            ->getScript(uno::ouStringOf(url));
    css::uno::Sequence<sal_Int16> outIndices;
    css::uno::Sequence<Any> outArguments;
    script->invoke({}, outIndices, outArguments);
}

// No Basic library runs by itself: a workbook's Basic runs when a cell calls
// it or when an event it is bound to fires. This one is bound to every event
// the workbook has, those that fire by themselves among them.
TEST_F(RecalcTool, NeverRunsMacrosBoundToAWorkbooksOwnEvents) {
    const auto markers = freshDirectory("markers");
    const auto inputs = freshDirectory("in");
    storeMacroWorkbook(inputs, "autorun", markers, bindEveryDocumentEvent);

    // The bindings are real. This office cannot show a workbook (it is
    // headless, without any window system), and Calc fires no document
    // event for a hidden workbook, so an office that allows macros is shown
    // to keep the bindings when it loads the file, and to run what they name
    // as the event would.
    for (const auto& workbook : macroWorkbooks(inputs, "autorun")) {
        SCOPED_TRACE(workbook.filename().string());
        const auto opened =
            openInOffice(workbook, {.hidden = true,
                                    .macros = css::document::MacroExecMode::ALWAYS_EXECUTE_NO_WARN,
                                    .links = css::document::UpdateDocMode::NO_UPDATE});
        std::vector<std::string> unbound;
        for (const auto* event : autoRunEvents) {
            if (scriptBoundTo(opened, event) != markerScript("DocumentEvent")) {
                unbound.emplace_back(event);
            }
        }
        ASSERT_EQ(unbound, std::vector<std::string>{})
            << "the file does not keep these bindings: the test shows less";
        runScript(opened, scriptBoundTo(opened, "OnLoad"));
        closeInOffice(opened);
        ASSERT_TRUE(holds(markersIn(markers), "document-event"))
            << "the script bound to OnLoad did not run in an office that allows macros";
        clearMarkers(markers);
    }

    recalcWithoutMacros(inputs, "autorun", markers);
}

// Sheet > Link to External Data: a sheet linked to a CSV file and a range
// linked to the tables of a web page, both on the counting server, which the
// workbook asks to be updated always and its range every second.
void addExternalData(const office::Spreadsheet& workbook, const std::string& base) {
    const auto& document = workbook.document();
    const Reference<css::sheet::XSpreadsheets> sheets = document->getSheets();
    sheets->insertNewByName("Rates", 1);
    const Reference<css::sheet::XSheetLinkable> rates(sheets->getByName("Rates"), UNO_QUERY_THROW);
    // XSheetLinkable is marked deprecated, yet it is the only interface that
    // makes a sheet link, as Insert > Sheet from File > Link does.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    rates->link(uno::ouStringOf(base + "/rates.csv"), "", "Text - txt - csv (StarCalc)",
                "44,34,76,1", css::sheet::SheetLinkMode_NORMAL);
#pragma GCC diagnostic pop
    const Reference<css::beans::XPropertySet> properties(document, UNO_QUERY_THROW);
    const Reference<css::sheet::XAreaLinks> areaLinks(properties->getPropertyValue("AreaLinks"),
                                                      UNO_QUERY_THROW);
    areaLinks->insertAtPosition(css::table::CellAddress(0, 0, 4),
                                uno::ouStringOf(base + "/quotes.html"), "HTML_all",
                                "calc_HTML_WebQuery", "");
    Reference<css::beans::XPropertySet>(areaLinks->getByIndex(0), UNO_QUERY_THROW)
        ->setPropertyValue("RefreshPeriod", Any(sal_Int32(1)));
    const Reference<css::beans::XPropertySet> settings(
        Reference<css::lang::XMultiServiceFactory>(document, UNO_QUERY_THROW)
            ->createInstance("com.sun.star.document.Settings"),
        UNO_QUERY_THROW);
    settings->setPropertyValue("LinkUpdateMode", Any(sal_Int16(2)));
}

bool fetched(const CountingHttpServer& server, const std::string& path) {
    const auto requests = server.requests();
    return std::any_of(requests.begin(), requests.end(), [&](const std::string& request) {
        return request.find(" " + path + " ") != std::string::npos;
    });
}

// Opens the workbook as an office that updates links does, and updates
// every sheet link and area link, as Edit > Links > Update does. (Calc
// updates links on loading only when it shows the workbook, which this
// headless office cannot.)
void updateLinks(const std::filesystem::path& workbook) {
    const auto opened =
        openInOffice(workbook, {.hidden = true,
                                .macros = css::document::MacroExecMode::NEVER_EXECUTE,
                                .links = css::document::UpdateDocMode::FULL_UPDATE});
    const Reference<css::beans::XPropertySet> properties(opened, UNO_QUERY_THROW);
    for (const auto* kind : {"SheetLinks", "AreaLinks"}) {
        const Reference<css::container::XIndexAccess> links(
            properties->getPropertyValue(rtl::OUString::createFromAscii(kind)), UNO_QUERY_THROW);
        for (sal_Int32 index = 0; index < links->getCount(); ++index) {
            Reference<css::util::XRefreshable>(links->getByIndex(index), UNO_QUERY_THROW)
                ->refresh();
        }
    }
    closeInOffice(opened);
}

// A database range bound to an external source is left out: Calc imports
// only from a registered data source through an SDBC driver, and this
// LibreOffice has none that goes over the network.
TEST_F(RecalcTool, NeverFetchesAWorkbooksExternalData) {
    CountingHttpServer server;
    const auto inputs = freshDirectory("in");
    {
        auto workbook = createWorkbook({{"Sheet1", "A1", "=SHARE(30000;5000000)"}});
        addExternalData(workbook, server.base());
        // The links are live: making them fetched what they link to.
        ASSERT_TRUE(fetched(server, "/rates.csv") && fetched(server, "/quotes.html"))
            << ::testing::PrintToString(server.requests());
        workbook.store(inputs / "external-data.fods");
    }
    convert(inputs / "external-data.fods", inputs / "external-data.ods");

    // And the files keep them: an office that updates the links of either
    // file fetches the linked sheet again.
    for (const auto* name : {"external-data.fods", "external-data.ods"}) {
        server.reset();
        updateLinks(inputs / name);
        ASSERT_TRUE(fetched(server, "/rates.csv"))
            << name << ": an office that updates links fetched "
            << ::testing::PrintToString(server.requests()) << ": the test shows nothing";
    }
    server.reset();

    const auto out = freshDirectory("out");
    const auto run = recalc({"--output", out.string(), (inputs / "external-data.fods").string(),
                             (inputs / "external-data.ods").string()});
    EXPECT_EQ(run.exitCode, 0) << run.describe();
    EXPECT_EQ(server.requests(), std::vector<std::string>{})
        << "walletshare-recalc's office fetched the workbook's external data";
    for (const auto* name : {"external-data.fods", "external-data.ods"}) {
        EXPECT_TRUE(shows(out / name, {{"Sheet1", "A1", 0.006}}));
    }
}

// A folder's state with the modification times of its folders left out: a
// folder's time changes when something is created in it and removed again,
// which the tool's private work folders in TMPDIR are.
FolderState withoutFolderTimes(FolderState state) {
    for (auto& [path, entry] : state) {
        if (entry.directory) {
            entry.modified = {};
        }
    }
    return state;
}

// Whether `path` is `folder` or below it.
bool within(const std::filesystem::path& path, const std::filesystem::path& folder) {
    const auto relative = path.lexically_relative(folder);
    return !relative.empty() && *relative.begin() != "..";
}

// The tool is run from inside one sandbox folder that holds its HOME, its
// TMPDIR, its working directory, the inputs and the output folder; every
// path it is given is relative. Afterwards everything in the sandbox but
// the output folder is as it was; while it ran, nothing was created,
// written or renamed anywhere in it but in the output folder and TMPDIR.
TEST_F(RecalcTool, WritesNothingOutsideItsOutputFolder) {
    const auto sandbox = freshDirectory("sandbox");
    std::filesystem::copy(portfolio(), sandbox / "in", std::filesystem::copy_options::recursive);
    // ToolProcess makes these as the tool's TMPDIR and HOME; made before
    // the first look, so that only the run can change them.
    const auto temp = sandbox / "tmp";
    const auto home = sandbox / "home";
    std::filesystem::create_directories(temp);
    std::filesystem::create_directories(home);
    // What the test itself writes there: the tool's stdout and stderr.
    const std::set<std::filesystem::path> streams{"stdout", "stderr"};
    const auto before = withoutFolderTimes(stateOf(sandbox));
    FolderWatch watch(sandbox);

    ToolProcess tool({"--output", "out", "--report", "out/run.json", "--jobs", "2", "in"}, sandbox,
                     office::OfficeUser::current(), sandbox);
    const auto run = tool.finish(std::chrono::seconds(600));
    EXPECT_EQ(processesLeftBehind(tool.temp(), std::chrono::seconds(10)),
              std::vector<std::string>{});
    EXPECT_EQ(run.exitCode, 0) << run.describe();
    EXPECT_EQ(filesIn(sandbox / "out"),
              (std::vector<std::filesystem::path>{"clients.fods", "clients.ods", "clients.xlsx",
                                                  "regions/north/single.fods", "run.json"}));
    EXPECT_TRUE(shows(sandbox / "out" / "clients.ods", clientResults()));

    auto after = withoutFolderTimes(stateOf(sandbox));
    std::erase_if(after, [&](const auto& entry) {
        return within(sandbox / entry.first, sandbox / "out") || streams.contains(entry.first);
    });
    EXPECT_EQ(differences(before, after), std::vector<std::string>{})
        << "walletshare-recalc left something outside its output folder";
    EXPECT_EQ(stateOf(temp).size(), 0U) << "the tool's private work folders were not removed";

    std::vector<std::string> elsewhere;
    for (const auto& change : watch.changes()) {
        // "created: /path"
        const auto path = std::filesystem::path(change.substr(change.find(": ") + 2));
        const bool allowed = within(path, sandbox / "out") || within(path, temp) ||
                             (path.parent_path() == sandbox && streams.contains(path.filename()));
        if (!allowed) {
            elsewhere.push_back(change);
        }
    }
    EXPECT_EQ(elsewhere, std::vector<std::string>{})
        << "walletshare-recalc changed something outside its output folder and TMPDIR while it "
           "ran (inputs, HOME or its working directory)";
}

} // namespace
} // namespace walletshare::recalc_test
