// What happened to one workbook of a run.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "error_cells.hpp"
#include "uncomputable_cells.hpp"
#include "workbooks.hpp"

namespace walletshare::recalc {

struct WorkbookResult {
    Workbook workbook;
    bool succeeded = false;
    // Why it failed, for a person: "cannot be read: Permission denied".
    std::string reason;
    std::vector<std::filesystem::path> outputs;
    // What was written, yet not all kept, for a person: "written without
    // its frozen panes ...". Never a failure.
    std::vector<std::string> warnings;
    std::vector<ErrorCell> errorCells;
    // Cells whose stored value Calc cannot compute again: kept or replaced.
    std::vector<UncomputableCell> uncomputableCells;
    // With --values: how many Walletshare formula cells became values.
    std::size_t frozenCells = 0;
    double seconds = 0.0;
    // How often soffice died, or was stopped, while on this workbook.
    int officeRestarts = 0;
    // Its sheets as text tables, with --print.
    std::string printed;
};

} // namespace walletshare::recalc
