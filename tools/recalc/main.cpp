// walletshare-recalc: recalculates workbooks in private headless Calcs that
// have Walletshare installed, and writes, reports or prints the results.
#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <iterator>

#include <unistd.h>

#include "batch.hpp"
#include "command_line.hpp"
#include "run_report.hpp"
#include "shown_name.hpp"

namespace {

using namespace walletshare::recalc;

constexpr int exitFailure = 1;
constexpr int exitUsage = 2;
constexpr int exitErrorCells = 3;

int exitStatus(const std::vector<WorkbookResult>& results, bool strict) {
    if (std::ranges::any_of(results, [](const auto& result) { return !result.succeeded; })) {
        return exitFailure;
    }
    if (strict && std::ranges::any_of(
                      results, [](const auto& result) { return !result.errorCells.empty(); })) {
        return exitErrorCells;
    }
    return EXIT_SUCCESS;
}

// An entry of an input folder that could not even be examined.
WorkbookResult unreadableResult(const UnreadableEntry& entry) {
    WorkbookResult result;
    result.workbook.input = entry.path;
    result.reason = entry.reason;
    return result;
}

int run(const RunOptions& options) {
    FoundWorkbooks found;
    try {
        found = findWorkbooks(options.inputs, options.destination);
    } catch (const OutputClash& clash) {
        std::cerr << "walletshare-recalc: " << clash.what() << '\n';
        return exitUsage;
    }
    if (found.workbooks.empty() && found.unreadable.empty()) {
        std::cerr << "walletshare-recalc: no workbooks (.ods, .xlsx, .xlsm, .fods) found\n";
        return exitFailure;
    }
    const bool terminal = ::isatty(STDERR_FILENO) == 1;
    Progress progress(std::cerr, found.workbooks.size() + found.unreadable.size(), terminal,
                      options.strict);
    std::vector<WorkbookResult> results;
    for (const auto& entry : found.unreadable) {
        results.push_back(unreadableResult(entry));
        progress.finished(results.back());
    }
    if (!found.workbooks.empty()) {
        auto recalculated = recalculateAll(found.workbooks, options.worker, options.jobs, progress);
        std::ranges::move(recalculated, std::back_inserter(results));
    }
    progress.end();
    for (const WorkbookResult& result : results) {
        if (!result.printed.empty()) {
            std::cout << "# " << shownName(result.workbook.input) << "\n\n" << result.printed;
        }
    }
    if (options.report) {
        writeReport(*options.report, results);
    }
    return exitStatus(results, options.strict);
}

} // namespace

int main(int argc, char* argv[]) {
    std::optional<RunOptions> options;
    try {
        options = parseCommandLine(argc, argv);
    } catch (const UsageError& error) {
        std::cerr << "walletshare-recalc: " << error.what()
                  << "\nRun walletshare-recalc --help for the options.\n";
        return exitUsage;
    }
    if (!options) {
        std::cout << helpText();
        return EXIT_SUCCESS;
    }
    try {
        return run(*options);
    } catch (const std::exception& error) {
        std::cerr << "walletshare-recalc: " << error.what() << '\n';
        return exitFailure;
    }
}
