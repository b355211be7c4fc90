// A recalculated workbook as text tables on a terminal: each sheet's used
// area, cells as Calc displays them (formatted numbers, error texts).
#pragma once

#include <ostream>

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/Reference.hxx>

namespace walletshare::recalc {

void printSheets(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                 std::ostream& out);

} // namespace walletshare::recalc
