// Filling the first sheet of a spreadsheet with a benchmark workbook. Whole
// blocks of rows go over the bridge in one call each (setDataArray for the
// data, setFormulaArray for the formulas): a call per cell would take minutes
// for 100,000 clients.
#pragma once

#include <cstddef>

#include "walletshare/office/spreadsheet.hpp"
#include "workbook_layout.hpp"

namespace walletshare::bench {

// Headings in row 1, then `clients` rows of data and formulas, the data of
// clients firstClient, firstClient + 1, ...
void fillClients(const office::Spreadsheet& spreadsheet, const FormulaSet& formulas,
                 std::size_t clients, std::size_t firstClient = 0);

} // namespace walletshare::bench
