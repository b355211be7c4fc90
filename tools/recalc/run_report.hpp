// --report FILE: what happened to each workbook, as JSON for scripts.
#pragma once

#include <filesystem>
#include <vector>

#include "workbook_result.hpp"

namespace walletshare::recalc {

// Written atomically, like the workbooks.
void writeReport(const std::filesystem::path& file, const std::vector<WorkbookResult>& results);

} // namespace walletshare::recalc
