// walletshare-recalc keeps each sheet's frozen panes (and, between ODF
// files, the whole view: active sheet, zoom, cursor), which Calc itself
// drops from a workbook it loaded without a window. What a written workbook
// carries is read back by a Calc: loaded hidden it has no view either, but
// it keeps the view settings it read from the file (XViewDataSupplier), as
// a window would be given them.
#include <algorithm>
#include <filesystem>
#include <iterator>
#include <map>
#include <ostream>
#include <stdexcept>
#include <string>
#include <vector>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XViewDataSupplier.hpp>

#include <gtest/gtest.h>

#include "recalc_fixture.hpp"
#include "walletshare/office/zip_archive.hpp"
#include "walletshare/uno/text.hpp"
#include "workbook_text.hpp"

namespace walletshare::recalc_test {
namespace {

using css::uno::Reference;
using css::uno::Sequence;
using Files = std::vector<std::filesystem::path>;

// A sheet's frozen columns (at the left) and rows (at the top).
struct Frozen {
    int columns = 0;
    int rows = 0;
    bool operator==(const Frozen&) const = default;
};
using SheetPanes = std::map<std::string, Frozen>;

std::ostream& operator<<(std::ostream& out, const Frozen& frozen) {
    return out << frozen.columns << " columns, " << frozen.rows << " rows";
}

// Calc's view settings of a view: the sheet shown, and per sheet its panes.
struct CalcView {
    std::string activeSheet;
    SheetPanes frozen;
    // A sheet's zoom, as Calc read it (0: none read).
    std::map<std::string, int> zoom;
};

template <typename T>
T itemOf(const Sequence<css::beans::PropertyValue>& items, const char* name, T fallback) {
    for (const auto& item : items) {
        if (uno::utf8Of(item.Name) == name) {
            T value = fallback;
            item.Value >>= value;
            return value;
        }
    }
    return fallback;
}

// What Calc read of the file's first view.
CalcView calcViewOf(const std::filesystem::path& workbook) {
    const auto opened = office::Spreadsheet::open(RecalcTool::office().desktop(), workbook,
                                                  office::DocumentTrust::Untrusted);
    const Reference<css::document::XViewDataSupplier> supplier(opened.document(),
                                                               css::uno::UNO_QUERY_THROW);
    const auto views = supplier->getViewData();
    CalcView view;
    if (!views.is() || views->getCount() == 0) {
        return view;
    }
    Sequence<css::beans::PropertyValue> items;
    views->getByIndex(0) >>= items;
    view.activeSheet = uno::utf8Of(itemOf<rtl::OUString>(items, "ActiveTable", {}));
    const auto tables = itemOf<Reference<css::container::XNameAccess>>(items, "Tables", {});
    if (!tables.is()) {
        return view;
    }
    constexpr sal_Int16 frozenMode = 2;
    for (const auto& name : tables->getElementNames()) {
        Sequence<css::beans::PropertyValue> sheet;
        tables->getByName(name) >>= sheet;
        // Read from an .xlsx file, a frozen split's count of cells is its
        // "...Twips" (as Calc's ScViewData reads it too).
        const auto count = [&](const std::string& direction) {
            const auto position = direction + "SplitPosition";
            return itemOf<sal_Int16>(sheet, (direction + "SplitMode").c_str(), 0) == frozenMode
                       ? itemOf<sal_Int32>(
                             sheet, position.c_str(),
                             itemOf<sal_Int32>(sheet, (position + "Twips").c_str(), 0))
                       : 0;
        };
        const Frozen frozen{count("Horizontal"), count("Vertical")};
        if (frozen != Frozen{}) {
            view.frozen[uno::utf8Of(name)] = frozen;
        }
        view.zoom[uno::utf8Of(name)] = itemOf<sal_Int32>(sheet, "ZoomValue", 0);
    }
    return view;
}

// The frozen panes of the inputs: the two sheets of clientWorkbook, frozen
// at different places; Plan is shown, at 85 %.
const SheetPanes& inputPanes() {
    static const SheetPanes panes{{"Clients", {1, 1}}, {"Plan", {2, 3}}};
    return panes;
}
constexpr int inputZoom = 85;

std::string configItem(const std::string& name, const std::string& type, const std::string& value) {
    return R"(<config:config-item config:name=")" + name + R"(" config:type=")" + type + R"(">)" +
           value + "</config:config-item>";
}

// An <office:settings> as Calc writes it for a window showing `active`.
std::string officeSettings(const SheetPanes& panes, const std::string& active) {
    std::string tables;
    for (const auto& [sheet, frozen] : panes) {
        const auto mode = [](int count) { return count > 0 ? "2" : "0"; };
        tables += R"(<config:config-item-map-entry config:name=")" + sheet + R"(">)" +
                  configItem("HorizontalSplitMode", "short", mode(frozen.columns)) +
                  configItem("VerticalSplitMode", "short", mode(frozen.rows)) +
                  configItem("HorizontalSplitPosition", "int", std::to_string(frozen.columns)) +
                  configItem("VerticalSplitPosition", "int", std::to_string(frozen.rows)) +
                  configItem("ActiveSplitRange", "short", "3") +
                  configItem("PositionLeft", "int", "0") +
                  configItem("PositionRight", "int", std::to_string(frozen.columns)) +
                  configItem("PositionTop", "int", "0") +
                  configItem("PositionBottom", "int", std::to_string(frozen.rows)) +
                  configItem("ZoomType", "short", "0") +
                  configItem("ZoomValue", "int", std::to_string(inputZoom)) +
                  "</config:config-item-map-entry>";
    }
    return R"(<office:settings><config:config-item-set config:name="ooo:view-settings">)"
           R"(<config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>)" +
           configItem("ViewId", "string", "view1") +
           R"(<config:config-item-map-named config:name="Tables">)" + tables +
           "</config:config-item-map-named>" + configItem("ActiveTable", "string", active) +
           "</config:config-item-map-entry></config:config-item-map-indexed>"
           "</config:config-item-set></office:settings>";
}

// The .fods text with its <office:settings> replaced.
std::string withSettings(const std::string& fods, const std::string& settings) {
    const auto start = fods.find("<office:settings>");
    const std::string end = "</office:settings>";
    const auto stop = fods.find(end);
    if (start == std::string::npos || stop == std::string::npos) {
        throw std::runtime_error("the workbook has no settings to replace");
    }
    std::string out = fods;
    out.replace(start, stop + end.size() - start, settings);
    return out;
}

// The .ods package with its settings.xml replaced (its other members kept in
// their order: mimetype first, or Calc reads no settings).
void replaceSettingsXml(const std::filesystem::path& ods, const std::string& xml) {
    office::replaceZipMembers(ods, {{"settings.xml", xml}});
}

// flat.fods and packed.ods in `folder`: clientWorkbook (its stale results
// too) with inputPanes frozen and Plan shown.
Files frozenOdfInputs(const std::filesystem::path& folder) {
    const auto fods = folder / "flat.fods";
    const auto ods = folder / "packed.ods";
    std::filesystem::copy_file(RecalcTool::clients(".fods"), fods);
    const auto settings = officeSettings(inputPanes(), "Plan");
    writeFile(fods, withSettings(contentOf(fods), settings));
    std::filesystem::copy_file(RecalcTool::clients(".ods"), ods);
    replaceSettingsXml(ods, withSettings(*office::zipMember(ods, "settings.xml"), settings));
    return {fods, ods};
}

// clientWorkbook as .xlsx with inputPanes frozen, as Excel writes them.
std::filesystem::path frozenXlsxInput(const std::filesystem::path& folder) {
    auto xlsx = folder / "excel.xlsx";
    RecalcTool::convert(RecalcTool::clients(".fods"), xlsx);
    auto members = office::packageMembers(RecalcTool::office().context(), xlsx);
    const std::map<std::string, std::string> panes{
        {"xl/worksheets/sheet1.xml",
         R"(<pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"/>)"},
        {"xl/worksheets/sheet2.xml",
         R"(<pane xSplit="2" ySplit="3" topLeftCell="C4" activePane="bottomRight" state="frozen"/>)"},
    };
    for (auto& [name, bytes] : members) {
        if (panes.contains(name)) {
            const auto selection = bytes.find("<selection");
            if (selection == std::string::npos) {
                throw std::runtime_error(name + " has no selection to put the pane before");
            }
            bytes.insert(selection, panes.at(name));
        }
    }
    office::writeZip(xlsx, members);
    return xlsx;
}

// Every worksheet's text of an .xlsx file.
std::string worksheets(const std::filesystem::path& xlsx) {
    std::string text;
    for (const auto& [name, bytes] : office::packageMembers(RecalcTool::office().context(), xlsx)) {
        if (name.starts_with("xl/worksheets/sheet")) {
            text += bytes;
        }
    }
    return text;
}

ToolRun recalcTo(const std::string& format, const std::filesystem::path& out, const Files& inputs) {
    std::vector<std::string> arguments{"--jobs", "2", "--to", format, "--output", out.string()};
    std::ranges::transform(inputs, std::back_inserter(arguments),
                           [](const auto& file) { return file.string(); });
    return RecalcTool::recalc(arguments);
}

// The panes as Excel reads them: the client column and header row of
// Clients, two columns and three rows of Plan.
void expectExcelPanes(const std::filesystem::path& xlsx) {
    const auto text = worksheets(xlsx);
    for (
        const auto* pane :
        {R"(<pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"/>)",
         R"(<pane xSplit="2" ySplit="3" topLeftCell="C4" activePane="bottomRight" state="frozen"/>)"}) {
        EXPECT_NE(text.find(pane), std::string::npos) << xlsx << " lacks " << pane;
    }
}

TEST_F(RecalcTool, KeepsTheFrozenPanesOfOdfWorkbooksInEveryFormat) {
    const auto inputs = frozenOdfInputs(freshDirectory("in"));
    // The inputs carry them, as Calc reads them: the test can fail.
    for (const auto& input : inputs) {
        ASSERT_EQ(calcViewOf(input).frozen, inputPanes()) << input;
    }
    for (const std::string format : {"ods", "fods", "xlsx"}) {
        const auto out = freshDirectory("out-" + format);
        const auto run = recalcTo(format, out, inputs);
        ASSERT_EQ(run.exitCode, 0) << run.describe();
        EXPECT_EQ(run.err, "") << "nothing to warn about";
        for (const std::string stem : {"flat", "packed"}) {
            auto output = out / stem;
            output += "." + format;
            EXPECT_TRUE(shows(output, clientResults())) << output;
            const auto view = calcViewOf(output);
            EXPECT_EQ(view.frozen, inputPanes()) << output;
            if (format == "xlsx") {
                expectExcelPanes(output);
            } else {
                // Between ODF files the whole view is kept.
                EXPECT_EQ(view.activeSheet, "Plan") << output;
                EXPECT_EQ(view.zoom.at("Clients"), inputZoom) << output;
            }
        }
    }
}

TEST_F(RecalcTool, KeepsTheFrozenPanesOfAnXlsxWorkbook) {
    const auto input = frozenXlsxInput(freshDirectory("in"));
    ASSERT_EQ(calcViewOf(input).frozen, inputPanes());
    for (const std::string format : {"xlsx", "ods", "fods"}) {
        const auto out = freshDirectory("out-" + format);
        const auto run = recalcTo(format, out, {input});
        ASSERT_EQ(run.exitCode, 0) << run.describe();
        EXPECT_EQ(run.err, "");
        const auto output = out / ("excel." + format);
        EXPECT_TRUE(shows(output, clientResults())) << output;
        EXPECT_EQ(calcViewOf(output).frozen, inputPanes()) << output;
        if (format == "xlsx") {
            expectExcelPanes(output);
        }
    }
}

TEST_F(RecalcTool, GivesAWorkbookWithoutFrozenPanesNone) {
    // Calc wrote the shared inputs without a window: no view at all.
    const Files inputs{clients(".fods"), clients(".xlsx")};
    for (const auto& input : inputs) {
        ASSERT_EQ(calcViewOf(input).frozen, SheetPanes{}) << input;
    }
    for (const std::string format : {"ods", "xlsx"}) {
        const auto out = freshDirectory("out-" + format);
        const auto run = recalcTo(format, out, {inputs.at(format == "ods" ? 1 : 0)});
        ASSERT_EQ(run.exitCode, 0) << run.describe();
        EXPECT_EQ(run.err, "");
        const auto output = out / ("clients." + format);
        EXPECT_EQ(calcViewOf(output).frozen, SheetPanes{}) << output;
        if (format == "xlsx") {
            EXPECT_EQ(worksheets(output).find("<pane"), std::string::npos);
        }
    }
}

TEST_F(RecalcTool, KeepsTheFrozenPanesInPlace) {
    const auto inputs = frozenOdfInputs(freshDirectory("in"));
    std::vector<std::string> arguments{"--in-place"};
    std::ranges::transform(inputs, std::back_inserter(arguments),
                           [](const auto& file) { return file.string(); });
    const auto run = recalc(arguments);
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    for (const auto& input : inputs) {
        EXPECT_TRUE(shows(input, clientResults())) << input << " was not recalculated";
        const auto view = calcViewOf(input);
        EXPECT_EQ(view.frozen, inputPanes()) << input;
        EXPECT_EQ(view.activeSheet, "Plan") << input;
    }
}

// A settings.xml that is no XML makes Calc refuse the workbook; a view
// setting Calc passes by, but that cannot be carried into an .xlsx file,
// leaves the workbook written with a warning.
TEST_F(RecalcTool, WritesAWorkbookWhosePanesCannotBeCarriedAndSaysSo) {
    const auto input = freshDirectory("in") / "broken.ods";
    std::filesystem::copy_file(clients(".ods"), input);
    const std::string position = R"(config:name="HorizontalSplitPosition" config:type="int">)";
    auto settings = officeSettings(inputPanes(), "Plan");
    settings.replace(settings.rfind(position + "2<"), position.size() + 2, position + "two<");
    replaceSettingsXml(input, withSettings(*office::zipMember(input, "settings.xml"), settings));
    const auto out = freshDirectory("out");
    const auto report = freshDirectory("report") / "run.json";
    const auto run = recalc(
        {"--to", "xlsx", "--report", report.string(), "--output", out.string(), input.string()});
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    EXPECT_TRUE(shows(out / "broken.xlsx", clientResults()));
    const auto messages = messagesAbout(run, input);
    ASSERT_EQ(messages.size(), 1U) << run.describe();
    EXPECT_EQ(messages.front(),
              "written without its frozen panes and other view settings, which could not be read "
              "or kept: sheet Plan: HorizontalSplitPosition is \"two\", no count of cells");
    EXPECT_EQ(worksheets(out / "broken.xlsx").find("<pane"), std::string::npos);
    const auto parsed = readReport(report);
    const auto* entry = reportEntry(parsed, input);
    ASSERT_NE(entry, nullptr);
    EXPECT_EQ(entry->at("status"), "ok");
    EXPECT_EQ(entry->at("warnings"), nlohmann::json::array({messages.front()}));
}

TEST_F(RecalcTool, TheBuiltTemplatesKeepTheirFrozenPanes) {
    for (const std::string stem : {"portfolio-plan", "turnover-estimate"}) {
        const auto source = std::filesystem::path(WALLETSHARE_EXAMPLES) / (stem + ".fods");
        const auto frozen = calcViewOf(source).frozen;
        ASSERT_FALSE(frozen.empty()) << source << " has no frozen panes to keep";
        for (const auto* extension : {".ods", ".xlsx"}) {
            const auto built =
                std::filesystem::path(WALLETSHARE_BUILT_EXAMPLES) / (stem + extension);
            EXPECT_EQ(calcViewOf(built).frozen, frozen) << built;
        }
    }
}

} // namespace
} // namespace walletshare::recalc_test
