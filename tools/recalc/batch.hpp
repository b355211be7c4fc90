// Recalculates the workbooks with `jobs` soffice workers in parallel, each
// taking the next workbook when it is free.
#pragma once

#include <vector>

#include "progress.hpp"
#include "recalc_worker.hpp"
#include "workbook_result.hpp"

namespace walletshare::recalc {

// Results in the order of the workbooks. Throws std::runtime_error when no
// soffice could be started at all.
std::vector<WorkbookResult> recalculateAll(const std::vector<Workbook>& workbooks,
                                           const WorkerSettings& settings, unsigned jobs,
                                           Progress& progress);

} // namespace walletshare::recalc
