#include "timing_report.hpp"

#include <map>
#include <string>

#include "recalc_timing.hpp"
#include "result_sample.hpp"
#include "text_table.hpp"

namespace walletshare::bench {

namespace {

using Timings = std::map<const Workbook*, Measurement>;

std::string runsOf(const Measurement& measurement) {
    std::string runs;
    for (const double seconds : measurement.runs) {
        if (!runs.empty()) {
            runs += ' ';
        }
        runs += fixed(seconds, 2);
    }
    return runs;
}

double microsecondsPerCell(const Workbook& workbook, const Measurement& measurement) {
    return measurement.seconds * 1e6 / static_cast<double>(workbook.formulaCells());
}

void printTimings(const std::vector<const Workbook*>& workbooks, const Timings& timings,
                  std::ostream& out) {
    TextTable table({"workbook", "best s", "us/formula cell", "cpu s", "runs s"});
    for (const auto* const workbook : workbooks) {
        const auto& measurement = timings.at(workbook);
        table.add({workbook->title(), fixed(measurement.seconds, 3),
                   fixed(microsecondsPerCell(*workbook, measurement), 2),
                   fixed(measurement.processorSeconds, 3), runsOf(measurement)});
    }
    table.print(out);
}

std::vector<const Workbook*> addressesOf(const std::vector<Workbook>& workbooks) {
    std::vector<const Workbook*> addresses;
    addresses.reserve(workbooks.size());
    for (const auto& workbook : workbooks) {
        addresses.push_back(&workbook);
    }
    return addresses;
}

// One line per workbook, then the ratios per row count.
void printVariantTimings(const std::vector<Workbook>& workbooks, const Timings& timings,
                         const BenchOptions& options, std::ostream& out) {
    printTimings(addressesOf(workbooks), timings, out);
    TextTable ratios({"rows", "(a)/(b) built-in", "(a)/(c) Analysis add-in"});
    const auto secondsOf = [&](std::size_t rows, Variant variant) {
        return timings.at(&find(workbooks, rows, formulaSetOf(variant))).seconds;
    };
    for (const std::size_t rows : options.rows) {
        const double walletshare = secondsOf(rows, Variant::Walletshare);
        ratios.add({std::to_string(rows), times(walletshare / secondsOf(rows, Variant::BuiltIn)),
                    times(walletshare / secondsOf(rows, Variant::AnalysisAddIn))});
    }
    ratios.print(out);
}

// Every workbook's recalculation, and a sample of its results.
std::pair<Timings, std::map<const Workbook*, ResultSample>>
timeRecalculations(BenchOffice& office, const std::vector<Workbook>& workbooks,
                   const BenchOptions& options) {
    std::vector<std::filesystem::path> files;
    files.reserve(workbooks.size());
    for (const auto& workbook : workbooks) {
        files.push_back(workbook.file);
    }
    std::map<const Workbook*, ResultSample> samples;
    const auto measurements =
        recalculations(office, files, options.repetitions,
                       [&](std::size_t i, const office::Spreadsheet& spreadsheet) {
                           samples[&workbooks[i]] = sampleResults(spreadsheet, workbooks[i].rows);
                       });
    Timings timings;
    for (std::size_t i = 0; i < workbooks.size(); ++i) {
        timings[&workbooks[i]] = measurements[i];
    }
    return {timings, samples};
}

} // namespace

void reportRecalculation(BenchOffice& office, const std::vector<Workbook>& workbooks,
                         const BenchOptions& options, std::ostream& out) {
    auto [timings, samples] = timeRecalculations(office, workbooks, options);
    printVariantTimings(workbooks, timings, options, out);
    for (const std::size_t rows : options.rows) {
        const auto comparison =
            compare(samples[&find(workbooks, rows, formulaSetOf(Variant::Walletshare))],
                    samples[&find(workbooks, rows, formulaSetOf(Variant::BuiltIn))]);
        out << "  check, " << rows << " rows: (a) and (b) differ in " << comparison.different
            << " of " << comparison.cells << " sampled formula cells; " << comparison.errors
            << " hold an error" << (comparison.different > 0 ? "; first: " : "")
            << comparison.firstDifference << '\n';
    }
}

void reportLoadRecalculateStore(BenchOffice& office, const std::vector<Workbook>& workbooks,
                                const std::filesystem::path& outputFolder,
                                const BenchOptions& options, std::ostream& out) {
    std::filesystem::create_directories(outputFolder);
    Timings timings;
    for (const auto& workbook : workbooks) {
        timings[&workbook] = loadRecalculateStore(
            office, workbook.file, outputFolder / workbook.file.filename(), options.jobRepetitions);
    }
    printVariantTimings(workbooks, timings, options, out);
}

void reportFunctionCalls(BenchOffice& office, const std::vector<Workbook>& workbooks,
                         const BenchOptions& options, std::ostream& out) {
    const auto [timings, samples] = timeRecalculations(office, workbooks, options);
    const auto timed = addressesOf(workbooks);
    const auto& quotient =
        find(workbooks, workbooks.front().rows, formulaSetOf(Variant::AnalysisAddIn));
    printTimings(timed, timings, out);
    const double quotientPerCell = microsecondsPerCell(quotient, timings.at(&quotient));
    TextTable ratios({"function", "us/call", "x QUOTIENT", "sampled error cells"});
    for (const auto* const workbook : timed) {
        const double perCell = microsecondsPerCell(*workbook, timings.at(workbook));
        ratios.add({workbook == &quotient ? "QUOTIENT (c)" : std::string(workbook->formulas->label),
                    fixed(perCell, 2), times(perCell / quotientPerCell),
                    std::to_string(errorsIn(samples.at(workbook)))});
    }
    ratios.print(out);
    out << "  (target: each Walletshare function at most 1.1x QUOTIENT per call)\n";
}

} // namespace walletshare::bench
