#include "walletshare_cells.hpp"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XCellRangeFormula.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>

namespace walletshare::recalc {

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

bool callsWalletshare(const rtl::OUString& formula) {
    return formula.indexOf("ORG.WALLETSHARE.") >= 0;
}

void forEveryFormulaBlock(const Reference<css::sheet::XSpreadsheetDocument>& document,
                          const FormulaBlock& each) {
    const Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    for (sal_Int32 index = 0; index < sheets->getCount(); ++index) {
        const Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(index), UNO_QUERY_THROW);
        const auto formulaCells = Reference<css::sheet::XCellRangesQuery>(sheet, UNO_QUERY_THROW)
                                      ->queryContentCells(css::sheet::CellFlags::FORMULA);
        const Reference<css::table::XCellRange> cells(sheet, UNO_QUERY_THROW);
        for (const auto& range : formulaCells->getRangeAddresses()) {
            const auto block = cells->getCellRangeByPosition(range.StartColumn, range.StartRow,
                                                             range.EndColumn, range.EndRow);
            each(sheet, block,
                 Reference<css::sheet::XCellRangeFormula>(block, UNO_QUERY_THROW)
                     ->getFormulaArray());
        }
    }
}

} // namespace walletshare::recalc
