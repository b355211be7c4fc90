#include "frozen_values.hpp"

#include <array>
#include <set>
#include <string_view>
#include <utility>
#include <vector>

#include <com/sun/star/sheet/XArrayFormulaRange.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/table/XCell.hpp>

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
std::pair<Values, std::vector<ErrorResult>> resultsOf(const Reference<css::table::XCellRange>& range) {
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
    // An empty formula removes the array formula from its whole range.
    Reference<css::sheet::XArrayFormulaRange>(array, UNO_QUERY_THROW)->setArrayFormula({});
    Reference<css::sheet::XCellRangeData>(range, UNO_QUERY_THROW)->setDataArray(values);
    writeErrors(range, errors);
    const auto address =
        Reference<css::sheet::XCellRangeAddressable>(array, UNO_QUERY_THROW)->getRangeAddress();
    return static_cast<std::size_t>(address.EndColumn - address.StartColumn + 1) *
           static_cast<std::size_t>(address.EndRow - address.StartRow + 1);
}

// Writes the values of the cells marked in `plain`, one call per run of such
// cells down a column: a column of shares becomes values in one call.
void writeColumnRuns(const Reference<css::table::XCellRange>& block, const Values& values,
                     const std::vector<std::vector<bool>>& plain) {
    const auto rows = static_cast<sal_Int32>(plain.size());
    const auto columns = rows == 0 ? 0 : static_cast<sal_Int32>(plain.front().size());
    for (sal_Int32 column = 0; column < columns; ++column) {
        for (sal_Int32 start = 0; start < rows;) {
            if (!plain[start][column]) {
                ++start;
                continue;
            }
            sal_Int32 end = start;
            while (end + 1 < rows && plain[end + 1][column]) {
                ++end;
            }
            Values run(end - start + 1);
            for (sal_Int32 row = start; row <= end; ++row) {
                run.getArray()[row - start] = Sequence<Any>(&values[row][column], 1);
            }
            Reference<css::sheet::XCellRangeData>(
                block->getCellRangeByPosition(column, start, column, end), UNO_QUERY_THROW)
                ->setDataArray(run);
            start = end + 1;
        }
    }
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
    forEveryFormulaBlock(document, [&](const Reference<css::sheet::XSpreadsheet>& sheet,
                                       const Reference<css::table::XCellRange>& block,
                                       const Sequence<Sequence<rtl::OUString>>& formulas) {
        const auto [values, errors] = resultsOf(block);
        std::vector<std::vector<bool>> plain(formulas.getLength());
        std::vector<Reference<css::table::XCell>> arrays;
        std::vector<ErrorResult> plainErrors;
        for (sal_Int32 row = 0; row < formulas.getLength(); ++row) {
            plain[row].assign(formulas[row].getLength(), false);
            for (sal_Int32 column = 0; column < formulas[row].getLength(); ++column) {
                const rtl::OUString& formula = formulas[row][column];
                if (!callsWalletshare(formula)) {
                    continue;
                }
                if (formula.startsWith("{")) {
                    arrays.push_back(block->getCellByPosition(column, row));
                } else {
                    plain[row][column] = true;
                    ++frozen;
                }
            }
        }
        for (const ErrorResult& error : errors) {
            if (plain[error.row][error.column]) {
                plainErrors.push_back(error);
            }
        }
        writeColumnRuns(block, values, plain);
        writeErrors(block, plainErrors);
        // A cell of an array already frozen holds a value now, no formula.
        for (const auto& cell : arrays) {
            if (!cell->getFormula().isEmpty() && cell->getFormula().startsWith("{")) {
                frozen += freezeArray(sheet, cell);
            }
        }
    });
    Reference<css::sheet::XCalculatable>(document, UNO_QUERY_THROW)->calculate();
    return frozen;
}

} // namespace walletshare::recalc
