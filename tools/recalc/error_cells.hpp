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
};

std::vector<ErrorCell>
findErrorCells(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

} // namespace walletshare::recalc
