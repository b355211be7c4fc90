// walletshare-recalc: recalculates workbooks in private headless Calcs that
// have Walletshare installed, and writes, reports or prints the results.
#include <cstdlib>
#include <iostream>

#include <unistd.h>

#include "batch.hpp"
#include "command_line.hpp"
#include "run_report.hpp"

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

int run(const RunOptions& options) {
    const auto workbooks = findWorkbooks(options.inputs, options.destination);
    if (workbooks.empty()) {
        std::cerr << "walletshare-recalc: no workbooks (.ods, .xlsx, .fods) found\n";
        return exitFailure;
    }
    Progress progress(std::cerr, workbooks.size(), ::isatty(STDERR_FILENO) == 1, options.strict);
    const auto results = recalculateAll(workbooks, options.worker, options.jobs, progress);
    progress.end();
    for (const WorkbookResult& result : results) {
        if (!result.printed.empty()) {
            std::cout << "# " << result.workbook.input.string() << "\n\n" << result.printed;
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
