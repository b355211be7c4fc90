#include "text_table.hpp"

#include <algorithm>
#include <iomanip>
#include <sstream>

namespace walletshare::bench {

TextTable::TextTable(std::vector<std::string> headings) {
    rows_.push_back(std::move(headings));
}

void TextTable::add(std::vector<std::string> row) {
    rows_.push_back(std::move(row));
}

void TextTable::print(std::ostream& out) const {
    std::vector<std::size_t> widths;
    for (const auto& row : rows_) {
        widths.resize(std::max(widths.size(), row.size()));
        for (std::size_t column = 0; column < row.size(); ++column) {
            widths[column] = std::max(widths[column], row[column].size());
        }
    }
    for (const auto& row : rows_) {
        std::string line;
        for (std::size_t column = 0; column < row.size(); ++column) {
            // The first column is a name, left-aligned; the others are numbers.
            const auto padding = std::string(widths[column] - row[column].size(), ' ');
            line += column == 0 ? row[column] + padding : "  " + padding + row[column];
        }
        out << "  " << line << '\n';
    }
}

std::string fixed(std::optional<double> value, int decimals) {
    if (!value) {
        return "-";
    }
    std::ostringstream text;
    text << std::fixed << std::setprecision(decimals) << *value;
    return text.str();
}

std::string times(std::optional<double> ratio) {
    return ratio ? fixed(ratio, 2) + "x" : "-";
}

} // namespace walletshare::bench
