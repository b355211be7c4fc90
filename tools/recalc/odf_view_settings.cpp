#include "odf_view_settings.hpp"

#include <charconv>
#include <functional>
#include <map>
#include <stdexcept>
#include <string>

#include "walletshare/office/zip_archive.hpp"

namespace walletshare::recalc {

namespace {

using xml::configNamespace;
using xml::officeNamespace;

constexpr std::string_view oooNamespace = "http://openoffice.org/2004/office";
constexpr std::string_view viewSettingsName = "ooo:view-settings";
// Calc's ScSplitMode: SC_SPLIT_FIX.
constexpr std::string_view frozenMode = "2";

bool isFlat(const std::filesystem::path& workbook) {
    return workbook.extension() == ".fods";
}

const xmlChar* characters(const std::string& text) {
    return reinterpret_cast<const xmlChar*>(text.c_str());
}

// The child element of `parent` of that kind whose config:name is `name`.
xmlNode* named(const xmlNode& parent, std::string_view localName, std::string_view name) {
    for (xmlNode* found : xml::children(parent, configNamespace, localName)) {
        if (xml::attribute(*found, configNamespace, "name") == name) {
            return found;
        }
    }
    return nullptr;
}

xmlNode* viewSettingsIn(const xmlNode& settings) {
    return named(settings, "config-item-set", viewSettingsName);
}

xmlNode* viewsIn(const xmlNode& set) {
    return named(set, "config-item-map-indexed", "Views");
}

// libxml2 copies from a node it may change.
xml::Document copied(xmlNode& element) {
    xml::Document copy(xmlNewDoc(characters("1.0")));
    xmlNode* root = xmlDocCopyNode(&element, copy.get(), 1);
    if (root == nullptr) {
        throw std::runtime_error("out of memory");
    }
    xmlDocSetRootElement(copy.get(), root);
    return copy;
}

// The <office:settings> of a workbook's settings (settings.xml, or a .fods
// file itself), read up to its end.
xml::Document settingsOf(const std::filesystem::path& workbook) {
    if (isFlat(workbook)) {
        return xml::firstElementOfFile(
            workbook, [](std::string_view space, std::string_view name) -> std::optional<bool> {
                if (space != officeNamespace) {
                    return std::nullopt;
                }
                if (name == "settings") {
                    return true;
                }
                if (name == "body") {
                    return false;
                }
                return std::nullopt;
            });
    }
    const auto bytes = office::zipMember(workbook, "settings.xml");
    if (!bytes) {
        return {};
    }
    auto document = xml::parse(*bytes, "settings.xml");
    xmlNode* settings =
        xml::child(*xmlDocGetRootElement(document.get()), officeNamespace, "settings");
    return settings == nullptr ? xml::Document{} : copied(*settings);
}

xmlNs& namespaceOf(xmlDoc& document, std::string_view space, const char* prefix) {
    xmlNode* root = xmlDocGetRootElement(&document);
    const std::string href(space);
    xmlNs* found = xmlSearchNsByHref(&document, root, characters(href));
    if (found == nullptr) {
        found = xmlNewNs(root, characters(href), reinterpret_cast<const xmlChar*>(prefix));
    }
    if (found == nullptr) {
        throw std::runtime_error("out of memory");
    }
    return *found;
}

// Inserts `element` as the first child of `parent`.
void prepend(xmlNode& parent, xmlNode* element) {
    if (parent.children == nullptr) {
        xmlAddChild(&parent, element);
    } else {
        xmlAddPrevSibling(parent.children, element);
    }
}

// The <office:settings> of a workbook's root, made when it has none (after
// <office:meta>, as ODF orders them).
xmlNode& settingsElement(xmlDoc& document) {
    xmlNode* root = xmlDocGetRootElement(&document);
    if (xmlNode* settings = xml::child(*root, officeNamespace, "settings"); settings != nullptr) {
        return *settings;
    }
    xmlNode* settings = xmlNewDocNode(&document, &namespaceOf(document, officeNamespace, "office"),
                                      characters("settings"), nullptr);
    if (xmlNode* meta = xml::child(*root, officeNamespace, "meta"); meta != nullptr) {
        xmlAddNextSibling(meta, settings);
    } else {
        prepend(*root, settings);
    }
    return *settings;
}

// Changes the settings of a workbook that Calc has just written. The set's
// name "ooo:view-settings" is a qualified name: Calc ignores the set unless
// the prefix is declared.
void changeSettings(const std::filesystem::path& workbook,
                    const std::function<void(xmlDoc&, xmlNode&)>& change) {
    const auto changeDeclaring = [&](xmlDoc& document) {
        namespaceOf(document, oooNamespace, "ooo");
        change(document, settingsElement(document));
    };
    if (isFlat(workbook)) {
        const auto document = xml::parseWrittenFile(workbook);
        changeDeclaring(*document);
        xml::save(document.get(), workbook);
        return;
    }
    const auto bytes = office::zipMember(workbook, "settings.xml");
    if (!bytes) {
        throw std::runtime_error("LibreOffice wrote no settings.xml");
    }
    const auto document = xml::parseWritten(*bytes, "settings.xml");
    changeDeclaring(*document);
    office::replaceZipMembers(workbook, {{"settings.xml", xml::serialized(document.get())}});
}

// Every <config:config-item> of a map entry, by its name.
std::map<std::string, std::string> itemsOf(const xmlNode& entry) {
    std::map<std::string, std::string> items;
    for (const xmlNode* item : xml::children(entry, configNamespace, "config-item")) {
        if (auto name = xml::attribute(*item, configNamespace, "name")) {
            items[*name] = xml::text(*item);
        }
    }
    return items;
}

int number(const std::map<std::string, std::string>& items, const std::string& name,
           const std::string& sheet, int fallback) {
    const auto found = items.find(name);
    if (found == items.end()) {
        return fallback;
    }
    int value = 0;
    const auto* end = found->second.data() + found->second.size();
    const auto [rest, error] = std::from_chars(found->second.data(), end, value);
    if (error != std::errc() || rest != end || value < 0) {
        throw std::runtime_error("sheet " + sheet + ": " + name + " is \"" + found->second +
                                 "\", no count of cells");
    }
    return value;
}

xmlNode& newConfigElement(xmlNode& parent, xmlNs& config, const char* localName,
                          const std::string& name) {
    xmlNode* element =
        xmlNewChild(&parent, &config, reinterpret_cast<const xmlChar*>(localName), nullptr);
    if (!name.empty()) {
        xmlNewNsProp(element, &config, characters("name"), characters(name));
    }
    return *element;
}

void addItem(xmlNode& entry, xmlNs& config, const std::string& name, const char* type,
             const std::string& value) {
    xmlNode* item = xmlNewTextChild(&entry, &config, characters("config-item"), characters(value));
    xmlNewNsProp(item, &config, characters("name"), characters(name));
    xmlNewNsProp(item, &config, characters("type"), reinterpret_cast<const xmlChar*>(type));
}

// A sheet's entry of the Tables map as Calc writes it for frozen panes.
void addSheet(xmlNode& tables, xmlNs& config, const FrozenPanes& panes) {
    xmlNode& entry = newConfigElement(tables, config, "config-item-map-entry", panes.sheet);
    const auto mode = [](int frozen) { return std::string(frozen > 0 ? frozenMode : "0"); };
    // Calc's ScSplitPos: the pane the cursor is in, the one that scrolls.
    const int activePane = (panes.columns > 0 ? 1 : 0) + (panes.rows > 0 ? 2 : 0);
    addItem(entry, config, "HorizontalSplitMode", "short", mode(panes.columns));
    addItem(entry, config, "VerticalSplitMode", "short", mode(panes.rows));
    addItem(entry, config, "HorizontalSplitPosition", "int", std::to_string(panes.columns));
    addItem(entry, config, "VerticalSplitPosition", "int", std::to_string(panes.rows));
    addItem(entry, config, "ActiveSplitRange", "short", std::to_string(activePane));
    addItem(entry, config, "PositionLeft", "int",
            std::to_string(panes.columns > 0 ? 0 : panes.firstColumn));
    addItem(entry, config, "PositionRight", "int",
            std::to_string(panes.columns > 0 ? panes.firstColumn : 0));
    addItem(entry, config, "PositionTop", "int",
            std::to_string(panes.rows > 0 ? 0 : panes.firstRow));
    addItem(entry, config, "PositionBottom", "int",
            std::to_string(panes.rows > 0 ? panes.firstRow : 0));
}

} // namespace

xml::Document odfViewSettings(const std::filesystem::path& workbook) {
    const auto settings = settingsOf(workbook);
    if (!settings) {
        return {};
    }
    xmlNode* set = viewSettingsIn(*xmlDocGetRootElement(settings.get()));
    if (set == nullptr || viewsIn(*set) == nullptr) {
        return {};
    }
    return copied(*set);
}

void putOdfViewSettings(const std::filesystem::path& workbook, xmlNode& set) {
    changeSettings(workbook, [&](xmlDoc& document, xmlNode& settings) {
        xmlNode* copy = xmlDocCopyNode(&set, &document, 1);
        if (copy == nullptr) {
            throw std::runtime_error("out of memory");
        }
        if (xmlNode* old = viewSettingsIn(settings); old != nullptr) {
            xmlReplaceNode(old, copy);
            xmlFreeNode(old);
        } else {
            prepend(settings, copy);
        }
    });
}

std::vector<FrozenPanes> frozenPanesOf(const xmlNode& set) {
    std::vector<FrozenPanes> frozen;
    const xmlNode* views = viewsIn(set);
    const xmlNode* view =
        views == nullptr ? nullptr : xml::child(*views, configNamespace, "config-item-map-entry");
    const xmlNode* tables =
        view == nullptr ? nullptr : named(*view, "config-item-map-named", "Tables");
    if (tables == nullptr) {
        return frozen;
    }
    for (const xmlNode* entry : xml::children(*tables, configNamespace, "config-item-map-entry")) {
        FrozenPanes panes;
        panes.sheet = xml::attribute(*entry, configNamespace, "name").value_or("");
        const auto items = itemsOf(*entry);
        const auto frozenCount = [&](const std::string& mode, const std::string& position) {
            const auto found = items.find(mode);
            return found != items.end() && found->second == frozenMode
                       ? number(items, position, panes.sheet, 0)
                       : 0;
        };
        panes.columns = frozenCount("HorizontalSplitMode", "HorizontalSplitPosition");
        panes.rows = frozenCount("VerticalSplitMode", "VerticalSplitPosition");
        if (panes.columns == 0 && panes.rows == 0) {
            continue;
        }
        panes.firstColumn = panes.columns > 0
                                ? number(items, "PositionRight", panes.sheet, panes.columns)
                                : number(items, "PositionLeft", panes.sheet, 0);
        panes.firstRow = panes.rows > 0 ? number(items, "PositionBottom", panes.sheet, panes.rows)
                                        : number(items, "PositionTop", panes.sheet, 0);
        frozen.push_back(panes);
    }
    return frozen;
}

void freezeOdfPanes(const std::filesystem::path& workbook, const std::vector<FrozenPanes>& panes) {
    changeSettings(workbook, [&](xmlDoc& document, xmlNode& settings) {
        xmlNs& config = namespaceOf(document, configNamespace, "config");
        xmlNode* set = viewSettingsIn(settings);
        if (set == nullptr) {
            set = xmlNewDocNode(&document, &config, characters("config-item-set"), nullptr);
            xmlNewNsProp(set, &config, characters("name"),
                         characters(std::string(viewSettingsName)));
            prepend(settings, set);
        }
        if (xmlNode* old = viewsIn(*set); old != nullptr) {
            xmlUnlinkNode(old);
            xmlFreeNode(old);
        }
        xmlNode& views = newConfigElement(*set, config, "config-item-map-indexed", "Views");
        xmlNode& view = newConfigElement(views, config, "config-item-map-entry", "");
        addItem(view, config, "ViewId", "string", "view1");
        xmlNode& tables = newConfigElement(view, config, "config-item-map-named", "Tables");
        for (const FrozenPanes& sheet : panes) {
            addSheet(tables, config, sheet);
        }
    });
}

} // namespace walletshare::recalc
