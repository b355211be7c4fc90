#include "walletshare_cells.hpp"

#include <algorithm>
#include <utility>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XCellRangeFormula.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XNamedRange.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <rtl/character.hxx>

namespace walletshare::recalc {

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace {

bool partOfName(sal_Unicode letter) {
    return rtl::isAsciiAlphanumeric(letter) || letter == '_' || letter == '.' || letter > 0x7F;
}

// Whether `name` occurs in `formula` as a name of its own, not as a part of
// a longer one (Share in ShareOfTotal).
bool namesIt(const rtl::OUString& formula, const rtl::OUString& name) {
    for (sal_Int32 at = formula.indexOf(name); at >= 0; at = formula.indexOf(name, at + 1)) {
        const sal_Int32 after = at + name.getLength();
        if ((at == 0 || !partOfName(formula[at - 1])) &&
            (after == formula.getLength() || !partOfName(formula[after]))) {
            return true;
        }
    }
    return false;
}

} // namespace

WalletshareCalls::WalletshareCalls(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    const Reference<css::sheet::XNamedRanges> named(
        Reference<css::beans::XPropertySet>(document, UNO_QUERY_THROW)
            ->getPropertyValue("NamedRanges"),
        UNO_QUERY_THROW);
    std::vector<std::pair<rtl::OUString, rtl::OUString>> others;
    for (const auto& name : named->getElementNames()) {
        others.emplace_back(name.toAsciiUpperCase(), Reference<css::sheet::XNamedRange>(
                                                         named->getByName(name), UNO_QUERY_THROW)
                                                         ->getContent()
                                                         .toAsciiUpperCase());
    }
    // Until no name is found to call Walletshare through those found.
    for (bool found = true; found;) {
        found = false;
        for (auto each = others.begin(); each != others.end();) {
            if (in(each->second)) {
                names_.push_back(each->first);
                each = others.erase(each);
                found = true;
            } else {
                ++each;
            }
        }
    }
}

bool WalletshareCalls::in(const rtl::OUString& formula) const {
    if (formula.indexOf("ORG.WALLETSHARE.") >= 0) {
        return true;
    }
    if (names_.empty()) {
        return false;
    }
    const auto capitals = formula.toAsciiUpperCase();
    return std::ranges::any_of(names_,
                               [&](const rtl::OUString& name) { return namesIt(capitals, name); });
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
