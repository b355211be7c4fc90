#include "error_cells.hpp"

#include <string_view>

#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/FormulaResult.hpp>
#include <com/sun/star/sheet/XCellAddressable.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XText.hpp>

#include "walletshare/uno/text.hpp"

namespace walletshare::recalc {

namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

constexpr int alphabet = 26;

// "#VALUE!", "#N/A", "#DIV/0!", "#NAME?": what an error constant looks like.
bool isErrorConstant(std::string_view formula) {
    return formula.starts_with('#') &&
           formula.find_first_of("(;:+-*&^<>= ") == std::string_view::npos;
}

// "=A1*2" -> "A1*2", "{=A1:A2*2}" -> "A1:A2*2".
std::string withoutEqualsSign(std::string formula) {
    if (formula.starts_with('{') && formula.ends_with('}')) {
        formula = formula.substr(1, formula.size() - 2);
    }
    if (formula.starts_with('=')) {
        formula.erase(0, 1);
    }
    return formula;
}

// "B7" for column 1, row 6 (both from 0).
std::string cellName(sal_Int32 column, sal_Int32 row) {
    std::string name;
    for (sal_Int32 rest = column + 1; rest > 0; rest = (rest - 1) / alphabet) {
        name.insert(name.begin(), static_cast<char>('A' + (rest - 1) % alphabet));
    }
    return name + std::to_string(row + 1);
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
            const Reference<css::table::XCell> content(cell, UNO_QUERY_THROW);
            auto formula = withoutEqualsSign(uno::utf8Of(content->getFormula()));
            if (isErrorConstant(formula)) {
                continue;
            }
            const auto address = cell->getCellAddress();
            found.push_back(
                {sheetName, cellName(address.Column, address.Row),
                 uno::utf8Of(Reference<css::text::XText>(cell, UNO_QUERY_THROW)->getString()),
                 content->getError(), address.Column, address.Row, std::move(formula)});
        }
    }
    return found;
}

} // namespace walletshare::recalc
