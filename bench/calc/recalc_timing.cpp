#include "recalc_timing.hpp"

#include "stopwatch.hpp"

namespace walletshare::bench {

namespace {

// Times one run of `work`, wall clock and soffice.bin's processor time, and
// keeps it in `best` if it is the fastest so far.
template <class Work> void timeRun(BenchOffice& office, Measurement& best, Work&& work) {
    const auto processorBefore = office.processorSeconds();
    const double seconds = secondsOf(std::forward<Work>(work));
    const auto processorAfter = office.processorSeconds();
    if (best.runs.empty() || seconds < best.seconds) {
        best.seconds = seconds;
        best.processorSeconds.reset();
        if (processorBefore && processorAfter) {
            best.processorSeconds = *processorAfter - *processorBefore;
        }
    }
    best.runs.push_back(seconds);
}

} // namespace

std::vector<Measurement>
recalculations(BenchOffice& office, const std::vector<std::filesystem::path>& workbooks,
               int repetitions,
               const std::function<void(std::size_t, const office::Spreadsheet&)>& inspect) {
    std::vector<office::Spreadsheet> spreadsheets;
    spreadsheets.reserve(workbooks.size());
    for (const auto& workbook : workbooks) {
        spreadsheets.push_back(office::Spreadsheet::open(office.office().desktop(), workbook));
    }
    std::vector<Measurement> best(workbooks.size());
    for (int run = 0; run < repetitions; ++run) {
        for (std::size_t i = 0; i < spreadsheets.size(); ++i) {
            timeRun(office, best[i],
                    [&spreadsheet = spreadsheets[i]] { spreadsheet.calculateAll(); });
        }
    }
    for (std::size_t i = 0; i < spreadsheets.size(); ++i) {
        inspect(i, spreadsheets[i]);
    }
    return best;
}

Measurement loadRecalculateStore(BenchOffice& office, const std::filesystem::path& workbook,
                                 const std::filesystem::path& output, int repetitions) {
    Measurement best;
    for (int run = 0; run < repetitions; ++run) {
        std::optional<office::Spreadsheet> spreadsheet;
        timeRun(office, best, [&] {
            spreadsheet.emplace(office::Spreadsheet::open(office.office().desktop(), workbook));
            spreadsheet->calculateAll();
            spreadsheet->store(output);
        });
    }
    return best;
}

} // namespace walletshare::bench
