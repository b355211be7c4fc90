// Formula cells whose stored value a recalculation in Calc would destroy:
// Calc cannot compute them (an Excel function it lacks, a structured
// reference to an Excel table) and gives #NAME? or a syntax error where the
// workbook stored a number or a text.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/uno/Reference.hxx>

#include "error_cells.hpp"

namespace walletshare::recalc {

struct UncomputableCell {
    std::string sheet;
    std::string cell;
    std::string formula;
    // As describe() writes it (0.006, "text"); empty when Calc already
    // dropped it while opening the workbook.
    std::string stored;
    std::string result; // the error Calc gives: "#NAME?"
    bool kept = false;
};

// The formula cells that hold a number or a text, sheet by sheet: taken
// before a recalculation, they tell a stored value from an error.
using ComputedCells = std::map<std::string, std::vector<css::table::CellRangeAddress>>;
ComputedCells
computedFormulaCells(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

// The error cells of a recalculated workbook that hold an error because Calc
// cannot compute their formula, where the workbook stored a value (in
// `before`, or, for an Excel function that Calc lacks, a value Calc dropped
// while opening the workbook).
std::vector<UncomputableCell> uncomputableCells(const std::vector<ErrorCell>& errorCells,
                                                const ComputedCells& before);

// Fills in each cell's stored value from the workbook as it was opened.
void readStoredValues(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& opened,
                      std::vector<UncomputableCell>& cells);

// Recalculates only Walletshare's formula cells and the cells that depend on
// them, so that every other cell keeps the value stored in the workbook.
void recalculateWalletshareCells(
    const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

// Marks as kept the cells that are no error cells any more.
void markKept(std::vector<UncomputableCell>& cells, const std::vector<ErrorCell>& errorCells);

// "Sheet1.D6: Calc cannot compute SUBTOTAL(109;[column8]); its stored value
// 0 is replaced by #NAME?"
std::string describe(const UncomputableCell& cell);

} // namespace walletshare::recalc
