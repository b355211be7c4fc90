// The command line of walletshare-bench-calc.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace walletshare::bench {

struct BenchOptions {
    // Client rows of the workbooks; each has five formula cells.
    std::vector<std::size_t> rows{10000, 100000};
    // calculateAll runs per workbook, and load + recalculate + store runs.
    int repetitions = 5;
    int jobRepetitions = 2;
    // Client rows of the one-function workbooks; 0 leaves them out.
    std::size_t functionRows = 100000;
    // Recalculations of the largest Walletshare workbook for the memory test.
    int memoryRecalculations = 10;
    // Small workbooks for the batch comparison; 0 leaves it out.
    std::size_t workbooks = 200;
    int jobs = 2;
    // Where perf record writes its profile of the largest Walletshare
    // workbook's recalculation; none leaves the profile out.
    std::filesystem::path perfData;
    std::string callGraph = "dwarf";
    // The variant whose largest workbook is profiled: "a", "b" or "c".
    std::string profileVariant = "a";
    int profileRecalculations = 2;
    // Where the workbooks and outputs go, kept afterwards; none: a temporary
    // folder that is removed.
    std::filesystem::path keep;
    std::filesystem::path extension;
    std::filesystem::path recalcTool;
};

// nullopt when --help was asked for (the help is printed); throws
// std::invalid_argument for a wrong command line.
std::optional<BenchOptions> parseOptions(int argc, char** argv);

} // namespace walletshare::bench
