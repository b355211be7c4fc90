#include "workbook_text.hpp"

#include <fstream>
#include <iterator>
#include <regex>
#include <stdexcept>

namespace walletshare::recalc_test {

namespace {

constexpr std::string_view staleText = "999";

} // namespace

std::string contentOf(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        throw std::runtime_error("cannot read " + file.string());
    }
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeFile(const std::filesystem::path& file, std::string_view content) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    if (!out) {
        throw std::runtime_error("cannot write " + file.string());
    }
}

std::string withStaleResults(const std::string& worksheet) {
    // <c r="D2" s="1" t="n"><f aca="false">ORG.WALLETSHARE...(B2,C2)</f><v>0.006</v></c>
    static const std::regex cell(R"(<c [^>]*>.*?</c>)");
    static const std::regex type(R"re( t="[^"]*")re");
    static const std::regex cached(R"(<v>[^<]*</v>)");
    std::string out;
    auto last = worksheet.cbegin();
    for (auto found = std::sregex_iterator(worksheet.begin(), worksheet.end(), cell);
         found != std::sregex_iterator(); ++found) {
        const auto& match = *found;
        out.append(last, match[0].first);
        std::string element = match.str();
        if (element.find("ORG.WALLETSHARE.") != std::string::npos &&
            element.find("<f") != std::string::npos) {
            element = std::regex_replace(element, type, R"( t="n")");
            element = std::regex_replace(element, cached, "<v>" + std::string(staleText) + "</v>");
        }
        out += element;
        last = match[0].second;
    }
    out.append(last, worksheet.cend());
    return out;
}

std::string withShareRows(const std::string& worksheet, int rows) {
    const auto dataStart = worksheet.find("<sheetData>");
    const auto dataEnd = worksheet.find("</sheetData>");
    std::smatch style;
    static const std::regex formulaCellStyle(R"re(<c r="C1" s="([0-9]+)")re");
    if (dataStart == std::string::npos || dataEnd == std::string::npos ||
        !std::regex_search(worksheet, style, formulaCellStyle)) {
        throw std::runtime_error("the template worksheet has no row to repeat");
    }
    std::string data = "<sheetData>";
    data.reserve(static_cast<std::size_t>(rows) * 200);
    for (int row = 1; row <= rows; ++row) {
        const auto n = std::to_string(row);
        data.append(R"(<row r=")").append(n).append(R"("><c r="A)").append(n);
        data.append(R"(" t="n"><v>)").append(n).append(R"(</v></c><c r="B)").append(n);
        data.append(R"(" t="n"><v>1000</v></c><c r="C)").append(n).append(R"(" s=")");
        data.append(style[1].str()).append(R"(" t="n"><f aca="false">)");
        data.append("ORG.WALLETSHARE.SHAREOFWALLET.SHARE(A").append(n).append(",B").append(n);
        data.append(")</f><v>").append(staleText).append("</v></c></row>");
    }
    // The dimension comes before the rows.
    static const std::regex dimension(R"re(<dimension ref="[^"]*"/>)re");
    return std::regex_replace(worksheet.substr(0, dataStart), dimension,
                              R"(<dimension ref="A1:C)" + std::to_string(rows) + R"("/>)") +
           data + worksheet.substr(dataEnd);
}

std::string withLinkedImage(const std::string& fods, const std::string& url) {
    // Shapes anchored to the page come before the columns of the sheet.
    const auto firstColumn = fods.find("<table:table-column");
    if (firstColumn == std::string::npos) {
        throw std::runtime_error("the workbook has no sheet columns to put an image before");
    }
    const std::string frame =
        R"(<table:shapes><draw:frame draw:z-index="0" draw:name="Client logo" svg:width="1cm" )"
        R"(svg:height="1cm" svg:x="12cm" svg:y="0.5cm"><draw:image xlink:href=")" +
        url +
        R"(" xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/></draw:frame>)"
        R"(</table:shapes>)";
    std::string out = fods;
    out.insert(firstColumn, frame);
    return out;
}

std::vector<std::vector<std::string>> csvRows(const std::string& text) {
    const auto firstLineEnd = text.find('\n');
    const std::string firstLine = text.substr(0, firstLineEnd);
    char separator = ',';
    if (const auto found = firstLine.find_first_of(",;\t"); found != std::string::npos) {
        separator = firstLine[found];
    }
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false;
    for (std::size_t index = 0; index < text.size(); ++index) {
        const char character = text[index];
        if (quoted) {
            if (character == '"' && index + 1 < text.size() && text[index + 1] == '"') {
                field += '"';
                ++index;
            } else if (character == '"') {
                quoted = false;
            } else {
                field += character;
            }
        } else if (character == '"') {
            quoted = true;
        } else if (character == separator) {
            row.push_back(field);
            field.clear();
        } else if (character == '\n' || character == '\r') {
            if (character == '\r' && index + 1 < text.size() && text[index + 1] == '\n') {
                ++index;
            }
            row.push_back(field);
            field.clear();
            rows.push_back(row);
            row.clear();
        } else {
            field += character;
        }
    }
    if (!field.empty() || !row.empty()) {
        row.push_back(field);
        rows.push_back(row);
    }
    return rows;
}

} // namespace walletshare::recalc_test
