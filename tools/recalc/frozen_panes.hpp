// Rows and columns of a sheet that stay in place while the rest scrolls
// (Calc's View > Freeze Cells, Excel's Freeze Panes): what the tool carries
// between a workbook's formats, which Calc itself drops from a workbook it
// loaded without a window.
#pragma once

#include <string>

namespace walletshare::recalc {

struct FrozenPanes {
    std::string sheet;
    // How many columns at the left, and rows at the top, are frozen (0: none).
    int columns = 0;
    int rows = 0;
    // The first column and row shown beside and below the frozen ones: where
    // the sheet is scrolled to (0-based).
    int firstColumn = 0;
    int firstRow = 0;
};

} // namespace walletshare::recalc
