// One soffice of the run, with its own private profile and the extension
// installed, that recalculates workbooks one after another. A soffice that
// dies is started again and the workbook tried once more.
#pragma once

#include <chrono>
#include <filesystem>
#include <memory>

#include "walletshare/office/private_office.hpp"
#include "workbook_result.hpp"

namespace walletshare::recalc {

// How far a workbook got, for the reason of a failure.
enum class Stage { Opening, Recalculating, Freezing, Writing };

struct WorkerSettings {
    std::filesystem::path extension;
    std::chrono::seconds timeout{300};
    // Write the outputs (not when only printing).
    bool write = true;
    bool inPlace = false;
    bool print = false;
    // Keep the stored values of cells that Calc cannot compute (see
    // uncomputable_cells.hpp) by recalculating only Walletshare's cells and
    // what depends on them in such a workbook.
    bool keepUncomputable = true;
    // Replace every Walletshare formula cell by its value before writing, for
    // people without Walletshare (see frozen_values.hpp).
    bool values = false;
};

class RecalcWorker {
public:
    // Starts soffice; throws std::runtime_error when it cannot.
    explicit RecalcWorker(WorkerSettings settings);

    // Never throws: every failure is in the result.
    WorkbookResult recalculate(const Workbook& workbook);

private:
    void startOffice();
    void recalculateOnce(const Workbook& workbook, WorkbookResult& result, Stage& stage);

    WorkerSettings settings_;
    std::unique_ptr<office::PrivateOffice> office_;
};

} // namespace walletshare::recalc
