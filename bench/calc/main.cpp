// walletshare-bench-calc: the workbook benchmarks in one run. One private
// headless Calc with the built extension makes the workbooks (.ods), times
// their hard recalculation, weighs each function's call against QUOTIENT's,
// times TURNOVER_PEERS's array formula against the built-in fit,
// times the load + recalculate + store job, watches its memory over repeated
// recalculations and, if asked, lets perf record them; then, with that office
// ended, walletshare-recalc is timed against one soffice --convert-to per
// file. Every figure is printed as it is taken.
#include <algorithm>
#include <exception>
#include <iostream>
#include <memory>
#include <optional>
#include <stdexcept>

#include "batch_comparison.hpp"
#include "bench_office.hpp"
#include "bench_options.hpp"
#include "memory_report.hpp"
#include "peer_estimates.hpp"
#include "perf_recording.hpp"
#include "stopwatch.hpp"
#include "text_table.hpp"
#include "timing_report.hpp"
#include "walletshare/office/spreadsheet.hpp"
#include "walletshare/office/temporary_directory.hpp"
#include "workbook_set.hpp"

namespace walletshare::bench {

namespace {

void heading(const std::string& title) {
    std::cout << '\n' << title << '\n' << std::flush;
}

void profile(BenchOffice& office, const Workbook& workbook, const std::filesystem::path& data,
             int recalculations, const BenchOptions& options) {
    heading("Profile: perf record of soffice.bin (pid " + std::to_string(office.binary()) +
            ") during " + std::to_string(recalculations) + " recalculation(s) of " +
            workbook.file.filename().string());
    auto spreadsheet = office::Spreadsheet::open(office.office().desktop(), workbook.file);
    std::optional<PerfRecording> recording;
    try {
        recording.emplace(office.binary(), data, options.callGraph);
    } catch (const std::runtime_error& error) {
        // A profile missing is no reason to lose the figures still to come.
        std::cout << "  no profile: " << error.what() << '\n';
        return;
    }
    const double seconds = secondsOf([&] {
        for (int run = 0; run < recalculations; ++run) {
            spreadsheet.calculateAll();
        }
    });
    const bool clean = recording->stop();
    std::cout << "  " << fixed(seconds, 2) << " s recorded into " << data.string()
              << (clean ? "" : " (perf did not end cleanly; see " + recording->log().string() + ")")
              << '\n';
}

// Each function alone in a workbook, and QUOTIENT's workbook of the same size
// made and timed beside them, so that drift over the run does not enter the
// ratios.
void reportEachFunction(BenchOffice& office, const std::filesystem::path& folder,
                        const BenchOptions& options) {
    std::vector<const FormulaSet*> sets;
    for (const auto& set : oneFunctionSets()) {
        sets.push_back(&set);
    }
    sets.push_back(&formulaSetOf(Variant::AnalysisAddIn));
    heading("Each function alone: " + std::to_string(options.functionRows) +
            " rows, the same function in all five formula columns");
    const auto workbooks = makeWorkbooks(office, folder, {options.functionRows}, sets, std::cout);
    heading("Each function's call in a hard recalculation, best of " +
            std::to_string(options.repetitions));
    reportFunctionCalls(office, workbooks, options, std::cout);
    if (!options.perfData.empty()) {
        // Beside the main profile, one per function: where each one's call
        // spends its time, ours against the platform's.
        for (const auto& workbook : workbooks) {
            profile(office, workbook,
                    options.perfData.parent_path() /
                        ("function-" + std::string(workbook.formulas->label) + ".data"),
                    1, options);
        }
    }
}

void reportBatch(const BatchInputs& inputs, const BenchOptions& options,
                 const std::filesystem::path& work) {
    heading("Batch: " + std::to_string(inputs.count) +
            " small workbooks (40 Walletshare formulas each)");
    const auto figures =
        compareBatch(inputs, {options.recalcTool, options.extension, options.jobs, work});
    const auto count = static_cast<double>(inputs.count);
    TextTable table({"way", "total s", "s/workbook"});
    table.add({"walletshare-recalc --jobs " + std::to_string(options.jobs),
               fixed(figures.recalcSeconds, 1), fixed(figures.recalcSeconds / count, 3)});
    table.add({"soffice --convert-to, one per file", fixed(figures.convertSeconds, 1),
               fixed(figures.convertSeconds / count, 3)});
    table.print(std::cout);
    std::cout << "  throughput ratio: " << times(figures.convertSeconds / figures.recalcSeconds)
              << " (target: at least 3x)\n"
              << "  convert-to profile: installed and first started in "
              << fixed(figures.convertSetupSeconds, 1)
              << " s (not counted); it recalculates on load: "
              << (figures.convertRecalculates ? "yes" : "NO, so the comparison is unfair") << '\n';
}

// The folder of everything the run writes: --keep's, or a temporary one.
class WorkFolder {
public:
    explicit WorkFolder(const std::filesystem::path& keep) {
        if (keep.empty()) {
            temporary_ = std::make_unique<office::TemporaryDirectory>(
                std::filesystem::temp_directory_path(), "walletshare-bench-");
            path_ = temporary_->path();
        } else {
            if (std::filesystem::exists(keep)) {
                throw std::invalid_argument(keep.string() + " exists already");
            }
            std::filesystem::create_directories(keep);
            path_ = std::filesystem::absolute(keep);
        }
    }
    [[nodiscard]] const std::filesystem::path& path() const { return path_; }

private:
    std::unique_ptr<office::TemporaryDirectory> temporary_;
    std::filesystem::path path_;
};

int run(const BenchOptions& options) {
    const WorkFolder work(options.keep);
    std::cout << "walletshare-bench-calc: " << options.extension.string() << '\n';
    std::optional<BatchInputs> batchInputs;
    {
        BenchOffice office(options.extension);
        heading("Workbooks (five formula cells per client row)");
        std::vector<const FormulaSet*> variantSets;
        variantSets.reserve(variants.size());
        for (const Variant variant : variants) {
            variantSets.push_back(&formulaSetOf(variant));
        }
        const auto workbooks =
            makeWorkbooks(office, work.path() / "workbooks", options.rows, variantSets, std::cout);

        heading("Hard recalculation (calculateAll), best of " +
                std::to_string(options.repetitions));
        reportRecalculation(office, workbooks, options, std::cout);

        if (options.functionRows > 0) {
            reportEachFunction(office, work.path() / "functions", options);
        }

        heading("TURNOVER_PEERS: 10,000 clients from 2,000 peers with 3 drivers, hard "
                "recalculation, best of " +
                std::to_string(options.repetitions));
        reportPeerEstimates(office, work.path() / "peers", options.repetitions, std::cout);

        heading("Load + recalculate + store (.ods), best of " +
                std::to_string(options.jobRepetitions));
        reportLoadRecalculateStore(office, workbooks, work.path() / "stored", options, std::cout);

        const auto& largest =
            find(workbooks, options.rows.back(), formulaSetOf(Variant::Walletshare));
        heading("Memory: " + largest.file.filename().string() + " recalculated " +
                std::to_string(options.memoryRecalculations) + " times in one soffice");
        reportMemory(office, largest, options.memoryRecalculations, std::cout);

        if (!options.perfData.empty()) {
            const auto profiled = std::ranges::find_if(
                variantSets, [&](const auto* set) { return set->label == options.profileVariant; });
            profile(office, find(workbooks, options.rows.back(), **profiled), options.perfData,
                    options.profileRecalculations, options);
        }
        if (options.workbooks > 0) {
            batchInputs =
                makeBatchInputs(office, work.path() / "batch" / "inputs", options.workbooks);
        }
    }
    if (batchInputs) {
        const auto batchWork = work.path() / "batch" / "work";
        std::filesystem::create_directories(batchWork);
        reportBatch(*batchInputs, options, batchWork);
    }
    return 0;
}

} // namespace

} // namespace walletshare::bench

int main(int argc, char** argv) {
    try {
        const auto options = walletshare::bench::parseOptions(argc, argv);
        if (!options) {
            return 0;
        }
        return walletshare::bench::run(*options);
    } catch (const std::invalid_argument& error) {
        std::cerr << "walletshare-bench-calc: " << error.what() << " (see --help)\n";
        return 2;
    } catch (const std::exception& error) {
        std::cerr << "walletshare-bench-calc: " << error.what() << '\n';
        return 1;
    }
}
