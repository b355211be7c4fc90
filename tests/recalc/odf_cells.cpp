#include "odf_cells.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace walletshare::recalc_test {

namespace {

// A value repeated over more cells than this is an empty filler; a test
// never asks for its far end.
constexpr int maxRepeated = 1024;

std::optional<std::string> attribute(std::string_view tag, std::string_view name) {
    const std::string key = " " + std::string(name) + "=\"";
    const auto start = tag.find(key);
    if (start == std::string_view::npos) {
        return std::nullopt;
    }
    const auto valueStart = start + key.size();
    const auto valueEnd = tag.find('"', valueStart);
    return std::string(tag.substr(valueStart, valueEnd - valueStart));
}

std::string unescaped(std::string_view text) {
    constexpr std::array<std::pair<std::string_view, char>, 5> entities{{
        {"&amp;", '&'},
        {"&lt;", '<'},
        {"&gt;", '>'},
        {"&quot;", '"'},
        {"&apos;", '\''},
    }};
    std::string out;
    for (std::size_t index = 0; index < text.size(); ++index) {
        bool replaced = false;
        for (const auto& [entity, character] : entities) {
            if (text.substr(index, entity.size()) == entity) {
                out += character;
                index += entity.size() - 1;
                replaced = true;
                break;
            }
        }
        if (!replaced) {
            out += text[index];
        }
    }
    return out;
}

int repeated(std::string_view tag, std::string_view name) {
    const auto count = attribute(tag, name);
    return count ? std::max(1, std::stoi(*count)) : 1;
}

bool startsElement(std::string_view tag, std::string_view name) {
    if (!tag.starts_with(name) || tag.size() <= name.size()) {
        return false;
    }
    const char next = tag[name.size()];
    return next == ' ' || next == '>' || next == '/';
}

// The text of a cell's paragraphs, markup removed, paragraphs joined by
// line breaks; what lies between the paragraphs (indentation) is no text.
std::string paragraphsOf(std::string_view content) {
    std::string text;
    int paragraphs = 0;
    bool inParagraph = false;
    std::size_t index = 0;
    while (index < content.size()) {
        if (content[index] != '<') {
            if (inParagraph) {
                text += content[index];
            }
            ++index;
            continue;
        }
        const auto tagEnd = content.find('>', index);
        const auto tag = content.substr(index, tagEnd + 1 - index);
        if (startsElement(tag, "<text:p")) {
            if (paragraphs++ > 0) {
                text += '\n';
            }
            inParagraph = !tag.ends_with("/>");
        } else if (tag == "</text:p>") {
            inParagraph = false;
        } else if (inParagraph && startsElement(tag, "<text:s")) {
            text += ' '; // a run of spaces
        }
        index = tagEnd + 1;
    }
    return unescaped(text);
}

office::CalcError errorShownAs(const std::string& shown) {
    constexpr std::array<office::CalcError, 6> named{office::calc_error::illegalFloatingPoint,
                                                     office::calc_error::noValue,
                                                     office::calc_error::noName,
                                                     office::calc_error::divisionByZero,
                                                     office::calc_error::notAvailable,
                                                     office::calc_error::invalidArgument};
    for (const auto error : named) {
        if (office::errorText(error) == shown) {
            return error;
        }
    }
    if (shown.starts_with("Err:")) {
        return office::CalcError{std::stoi(shown.substr(4))};
    }
    return office::CalcError{-1};
}

office::CellValue valueOf(std::string_view tag, std::string_view content) {
    auto type = attribute(tag, "calcext:value-type");
    if (!type) {
        type = attribute(tag, "office:value-type");
    }
    if (!type) {
        return office::EmptyCell{};
    }
    if (*type == "error") {
        return errorShownAs(paragraphsOf(content));
    }
    if (*type == "float" || *type == "percentage" || *type == "currency") {
        return std::stod(attribute(tag, "office:value").value_or("0"));
    }
    if (*type == "boolean") {
        return attribute(tag, "office:boolean-value") == "true" ? 1.0 : 0.0;
    }
    if (const auto text = attribute(tag, "office:string-value")) {
        return unescaped(*text);
    }
    if (*type == "date") {
        return attribute(tag, "office:date-value").value_or("");
    }
    if (*type == "time") {
        return attribute(tag, "office:time-value").value_or("");
    }
    return paragraphsOf(content);
}

} // namespace

std::string cellName(int column, int row) {
    std::string letters;
    for (int rest = column + 1; rest > 0; rest = (rest - 1) / 26) {
        letters.insert(letters.begin(), static_cast<char>('A' + (rest - 1) % 26));
    }
    return letters + std::to_string(row + 1);
}

std::map<std::string, office::CellValue> storedCells(const std::string& xml) {
    std::map<std::string, office::CellValue> cells;
    std::string sheet;
    int row = -1;
    int nextRow = 0;
    int column = 0;
    std::size_t position = 0;
    while ((position = xml.find('<', position)) != std::string::npos) {
        const auto tagEnd = xml.find('>', position);
        if (tagEnd == std::string::npos) {
            break;
        }
        const std::string_view tag(xml.data() + position, tagEnd + 1 - position);
        position = tagEnd + 1;
        if (startsElement(tag, "<table:table")) {
            sheet = unescaped(attribute(tag, "table:name").value_or(""));
            nextRow = 0;
        } else if (startsElement(tag, "<table:table-row")) {
            row = nextRow;
            nextRow += repeated(tag, "table:number-rows-repeated");
            column = 0;
        } else if (startsElement(tag, "<table:table-cell") ||
                   startsElement(tag, "<table:covered-table-cell")) {
            const bool covered = tag.starts_with("<table:covered");
            std::string_view content;
            if (!tag.ends_with("/>")) {
                const std::string end =
                    covered ? "</table:covered-table-cell>" : "</table:table-cell>";
                const auto contentEnd = xml.find(end, position);
                content = std::string_view(xml.data() + position, contentEnd - position);
                position = contentEnd + end.size();
            }
            const int count = repeated(tag, "table:number-columns-repeated");
            if (const auto value = valueOf(tag, content);
                !std::holds_alternative<office::EmptyCell>(value)) {
                for (int index = 0; index < std::min(count, maxRepeated); ++index) {
                    cells[sheet + "." + cellName(column + index, row)] = value;
                }
            }
            column += count;
        }
    }
    return cells;
}

} // namespace walletshare::recalc_test
