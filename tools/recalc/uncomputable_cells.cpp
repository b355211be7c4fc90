#include "uncomputable_cells.hpp"

#include <algorithm>
#include <array>
#include <set>
#include <utility>

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/FormulaResult.hpp>
#include <com/sun/star/sheet/XArrayFormulaRange.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XCellRange.hpp>

#include "walletshare/office/cell_value.hpp"
#include "walletshare/office/spreadsheet.hpp"
#include "walletshare/uno/text.hpp"
#include "walletshare_cells.hpp"

namespace walletshare::recalc {

namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

// Calc's codes for a formula it cannot compute: one it cannot read (501,
// 507-512, 516-518, 520, 521, 526), a wrong number of arguments for its own
// function of that name (504), and a name it does not know (525, #NAME?).
constexpr std::array<int, 15> cannotCompute{501, 504, 507, 508, 509, 510, 511, 512,
                                            516, 517, 518, 520, 521, 525, 526};
// Calc keeps this prefix on the Excel functions it does not implement.
constexpr std::string_view excelOnlyFunction = "_xlfn.";

template <typename Each>
void forEverySheet(const Reference<css::sheet::XSpreadsheetDocument>& document, Each each) {
    const Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    for (sal_Int32 index = 0; index < sheets->getCount(); ++index) {
        const Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(index), UNO_QUERY_THROW);
        each(uno::utf8Of(Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName()),
             sheet);
    }
}

bool contains(const std::vector<css::table::CellRangeAddress>& ranges, const ErrorCell& cell) {
    return std::ranges::any_of(ranges, [&](const css::table::CellRangeAddress& range) {
        return range.StartColumn <= cell.column && cell.column <= range.EndColumn &&
               range.StartRow <= cell.row && cell.row <= range.EndRow;
    });
}

Reference<css::table::XCell> cellOf(const Reference<css::sheet::XSpreadsheetDocument>& document,
                                    const std::string& sheet, const std::string& cell) {
    const Reference<css::table::XCellRange> cells(
        document->getSheets()->getByName(uno::ouStringOf(sheet)), UNO_QUERY_THROW);
    return cells->getCellRangeByName(uno::ouStringOf(cell))->getCellByPosition(0, 0);
}

// Sets the formula of a cell, or of the array it belongs to, again: Calc then
// computes it, and what depends on it, at the next calculate().
void setAgain(const Reference<css::sheet::XSpreadsheet>& sheet,
              const Reference<css::table::XCell>& cell, const rtl::OUString& formula,
              std::set<std::pair<sal_Int32, sal_Int32>>& arraysDone) {
    if (!formula.startsWith("{")) {
        cell->setFormula(formula);
        return;
    }
    const Reference<css::sheet::XSheetCellCursor> cursor =
        sheet->createCursorByRange(Reference<css::sheet::XSheetCellRange>(cell, UNO_QUERY_THROW));
    cursor->collapseToCurrentArray();
    const auto start =
        Reference<css::sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)->getRangeAddress();
    if (arraysDone.emplace(start.StartColumn, start.StartRow).second) {
        const Reference<css::sheet::XArrayFormulaRange> array(cursor, UNO_QUERY_THROW);
        array->setArrayFormula(array->getArrayFormula());
    }
}

} // namespace

ComputedCells computedFormulaCells(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    ComputedCells computed;
    forEverySheet(
        document, [&](const std::string& name, const Reference<css::sheet::XSpreadsheet>& sheet) {
            const auto ranges = Reference<css::sheet::XCellRangesQuery>(sheet, UNO_QUERY_THROW)
                                    ->queryFormulaCells(css::sheet::FormulaResult::VALUE |
                                                        css::sheet::FormulaResult::STRING)
                                    ->getRangeAddresses();
            computed[name].assign(ranges.begin(), ranges.end());
        });
    return computed;
}

std::vector<UncomputableCell> uncomputableCells(const std::vector<ErrorCell>& errorCells,
                                                const ComputedCells& before) {
    std::vector<UncomputableCell> found;
    for (const ErrorCell& cell : errorCells) {
        if (std::ranges::find(cannotCompute, cell.code) == cannotCompute.end()) {
            continue;
        }
        const auto sheet = before.find(cell.sheet);
        if ((sheet != before.end() && contains(sheet->second, cell)) ||
            cell.formula.find(excelOnlyFunction) != std::string::npos) {
            found.push_back({cell.sheet, cell.cell, cell.formula, {}, cell.error, false});
        }
    }
    return found;
}

void readStoredValues(const Reference<css::sheet::XSpreadsheetDocument>& opened,
                      std::vector<UncomputableCell>& cells) {
    for (UncomputableCell& cell : cells) {
        const auto stored = office::valueIn(cellOf(opened, cell.sheet, cell.cell));
        if (!std::holds_alternative<office::CalcError>(stored)) {
            cell.stored = office::describe(stored);
        }
    }
}

void recalculateWalletshareCells(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    const WalletshareCalls walletshare(document);
    forEveryFormulaBlock(
        document, [&](const Reference<css::sheet::XSpreadsheet>& sheet,
                      const Reference<css::table::XCellRange>& block,
                      const css::uno::Sequence<css::uno::Sequence<rtl::OUString>>& formulas) {
            std::set<std::pair<sal_Int32, sal_Int32>> arraysDone;
            for (sal_Int32 row = 0; row < formulas.getLength(); ++row) {
                for (sal_Int32 column = 0; column < formulas[row].getLength(); ++column) {
                    const rtl::OUString& formula = formulas[row][column];
                    if (walletshare.in(formula)) {
                        setAgain(sheet, block->getCellByPosition(column, row), formula, arraysDone);
                    }
                }
            }
        });
    Reference<css::sheet::XCalculatable>(document, UNO_QUERY_THROW)->calculate();
}

void markKept(std::vector<UncomputableCell>& cells, const std::vector<ErrorCell>& errorCells) {
    for (UncomputableCell& cell : cells) {
        cell.kept = std::ranges::none_of(errorCells, [&](const ErrorCell& error) {
            return error.sheet == cell.sheet && error.cell == cell.cell;
        });
    }
}

std::string describe(const UncomputableCell& cell) {
    std::string text = cell.sheet + '.' + cell.cell + ": Calc cannot compute " + cell.formula;
    if (cell.stored.empty()) {
        return text + "; its stored value is lost when LibreOffice opens the workbook, and it " +
               "shows " + cell.result;
    }
    return text + "; its stored value " + cell.stored +
           (cell.kept ? " is kept" : " is replaced by " + cell.result);
}

} // namespace walletshare::recalc
