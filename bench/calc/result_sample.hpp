// The formula results of some clients, to check that the Walletshare
// workbook and its built-in twin compute the same: otherwise their times
// would not compare.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "walletshare/office/cell_value.hpp"
#include "walletshare/office/spreadsheet.hpp"

namespace walletshare::bench {

// Cell names ("H2") and what they hold.
using ResultSample = std::vector<std::pair<std::string, office::CellValue>>;

// Every formula cell of `count` clients spread over the workbook's
// `clients` rows.
ResultSample sampleResults(const office::Spreadsheet& spreadsheet, std::size_t clients,
                           std::size_t count = 25);

// How many cells differ by more than rounding, and how many hold an error.
struct Comparison {
    std::size_t different = 0;
    std::size_t errors = 0;
    std::size_t cells = 0;
    // The first cell that differs, with both values, for the report.
    std::string firstDifference;
};

Comparison compare(const ResultSample& left, const ResultSample& right);

// How many of the sampled cells hold an error.
std::size_t errorsIn(const ResultSample& sample);

} // namespace walletshare::bench
