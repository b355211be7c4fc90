// The results an OpenDocument spreadsheet stores, read from its XML rather
// than through an office: Calc recalculates every add-in formula (Walletshare's
// included) of an ODF file while it loads it, so an office with Walletshare
// would show right figures even for a file that stores stale ones, and one
// without Walletshare shows #NAME? instead of the stored result.
#pragma once

#include <map>
#include <string>

#include "walletshare/office/cell_value.hpp"

namespace walletshare::recalc_test {

// Every cell that stores a value, by its name as the tool writes it
// ("Clients.D2"): numbers, texts, and errors (by the code that the shown
// error text stands for). `xml` is an .fods file or an .ods file's
// content.xml.
std::map<std::string, office::CellValue> storedCells(const std::string& xml);

// The name of a cell from its 0-based column and row: (3, 1) is "D2".
std::string cellName(int column, int row);

} // namespace walletshare::recalc_test
