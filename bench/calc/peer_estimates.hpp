// TURNOVER_PEERS in Calc: one array formula estimating 10,000 clients from
// 2,000 peers with 3 drivers, against the same fit in Calc's built-in
// formulas as an array formula (EXP(TREND(LN(...))), which has no quantile
// step), and the per-row form copied down over 1,000 rows, which hands the
// whole peer table to every call.
#pragma once

#include <filesystem>
#include <ostream>

#include "bench_office.hpp"

namespace walletshare::bench {

// Makes the three workbooks in `folder`, times their hard recalculations
// (best of `repetitions`, taking turns) and prints the figures.
void reportPeerEstimates(BenchOffice& office, const std::filesystem::path& folder, int repetitions,
                         std::ostream& out);

} // namespace walletshare::bench
