// Blocks of cells of a benchmark workbook's first sheet, addressed by
// position, and vectors as the sequences that fill them in one call.
#pragma once

#include <cstddef>
#include <vector>

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/uno/Sequence.hxx>

#include "walletshare/office/spreadsheet.hpp"

namespace walletshare::bench {

inline css::uno::Reference<css::table::XCellRange>
firstSheet(const office::Spreadsheet& spreadsheet) {
    const css::uno::Reference<css::container::XIndexAccess> sheets(
        spreadsheet.document()->getSheets(), css::uno::UNO_QUERY_THROW);
    return {sheets->getByIndex(0), css::uno::UNO_QUERY_THROW};
}

// Columns [firstColumn; firstColumn + columnCount) of 0-based rows
// [firstRow; firstRow + rowCount).
inline css::uno::Reference<css::table::XCellRange>
block(const css::uno::Reference<css::table::XCellRange>& sheet, std::size_t firstColumn,
      std::size_t columnCount, std::size_t firstRow, std::size_t rowCount) {
    return sheet->getCellRangeByPosition(static_cast<sal_Int32>(firstColumn),
                                         static_cast<sal_Int32>(firstRow),
                                         static_cast<sal_Int32>(firstColumn + columnCount - 1),
                                         static_cast<sal_Int32>(firstRow + rowCount - 1));
}

template <class Element>
css::uno::Sequence<Element> sequenceOf(const std::vector<Element>& elements) {
    return css::uno::Sequence<Element>(elements.data(), static_cast<sal_Int32>(elements.size()));
}

} // namespace walletshare::bench
