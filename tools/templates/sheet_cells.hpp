// Every cell of a sheet with content of the given kinds (css::sheet::CellFlags),
// visited as (cell, column, row): what the generator translates and what the
// template tests compare.
#pragma once

#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/sheet/XCellAddressable.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/uno/Reference.hxx>

namespace walletshare::templates {

template <typename Visit>
void forEachCell(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, sal_Int16 flags,
                 Visit visit) {
    using css::uno::Reference;
    using css::uno::UNO_QUERY_THROW;
    const Reference<css::sheet::XCellRangesQuery> query(sheet, UNO_QUERY_THROW);
    const Reference<css::container::XEnumerationAccess> cells(
        query->queryContentCells(flags)->getCells(), UNO_QUERY_THROW);
    const auto enumeration = cells->createEnumeration();
    while (enumeration->hasMoreElements()) {
        const Reference<css::table::XCell> cell(enumeration->nextElement(), UNO_QUERY_THROW);
        const auto address =
            Reference<css::sheet::XCellAddressable>(cell, UNO_QUERY_THROW)->getCellAddress();
        visit(cell, address.Column, address.Row);
    }
}

} // namespace walletshare::templates
