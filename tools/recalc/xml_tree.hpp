// XML documents through libxml2: workbook parts parsed whole (the outputs
// that Calc just wrote) or read only up to the element wanted (the inputs,
// from anyone), changed, and written back.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <libxml/tree.h>

namespace walletshare::recalc::xml {

inline constexpr std::string_view officeNamespace =
    "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
inline constexpr std::string_view configNamespace =
    "urn:oasis:names:tc:opendocument:xmlns:config:1.0";
inline constexpr std::string_view spreadsheetNamespace =
    "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
inline constexpr std::string_view relationshipsNamespace =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
inline constexpr std::string_view packageRelationshipsNamespace =
    "http://schemas.openxmlformats.org/package/2006/relationships";

struct DocumentFree {
    void operator()(xmlDoc* document) const { xmlFreeDoc(document); }
};
using Document = std::unique_ptr<xmlDoc, DocumentFree>;

// Throws std::runtime_error naming `name` when the bytes are no well-formed
// XML. A stranger's part is read within libxml2's limits; a part that Calc
// has just written may be as large as the workbook.
Document parse(const std::string& bytes, const std::string& name);
Document parseWritten(const std::string& bytes, const std::string& name);
Document parseWrittenFile(const std::filesystem::path& file);
std::string serialized(xmlDoc* document);
// Replaces the file whole (written beside it, then renamed); throws
// std::runtime_error, leaving the file as it was, when it cannot.
void save(xmlDoc* document, const std::filesystem::path& file);

// Reads `bytes` (or the file) element by element, untrusted, until `stop`
// names the element wanted: that element, whole, in a document of its own,
// or nothing when the reading ends first. Asked with each element's
// namespace and local name, `stop` answers true for the one wanted, false to
// end the reading there, nothing to pass it by; what follows is never read.
using Wanted =
    std::function<std::optional<bool>(std::string_view space, std::string_view localName)>;
Document firstElement(const std::string& bytes, const std::string& name, const Wanted& stop);
Document firstElementOfFile(const std::filesystem::path& file, const Wanted& stop);

bool is(const xmlNode& node, std::string_view space, std::string_view localName);
// The child elements of that name.
std::vector<xmlNode*> children(const xmlNode& parent, std::string_view space,
                               std::string_view localName);
xmlNode* child(const xmlNode& parent, std::string_view space, std::string_view localName);
// The attribute's value; nothing when it has none.
std::optional<std::string> attribute(const xmlNode& element, std::string_view space,
                                     std::string_view localName);
std::string text(const xmlNode& element);

} // namespace walletshare::recalc::xml
