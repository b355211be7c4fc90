#include "sheet_table.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/text/XText.hpp>

#include "walletshare/uno/text.hpp"

namespace walletshare::recalc {

namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using Rows = std::vector<std::vector<std::string>>;

// Columns are aligned by characters, not bytes: the texts may be Russian.
std::size_t displayWidth(const std::string& utf8) {
    return static_cast<std::size_t>(
        std::count_if(utf8.begin(), utf8.end(), [](char byte) { return (byte & 0xC0) != 0x80; }));
}

Rows usedArea(const Reference<css::sheet::XSpreadsheet>& sheet) {
    const Reference<css::sheet::XSheetCellCursor> cursor = sheet->createCursor();
    const Reference<css::sheet::XUsedAreaCursor> used(cursor, UNO_QUERY_THROW);
    used->gotoStartOfUsedArea(sal_False);
    used->gotoEndOfUsedArea(sal_True);
    const auto area =
        Reference<css::sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)->getRangeAddress();
    Rows rows;
    for (sal_Int32 row = area.StartRow; row <= area.EndRow; ++row) {
        auto& cells = rows.emplace_back();
        for (sal_Int32 column = area.StartColumn; column <= area.EndColumn; ++column) {
            const Reference<css::text::XText> text(sheet->getCellByPosition(column, row),
                                                   UNO_QUERY_THROW);
            cells.push_back(uno::utf8Of(text->getString()));
        }
    }
    return rows;
}

// How many cells of the row are shown: up to its last non-empty one.
std::size_t shownCells(const std::vector<std::string>& row) {
    const auto last = std::find_if(row.rbegin(), row.rend(),
                                   [](const std::string& text) { return !text.empty(); });
    return static_cast<std::size_t>(row.rend() - last);
}

void printTable(const Rows& rows, std::ostream& out) {
    // As in Calc, the last text of a row (a title, a note) runs on to the
    // right, so it does not widen its column.
    std::vector<std::size_t> widths;
    for (const auto& row : rows) {
        widths.resize(std::max(widths.size(), row.size()));
        for (std::size_t column = 0; column + 1 < shownCells(row); ++column) {
            widths[column] = std::max(widths[column], displayWidth(row[column]));
        }
    }
    for (const auto& row : rows) {
        std::string line;
        const std::size_t shown = shownCells(row);
        for (std::size_t column = 0; column < shown; ++column) {
            line += row[column];
            if (column + 1 < shown) {
                line.append(widths[column] - displayWidth(row[column]) + 2, ' ');
            }
        }
        out << line << '\n';
    }
}

} // namespace

void printSheets(const Reference<css::sheet::XSpreadsheetDocument>& document, std::ostream& out) {
    const Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    for (sal_Int32 index = 0; index < sheets->getCount(); ++index) {
        const Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(index), UNO_QUERY_THROW);
        const Reference<css::container::XNamed> named(sheet, UNO_QUERY_THROW);
        out << "== " << uno::utf8Of(named->getName()) << " ==\n";
        printTable(usedArea(sheet), out);
        out << '\n';
    }
}

} // namespace walletshare::recalc
