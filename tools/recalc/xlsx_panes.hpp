// The frozen panes of an .xlsx/.xlsm workbook: the <pane state="frozen"> of
// each worksheet's first <sheetView>, the sheets named by xl/workbook.xml.
#pragma once

#include <filesystem>
#include <vector>

#include "frozen_panes.hpp"

namespace walletshare::recalc {

// Its sheets that have frozen panes. Throws std::runtime_error when the
// package or its parts are malformed.
std::vector<FrozenPanes> xlsxFrozenPanes(const std::filesystem::path& workbook);

// Freezes these sheets' panes, as Excel writes them, in a workbook that Calc
// has just written; a sheet it does not have is passed by.
void freezeXlsxPanes(const std::filesystem::path& workbook, const std::vector<FrozenPanes>& panes);

} // namespace walletshare::recalc
