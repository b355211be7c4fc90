#include "markdown_table.hpp"

#include <algorithm>
#include <optional>

namespace walletshare::calc_test {

namespace {

std::string_view trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(" \t\r") - first + 1);
}

// The cells of a table row, or nullopt when the line is not one (a table row
// starts with '|' once trimmed).
std::optional<std::vector<std::string>> cellsOf(std::string_view line) {
    line = trimmed(line);
    if (line.empty() || line.front() != '|') {
        return std::nullopt;
    }
    std::vector<std::string> cells;
    std::string cell;
    for (std::size_t i = 1; i < line.size(); ++i) {
        const char letter = line[i];
        if (letter == '\\' && i + 1 < line.size() && line[i + 1] == '|') {
            cell += '|';
            ++i;
        } else if (letter == '|') {
            cells.emplace_back(trimmed(cell));
            cell.clear();
        } else {
            cell += letter;
        }
    }
    // A row may leave out its closing '|'.
    if (!trimmed(cell).empty()) {
        cells.emplace_back(trimmed(cell));
    }
    return cells;
}

bool isDelimiterRow(const std::vector<std::string>& cells) {
    return !cells.empty() && std::ranges::all_of(cells, [](const std::string& cell) {
        return !cell.empty() && cell.find_first_not_of(":-") == std::string::npos;
    });
}

} // namespace

MarkdownTable parseMarkdownTable(std::string_view text) {
    MarkdownTable table;
    bool headerRead = false;
    bool delimiterRead = false;
    std::size_t lineNumber = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        const std::string_view line = text.substr(start, end - start);
        start = end + 1;
        ++lineNumber;
        auto cells = cellsOf(line);
        if (!cells) {
            if (headerRead) {
                break;
            }
            continue;
        }
        const std::string where = "line " + std::to_string(lineNumber) + ": ";
        if (!headerRead) {
            table.header = std::move(*cells);
            headerRead = true;
            continue;
        }
        // A header row is followed by the delimiter row, or it is no table.
        if (!delimiterRead) {
            if (!isDelimiterRow(*cells) || cells->size() != table.header.size()) {
                throw MalformedTable(where + "no delimiter row (|---|) matching the header");
            }
            delimiterRead = true;
            continue;
        }
        if (cells->size() != table.header.size()) {
            throw MalformedTable(where + std::to_string(cells->size()) +
                                 " cells where the header has " +
                                 std::to_string(table.header.size()));
        }
        table.rows.push_back({lineNumber, std::move(*cells)});
    }
    if (!delimiterRead) {
        throw MalformedTable("no table");
    }
    return table;
}

std::string_view withoutCodeSpan(std::string_view cell) {
    if (cell.size() >= 2 && cell.front() == '`' && cell.back() == '`') {
        return trimmed(cell.substr(1, cell.size() - 2));
    }
    return cell;
}

} // namespace walletshare::calc_test
