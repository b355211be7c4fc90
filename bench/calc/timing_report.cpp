#include "timing_report.hpp"

#include <map>
#include <string>

#include "recalc_timing.hpp"
#include "result_sample.hpp"
#include "text_table.hpp"

namespace walletshare::bench {

namespace {

using Timings = std::map<std::pair<std::size_t, Variant>, Measurement>;

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

// One line per workbook, then the ratios per row count.
void printTimings(const std::vector<Workbook>& workbooks, const Timings& timings,
                  const BenchOptions& options, std::ostream& out) {
    TextTable table({"workbook", "best s", "us/formula cell", "cpu s", "runs s"});
    for (const auto& workbook : workbooks) {
        const auto& measurement = timings.at({workbook.rows, workbook.variant});
        table.add(
            {std::to_string(workbook.rows) + " rows (" + std::string(letterOf(workbook.variant)) +
                 ") " + std::string(nameOf(workbook.variant)),
             fixed(measurement.seconds, 3),
             fixed(measurement.seconds * 1e6 / static_cast<double>(workbook.formulaCells()), 2),
             fixed(measurement.processorSeconds, 3), runsOf(measurement)});
    }
    table.print(out);
    TextTable ratios({"rows", "(a)/(b) built-in", "(a)/(c) Analysis add-in"});
    for (const std::size_t rows : options.rows) {
        const double walletshare = timings.at({rows, Variant::Walletshare}).seconds;
        ratios.add({std::to_string(rows),
                    times(walletshare / timings.at({rows, Variant::BuiltIn}).seconds),
                    times(walletshare / timings.at({rows, Variant::AnalysisAddIn}).seconds)});
    }
    ratios.print(out);
}

} // namespace

void reportRecalculation(BenchOffice& office, const std::vector<Workbook>& workbooks,
                         const BenchOptions& options, std::ostream& out) {
    Timings timings;
    std::map<std::size_t, std::map<Variant, ResultSample>> samples;
    for (const auto& workbook : workbooks) {
        timings[{workbook.rows, workbook.variant}] =
            recalculation(office, workbook.file, options.repetitions,
                          [&](const office::Spreadsheet& spreadsheet) {
                              samples[workbook.rows][workbook.variant] =
                                  sampleResults(spreadsheet, workbook.rows);
                          });
    }
    printTimings(workbooks, timings, options, out);
    for (const std::size_t rows : options.rows) {
        const auto comparison =
            compare(samples[rows][Variant::Walletshare], samples[rows][Variant::BuiltIn]);
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
        timings[{workbook.rows, workbook.variant}] = loadRecalculateStore(
            office, workbook.file, outputFolder / workbook.file.filename(), options.jobRepetitions);
    }
    printTimings(workbooks, timings, options, out);
}

} // namespace walletshare::bench
