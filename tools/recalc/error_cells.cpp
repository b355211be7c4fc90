#include "error_cells.hpp"

#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/FormulaResult.hpp>
#include <com/sun/star/sheet/XCellAddressable.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/text/XText.hpp>

#include "walletshare/uno/text.hpp"

namespace walletshare::recalc {

namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

constexpr int alphabet = 26;

// 0 -> A, 25 -> Z, 26 -> AA.
std::string columnName(int column) {
    std::string name;
    for (int rest = column + 1; rest > 0; rest = (rest - 1) / alphabet) {
        name.insert(name.begin(), static_cast<char>('A' + (rest - 1) % alphabet));
    }
    return name;
}

} // namespace

std::vector<ErrorCell> findErrorCells(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    std::vector<ErrorCell> found;
    const Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    for (sal_Int32 index = 0; index < sheets->getCount(); ++index) {
        const Reference<css::sheet::XCellRangesQuery> sheet(sheets->getByIndex(index),
                                                            UNO_QUERY_THROW);
        const std::string sheetName =
            uno::utf8Of(Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName());
        const Reference<css::container::XEnumerationAccess> cells(
            sheet->queryFormulaCells(css::sheet::FormulaResult::ERROR)->getCells(),
            UNO_QUERY_THROW);
        const auto each = cells->createEnumeration();
        while (each->hasMoreElements() != sal_False) {
            const Reference<css::sheet::XCellAddressable> cell(each->nextElement(),
                                                               UNO_QUERY_THROW);
            const auto address = cell->getCellAddress();
            found.push_back(
                {sheetName, columnName(address.Column) + std::to_string(address.Row + 1),
                 uno::utf8Of(Reference<css::text::XText>(cell, UNO_QUERY_THROW)->getString())});
        }
    }
    return found;
}

} // namespace walletshare::recalc
