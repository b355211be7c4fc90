#include "frozen_values.hpp"

#include <algorithm>
#include <array>
#include <iterator>
#include <string_view>
#include <utility>
#include <vector>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/sheet/XArrayFormulaRange.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/util/XProtectable.hpp>

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

// While it lives, Calc lets the API change the workbook that it opened
// read-only as a whole block of cells at a time (XCellRangeData), and remove
// an array formula. Cell by cell it allows changes anyway, but a column of
// 100,000 shares then takes hours instead of a second: Calc splits the
// column's formula group again at every cell.
class BlockChanges {
public:
    explicit BlockChanges(const Reference<css::sheet::XSpreadsheetDocument>& document)
        : document_(document, UNO_QUERY_THROW) {
        document_->setPropertyValue(allowed, Any(sal_True));
    }
    ~BlockChanges() {
        try {
            document_->setPropertyValue(allowed, Any(sal_False));
        } catch (const css::uno::Exception&) {
            // The office is gone with the document; nothing is left to undo.
        }
    }
    BlockChanges(const BlockChanges&) = delete;
    BlockChanges& operator=(const BlockChanges&) = delete;
    BlockChanges(BlockChanges&&) = delete;
    BlockChanges& operator=(BlockChanges&&) = delete;

private:
    const rtl::OUString allowed{"IsChangeReadOnlyEnabled"};
    Reference<css::beans::XPropertySet> document_;
};

void write(const Reference<css::table::XCell>& cell, const Any& value) {
    if (double number = 0; value >>= number) {
        cell->setValue(number);
    } else if (rtl::OUString text; value >>= text) {
        Reference<css::text::XText>(cell, UNO_QUERY_THROW)->setString(text);
    }
}

// A protected sheet refuses block changes even so: there the values go in
// cell by cell, and a value in every cell of an array formula's range leaves
// no array formula behind.
void writeValues(const Reference<css::table::XCellRange>& range, const Values& values,
                 bool cellByCell) {
    if (!cellByCell) {
        Reference<css::sheet::XCellRangeData>(range, UNO_QUERY_THROW)->setDataArray(values);
        return;
    }
    for (sal_Int32 row = 0; row < values.getLength(); ++row) {
        for (sal_Int32 column = 0; column < values[row].getLength(); ++column) {
            write(range->getCellByPosition(column, row), values[row][column]);
        }
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
                        const Reference<css::table::XCell>& cell, bool cellByCell) {
    const Reference<css::sheet::XSheetCellCursor> array =
        sheet->createCursorByRange(Reference<css::sheet::XSheetCellRange>(cell, UNO_QUERY_THROW));
    array->collapseToCurrentArray();
    const Reference<css::table::XCellRange> range(array, UNO_QUERY_THROW);
    const auto [values, errors] = resultsOf(range);
    if (!cellByCell) {
        // An empty formula removes the array formula from its whole range.
        Reference<css::sheet::XArrayFormulaRange>(array, UNO_QUERY_THROW)->setArrayFormula({});
    }
    writeValues(range, values, cellByCell);
    writeErrors(range, errors);
    return static_cast<std::size_t>(values.getLength()) *
           static_cast<std::size_t>(values.getLength() == 0 ? 0 : values[0].getLength());
}

// Writes the values of the cells marked in `plain`, one call per run of such
// cells down a column: a column of shares becomes values in one call.
void writeColumnRuns(const Reference<css::table::XCellRange>& block, const Values& values,
                     const std::vector<std::vector<bool>>& plain, bool cellByCell) {
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
            writeValues(block->getCellRangeByPosition(column, start, column, end), run, cellByCell);
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
    const WalletshareCalls walletshare(document);
    const BlockChanges changes(document);
    forEveryFormulaBlock(document, [&](const Reference<css::sheet::XSpreadsheet>& sheet,
                                       const Reference<css::table::XCellRange>& block,
                                       const Sequence<Sequence<rtl::OUString>>& formulas) {
        const bool cellByCell =
            Reference<css::util::XProtectable>(sheet, UNO_QUERY_THROW)->isProtected() != sal_False;
        const auto [values, errors] = resultsOf(block);
        std::vector<std::vector<bool>> plain(formulas.getLength());
        std::vector<Reference<css::table::XCell>> arrays;
        for (sal_Int32 row = 0; row < formulas.getLength(); ++row) {
            plain[row].assign(formulas[row].getLength(), false);
            for (sal_Int32 column = 0; column < formulas[row].getLength(); ++column) {
                const rtl::OUString& formula = formulas[row][column];
                if (!walletshare.in(formula)) {
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
        std::vector<ErrorResult> plainErrors;
        std::ranges::copy_if(
            errors, std::back_inserter(plainErrors),
            [&](const ErrorResult& error) { return plain[error.row][error.column]; });
        writeColumnRuns(block, values, plain, cellByCell);
        writeErrors(block, plainErrors);
        // A cell of an array already frozen holds a value now, no formula.
        for (const auto& cell : arrays) {
            if (cell->getFormula().startsWith("{")) {
                frozen += freezeArray(sheet, cell, cellByCell);
            }
        }
    });
    Reference<css::sheet::XCalculatable>(document, UNO_QUERY_THROW)->calculate();
    return frozen;
}

} // namespace walletshare::recalc
