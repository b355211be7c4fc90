// The formula cells of a recalculated workbook that end in an error.
#pragma once

#include <string>
#include <vector>

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/Reference.hxx>

namespace walletshare::recalc {

struct ErrorCell {
    std::string sheet;
    std::string cell;  // "B7"
    std::string error; // as Calc shows it: "Err:502", "#DIV/0!"
    int code = 0;      // XCell::getError()
    sal_Int32 column = 0;
    sal_Int32 row = 0;
    // As the API gives it, without its "=" (and an array's braces).
    std::string formula;
};

// Formula cells only as Calc holds them, not as the workbook stored them:
// Calc makes a formula cell of an .xlsx file's TRUE and of a stored error
// with no formula (an Excel in-cell picture is one, #VALUE!). Those, whose
// "formula" is an error constant alone, are left out: they were no formula
// in the workbook.
std::vector<ErrorCell>
findErrorCells(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

} // namespace walletshare::recalc
