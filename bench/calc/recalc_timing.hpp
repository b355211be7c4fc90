// The two times a user of a workbook waits for: a hard recalculation
// (XCalculatable::calculateAll) of an open workbook, and the whole job of
// loading it, recalculating it and saving it. Each is taken several times in
// the same office and the best is kept, the one least disturbed by anything
// else running on the machine.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <vector>

#include "bench_office.hpp"
#include "walletshare/office/spreadsheet.hpp"

namespace walletshare::bench {

struct Measurement {
    double seconds = 0.0;
    // soffice.bin's processor time over the same run, all threads together.
    std::optional<double> processorSeconds;
    // Every run's wall-clock time, in order, to show the spread.
    std::vector<double> runs;
};

// Opens all the workbooks, then recalculates each in turn, `repetitions`
// rounds, and keeps each one's fastest: taking turns spreads whatever else
// the machine does, and the office's own drift, over all of them alike.
// `inspect` then looks at each recalculated workbook (its index, the
// workbook).
std::vector<Measurement>
recalculations(BenchOffice& office, const std::vector<std::filesystem::path>& workbooks,
               int repetitions,
               const std::function<void(std::size_t, const office::Spreadsheet&)>& inspect);

// Load (loadComponentFromURL), calculateAll and store (storeToURL) into
// `output`, `repetitions` times; closing the workbook is not timed.
Measurement loadRecalculateStore(BenchOffice& office, const std::filesystem::path& workbook,
                                 const std::filesystem::path& output, int repetitions);

} // namespace walletshare::bench
