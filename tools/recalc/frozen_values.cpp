#include "frozen_values.hpp"

#include <algorithm>
#include <array>
#include <iterator>
#include <string_view>
#include <utility>
#include <vector>

#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XText.hpp>

#include "walletshare/uno/text.hpp"
#include "walletshare_cells.hpp"

namespace walletshare::recalc {

namespace {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;
using Values = Sequence<Sequence<Any>>;

struct KnownError {
    int code;
    std::string_view formula;
};

// XCell::getError()'s codes of the errors that Excel knows too. #N/A is
// NA(), the function that people write for it.
constexpr std::array<KnownError, 7> knownErrors{{{32767, "=NA()"},
                                                 {532, "=#DIV/0!"},
                                                 {519, "=#VALUE!"},
                                                 {503, "=#NUM!"},
                                                 {524, "=#REF!"},
                                                 {525, "=#NAME?"},
                                                 {521, "=#NULL!"}}};

// A cell of a range whose value getDataArray() cannot give: it holds an error.
struct ErrorResult {
    sal_Int32 column;
    sal_Int32 row;
    int code;
};

// The range's values as getDataArray() gives them (numbers, texts), and its
// error cells, which it gives as void.
std::pair<Values, std::vector<ErrorResult>>
resultsOf(const Reference<css::table::XCellRange>& range) {
    auto values = Reference<css::sheet::XCellRangeData>(range, UNO_QUERY_THROW)->getDataArray();
    std::vector<ErrorResult> errors;
    for (sal_Int32 row = 0; row < values.getLength(); ++row) {
        for (sal_Int32 column = 0; column < values[row].getLength(); ++column) {
            if (!values[row][column].hasValue()) {
                const auto cell = range->getCellByPosition(column, row);
                if (const int code = cell->getError(); code != 0) {
                    errors.push_back({column, row, code});
                } else {
                    values.getArray()[row].getArray()[column] <<= cell->getValue();
                }
            }
        }
    }
    return {values, errors};
}

// Calc opens the workbook read-only, and then refuses to write a block of
// cells (XCellRangeData) or to remove an array formula; cell by cell it
// writes, and a value written into every cell of an array formula's range
// leaves no array formula behind.
void write(const Reference<css::table::XCell>& cell, const Any& value) {
    if (double number = 0; value >>= number) {
        cell->setValue(number);
    } else if (rtl::OUString text; value >>= text) {
        Reference<css::text::XText>(cell, UNO_QUERY_THROW)->setString(text);
    }
}

void writeErrors(const Reference<css::table::XCellRange>& range,
                 const std::vector<ErrorResult>& errors) {
    for (const auto& [column, row, code] : errors) {
        range->getCellByPosition(column, row)->setFormula(uno::ouStringOf(errorFormula(code)));
    }
}

// Replaces the array formula that `cell` belongs to by its results; returns
// how many cells it covered.
std::size_t freezeArray(const Reference<css::sheet::XSpreadsheet>& sheet,
                        const Reference<css::table::XCell>& cell) {
    const Reference<css::sheet::XSheetCellCursor> array =
        sheet->createCursorByRange(Reference<css::sheet::XSheetCellRange>(cell, UNO_QUERY_THROW));
    array->collapseToCurrentArray();
    const Reference<css::table::XCellRange> range(array, UNO_QUERY_THROW);
    const auto [values, errors] = resultsOf(range);
    std::size_t cells = 0;
    for (sal_Int32 row = 0; row < values.getLength(); ++row) {
        for (sal_Int32 column = 0; column < values[row].getLength(); ++column) {
            write(range->getCellByPosition(column, row), values[row][column]);
            ++cells;
        }
    }
    writeErrors(range, errors);
    return cells;
}

} // namespace

std::string errorFormula(int code) {
    for (const auto& [known, formula] : knownErrors) {
        if (known == code) {
            return std::string(formula);
        }
    }
    return "=#VALUE!";
}

std::size_t freezeWalletshareCells(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    std::size_t frozen = 0;
    const WalletshareCalls walletshare(document);
    forEveryFormulaBlock(document, [&](const Reference<css::sheet::XSpreadsheet>& sheet,
                                       const Reference<css::table::XCellRange>& block,
                                       const Sequence<Sequence<rtl::OUString>>& formulas) {
        const auto [values, errors] = resultsOf(block);
        std::vector<Reference<css::table::XCell>> arrays;
        for (sal_Int32 row = 0; row < formulas.getLength(); ++row) {
            for (sal_Int32 column = 0; column < formulas[row].getLength(); ++column) {
                const rtl::OUString& formula = formulas[row][column];
                if (!walletshare.in(formula)) {
                    continue;
                }
                const auto cell = block->getCellByPosition(column, row);
                if (formula.startsWith("{")) {
                    arrays.push_back(cell);
                } else {
                    write(cell, values[row][column]);
                    ++frozen;
                }
            }
        }
        std::vector<ErrorResult> plainErrors;
        std::ranges::copy_if(errors, std::back_inserter(plainErrors),
                             [&](const ErrorResult& error) {
                                 const rtl::OUString& formula = formulas[error.row][error.column];
                                 return walletshare.in(formula) && !formula.startsWith("{");
                             });
        writeErrors(block, plainErrors);
        // A cell of an array already frozen holds a value now, no formula.
        for (const auto& cell : arrays) {
            if (cell->getFormula().startsWith("{")) {
                frozen += freezeArray(sheet, cell);
            }
        }
    });
    Reference<css::sheet::XCalculatable>(document, UNO_QUERY_THROW)->calculate();
    return frozen;
}

} // namespace walletshare::recalc
