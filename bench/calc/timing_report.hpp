// The timing part of the report: hard recalculation and the load +
// recalculate + store job of every workbook, per formula cell, with the
// ratios of the Walletshare workbook to its built-in twin (a)/(b) and to the
// Analysis add-in (a)/(c); and each Walletshare function's call against
// QUOTIENT's.
#pragma once

#include <filesystem>
#include <ostream>
#include <vector>

#include "bench_office.hpp"
#include "bench_options.hpp"
#include "workbook_set.hpp"

namespace walletshare::bench {

void reportRecalculation(BenchOffice& office, const std::vector<Workbook>& workbooks,
                         const BenchOptions& options, std::ostream& out);

void reportLoadRecalculateStore(BenchOffice& office, const std::vector<Workbook>& workbooks,
                                const std::filesystem::path& outputFolder,
                                const BenchOptions& options, std::ostream& out);

// `workbooks` are one-function workbooks of one size and the Analysis add-in
// workbook of that size, against which each function is weighed.
void reportFunctionCalls(BenchOffice& office, const std::vector<Workbook>& workbooks,
                         const BenchOptions& options, std::ostream& out);

} // namespace walletshare::bench
