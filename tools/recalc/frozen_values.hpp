// --values: a recalculated workbook for people without Walletshare. Every
// Walletshare formula cell (see walletshare_cells.hpp), an array formula's
// whole range included, is replaced by its value, so that an office without
// the add-in (Excel recalculates an .xlsx file from Calc when it opens it)
// shows the figures instead of #NAME?. Every other formula stays live and
// computes from those values; formats, conditional formats, charts, names
// and sheets are not touched, because only cell contents change.
#pragma once

#include <cstddef>
#include <string>

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/Reference.hxx>

namespace walletshare::recalc {

// The formula that an error result becomes: one that gives the same error
// in Calc and Excel without Walletshare, so that what depends on the cell
// behaves as before. `code` is XCell::getError()'s: #N/A is =NA(); #DIV/0!,
// #VALUE!, #NUM!, #REF!, #NAME? and #NULL! are the error itself (=#DIV/0!);
// Calc's own codes that Excel lacks (Err:502, ...) are =#VALUE!, as Calc's
// .xlsx export writes them.
std::string errorFormula(int code);

// Recalculates what depends on the frozen cells (nothing else); returns how
// many cells were frozen.
std::size_t
freezeWalletshareCells(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

} // namespace walletshare::recalc
