#include "xlsx_panes.hpp"

#include <charconv>
#include <cmath>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>

#include "walletshare/office/zip_archive.hpp"
#include "xml_tree.hpp"

namespace walletshare::recalc {

namespace {

using xml::spreadsheetNamespace;

constexpr int lettersInAlphabet = 26;

const xmlChar* characters(const std::string& text) {
    return reinterpret_cast<const xmlChar*>(text.c_str());
}

std::string member(const std::filesystem::path& workbook, const std::string& name) {
    auto bytes = office::zipMember(workbook, name);
    if (!bytes) {
        throw std::runtime_error("it has no " + name);
    }
    return std::move(*bytes);
}

// Each sheet's name and the package member that holds it, in the workbook's
// order.
std::vector<std::pair<std::string, std::string>>
sheetMembers(const std::filesystem::path& workbook) {
    const auto book = xml::parse(member(workbook, "xl/workbook.xml"), "xl/workbook.xml");
    const auto relations =
        xml::parse(member(workbook, "xl/_rels/workbook.xml.rels"), "xl/_rels/workbook.xml.rels");
    std::map<std::string, std::string> targets;
    for (const xmlNode* relation :
         xml::children(*xmlDocGetRootElement(relations.get()), xml::packageRelationshipsNamespace,
                       "Relationship")) {
        const auto id = xml::attribute(*relation, "", "Id");
        const auto target = xml::attribute(*relation, "", "Target");
        if (id && target) {
            // A target is relative to xl/, or absolute within the package.
            targets[*id] = target->starts_with('/') ? target->substr(1) : "xl/" + *target;
        }
    }
    std::vector<std::pair<std::string, std::string>> sheets;
    const xmlNode* list =
        xml::child(*xmlDocGetRootElement(book.get()), spreadsheetNamespace, "sheets");
    if (list == nullptr) {
        throw std::runtime_error("xl/workbook.xml lists no sheets");
    }
    for (const xmlNode* sheet : xml::children(*list, spreadsheetNamespace, "sheet")) {
        const auto name = xml::attribute(*sheet, "", "name");
        const auto id = xml::attribute(*sheet, xml::relationshipsNamespace, "id");
        if (name && id && targets.contains(*id)) {
            sheets.emplace_back(*name, targets.at(*id));
        }
    }
    return sheets;
}

// "B6" -> (1, 5); nothing for what is no cell name.
std::optional<std::pair<int, int>> cellOf(std::string_view name) {
    int column = 0;
    std::size_t letters = 0;
    while (letters < name.size() && name[letters] >= 'A' && name[letters] <= 'Z') {
        column = column * lettersInAlphabet + (name[letters] - 'A' + 1);
        ++letters;
    }
    int row = 0;
    const auto* end = name.data() + name.size();
    const auto [rest, error] = std::from_chars(name.data() + letters, end, row);
    if (letters == 0 || error != std::errc() || rest != end || row < 1) {
        return std::nullopt;
    }
    return std::pair{column - 1, row - 1};
}

std::string cellName(int column, int row) {
    std::string letters;
    for (int rest = column + 1; rest > 0; rest = (rest - 1) / lettersInAlphabet) {
        letters.insert(letters.begin(), static_cast<char>('A' + (rest - 1) % lettersInAlphabet));
    }
    return letters + std::to_string(row + 1);
}

// A split's count of cells: the schema has it as a double.
int splitOf(const xmlNode& pane, const char* name, const std::string& sheet) {
    const auto value = xml::attribute(pane, "", name);
    if (!value) {
        return 0;
    }
    double split = 0;
    const auto* end = value->data() + value->size();
    const auto [rest, error] = std::from_chars(value->data(), end, split);
    if (error != std::errc() || rest != end || split < 0 || split > 1e7) {
        throw std::runtime_error("sheet " + sheet + ": " + name + " is \"" + *value +
                                 "\", no count of cells");
    }
    return static_cast<int>(std::lround(split));
}

std::optional<FrozenPanes> panesOf(const std::string& sheet, const std::string& bytes,
                                   const std::string& name) {
    // The views come before the cells, which are never read.
    const auto pane =
        xml::firstElement(bytes, name, [](std::string_view space, std::string_view localName) {
            if (space != spreadsheetNamespace) {
                return std::optional<bool>{};
            }
            if (localName == "pane") {
                return std::optional<bool>{true};
            }
            return localName == "sheetData" ? std::optional<bool>{false} : std::nullopt;
        });
    if (!pane) {
        return std::nullopt;
    }
    const xmlNode& element = *xmlDocGetRootElement(pane.get());
    const auto state = xml::attribute(element, "", "state");
    if (state != "frozen" && state != "frozenSplit") {
        return std::nullopt;
    }
    FrozenPanes panes;
    panes.sheet = sheet;
    panes.columns = splitOf(element, "xSplit", sheet);
    panes.rows = splitOf(element, "ySplit", sheet);
    if (panes.columns == 0 && panes.rows == 0) {
        return std::nullopt;
    }
    const auto topLeft = cellOf(xml::attribute(element, "", "topLeftCell").value_or(""));
    panes.firstColumn = topLeft ? topLeft->first : panes.columns;
    panes.firstRow = topLeft ? topLeft->second : panes.rows;
    return panes;
}

std::string activePane(const FrozenPanes& panes) {
    if (panes.columns > 0 && panes.rows > 0) {
        return "bottomRight";
    }
    return panes.rows > 0 ? "bottomLeft" : "topRight";
}

// The worksheet with its first view's panes frozen so.
std::string frozen(const std::string& bytes, const std::string& name, const FrozenPanes& panes) {
    const auto document = xml::parseWritten(bytes, name);
    xmlNode* worksheet = xmlDocGetRootElement(document.get());
    xmlNode* views = xml::child(*worksheet, spreadsheetNamespace, "sheetViews");
    xmlNode* sheetView =
        views == nullptr ? nullptr : xml::child(*views, spreadsheetNamespace, "sheetView");
    if (sheetView == nullptr) {
        throw std::runtime_error(name + " has no sheet view");
    }
    for (xmlNode* old : xml::children(*sheetView, spreadsheetNamespace, "pane")) {
        xmlUnlinkNode(old);
        xmlFreeNode(old);
    }
    xmlNode* frozenPane = xmlNewDocNode(document.get(), sheetView->ns, characters("pane"), nullptr);
    const auto set = [&](const char* attribute, const std::string& value) {
        xmlNewProp(frozenPane, reinterpret_cast<const xmlChar*>(attribute), characters(value));
    };
    if (panes.columns > 0) {
        set("xSplit", std::to_string(panes.columns));
    }
    if (panes.rows > 0) {
        set("ySplit", std::to_string(panes.rows));
    }
    set("topLeftCell", cellName(panes.firstColumn, panes.firstRow));
    set("activePane", activePane(panes));
    set("state", "frozen");
    // The schema puts <pane> before the view's <selection> elements.
    if (sheetView->children == nullptr) {
        xmlAddChild(sheetView, frozenPane);
    } else {
        xmlAddPrevSibling(sheetView->children, frozenPane);
    }
    return xml::serialized(document.get());
}

} // namespace

std::vector<FrozenPanes> xlsxFrozenPanes(const std::filesystem::path& workbook) {
    std::vector<FrozenPanes> frozenSheets;
    for (const auto& [sheet, name] : sheetMembers(workbook)) {
        if (auto panes = panesOf(sheet, member(workbook, name), name)) {
            frozenSheets.push_back(*panes);
        }
    }
    return frozenSheets;
}

void freezeXlsxPanes(const std::filesystem::path& workbook, const std::vector<FrozenPanes>& panes) {
    office::PackageMembers changed;
    for (const auto& [sheet, name] : sheetMembers(workbook)) {
        for (const FrozenPanes& frozenSheet : panes) {
            if (frozenSheet.sheet == sheet) {
                changed.emplace_back(name, frozen(member(workbook, name), name, frozenSheet));
            }
        }
    }
    if (!changed.empty()) {
        office::replaceZipMembers(workbook, changed);
    }
}

} // namespace walletshare::recalc
