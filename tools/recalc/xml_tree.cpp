#include "xml_tree.hpp"

#include <memory>
#include <stdexcept>

#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlsave.h>

namespace walletshare::recalc::xml {

namespace {

const xmlChar* characters(const std::string& text) {
    return reinterpret_cast<const xmlChar*>(text.c_str());
}

std::string_view viewOf(const xmlChar* text) {
    return text == nullptr ? std::string_view{}
                           : std::string_view(reinterpret_cast<const char*>(text));
}

std::string lastError(const std::string& name) {
    const xmlError* error = xmlGetLastError();
    std::string reason = error != nullptr && error->message != nullptr
                             ? std::string(error->message)
                             : std::string("it is no well-formed XML");
    while (!reason.empty() && (reason.back() == '\n' || reason.back() == ' ')) {
        reason.pop_back();
    }
    if (error != nullptr && error->line > 0) {
        reason += " (line " + std::to_string(error->line) + ")";
    }
    return name + ": " + reason;
}

// Calc's own parts: trusted, and as large as the workbook.
constexpr int trustedOptions =
    XML_PARSE_NONET | XML_PARSE_HUGE | XML_PARSE_NOWARNING | XML_PARSE_NOERROR;
// A stranger's: no network, no entities expanded, libxml2's limits kept.
constexpr int untrustedOptions = XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR;

struct ReaderFree {
    void operator()(xmlTextReader* reader) const { xmlFreeTextReader(reader); }
};
using Reader = std::unique_ptr<xmlTextReader, ReaderFree>;

Document readUntil(xmlTextReader* reader, const std::string& name, const Wanted& stop) {
    if (reader == nullptr) {
        throw std::runtime_error(name + ": cannot be read");
    }
    for (;;) {
        const int step = xmlTextReaderRead(reader);
        if (step < 0) {
            throw std::runtime_error(lastError(name));
        }
        if (step == 0) {
            return {};
        }
        if (xmlTextReaderNodeType(reader) != XML_READER_TYPE_ELEMENT) {
            continue;
        }
        const auto wanted = stop(viewOf(xmlTextReaderConstNamespaceUri(reader)),
                                 viewOf(xmlTextReaderConstLocalName(reader)));
        if (!wanted) {
            continue;
        }
        if (!*wanted) {
            return {};
        }
        xmlNode* element = xmlTextReaderExpand(reader);
        if (element == nullptr) {
            throw std::runtime_error(lastError(name));
        }
        Document copy(xmlNewDoc(characters(std::string("1.0"))));
        xmlNode* root = xmlDocCopyNode(element, copy.get(), 1);
        if (root == nullptr) {
            throw std::runtime_error(name + ": out of memory");
        }
        xmlDocSetRootElement(copy.get(), root);
        return copy;
    }
}

Document parseBytes(const std::string& bytes, const std::string& name, int options) {
    Document document(xmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), name.c_str(),
                                    nullptr, options));
    if (!document || xmlDocGetRootElement(document.get()) == nullptr) {
        throw std::runtime_error(lastError(name));
    }
    return document;
}

} // namespace

Document parse(const std::string& bytes, const std::string& name) {
    return parseBytes(bytes, name, untrustedOptions);
}

Document parseWritten(const std::string& bytes, const std::string& name) {
    return parseBytes(bytes, name, trustedOptions);
}

Document parseWrittenFile(const std::filesystem::path& file) {
    Document document(xmlReadFile(file.c_str(), nullptr, trustedOptions));
    if (!document || xmlDocGetRootElement(document.get()) == nullptr) {
        throw std::runtime_error(lastError(file.filename().string()));
    }
    return document;
}

std::string serialized(xmlDoc* document) {
    xmlChar* bytes = nullptr;
    int size = 0;
    xmlDocDumpMemoryEnc(document, &bytes, &size, "UTF-8");
    if (bytes == nullptr) {
        throw std::runtime_error("out of memory");
    }
    std::string text(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(size));
    xmlFree(bytes);
    return text;
}

void save(xmlDoc* document, const std::filesystem::path& file) {
    auto written = file;
    written += ".rewritten";
    if (xmlSaveFileEnc(written.c_str(), document, "UTF-8") < 0) {
        std::error_code ignored;
        std::filesystem::remove(written, ignored);
        throw std::runtime_error("cannot write " + file.filename().string());
    }
    std::filesystem::rename(written, file);
}

Document firstElement(const std::string& bytes, const std::string& name, const Wanted& stop) {
    const Reader reader(xmlReaderForMemory(bytes.data(), static_cast<int>(bytes.size()),
                                           name.c_str(), nullptr, untrustedOptions));
    return readUntil(reader.get(), name, stop);
}

Document firstElementOfFile(const std::filesystem::path& file, const Wanted& stop) {
    const Reader reader(xmlReaderForFile(file.c_str(), nullptr, untrustedOptions));
    return readUntil(reader.get(), file.filename().string(), stop);
}

bool is(const xmlNode& node, std::string_view space, std::string_view localName) {
    return node.type == XML_ELEMENT_NODE && node.ns != nullptr && viewOf(node.ns->href) == space &&
           viewOf(node.name) == localName;
}

std::vector<xmlNode*> children(const xmlNode& parent, std::string_view space,
                               std::string_view localName) {
    std::vector<xmlNode*> found;
    for (xmlNode* node = parent.children; node != nullptr; node = node->next) {
        if (is(*node, space, localName)) {
            found.push_back(node);
        }
    }
    return found;
}

xmlNode* child(const xmlNode& parent, std::string_view space, std::string_view localName) {
    const auto found = children(parent, space, localName);
    return found.empty() ? nullptr : found.front();
}

std::optional<std::string> attribute(const xmlNode& element, std::string_view space,
                                     std::string_view localName) {
    const std::string nameText(localName);
    const std::string spaceText(space);
    xmlChar* value = space.empty()
                         ? xmlGetNoNsProp(&element, characters(nameText))
                         : xmlGetNsProp(&element, characters(nameText), characters(spaceText));
    if (value == nullptr) {
        return std::nullopt;
    }
    std::string text(viewOf(value));
    xmlFree(value);
    return text;
}

std::string text(const xmlNode& element) {
    xmlChar* content = xmlNodeGetContent(&element);
    std::string value(viewOf(content));
    xmlFree(content);
    return value;
}

} // namespace walletshare::recalc::xml
