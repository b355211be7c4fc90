// SHARE: one shipments cell against one turnover cell is the scalar case
// (Calc passes both as ranges of one), and the target is under 20 ns.
#include <benchmark/benchmark.h>

#include "core_benchmarks.hpp"
#include "range_inputs.hpp"
#include "registration.hpp"
#include "walletshare/functions.hpp"

namespace walletshare::bench {

namespace {

void share(benchmark::State& state) {
    const auto shipments = amounts(rangeSize(state), 30000.0);
    const auto turnover = amounts(rangeSize(state), 5000000.0);
    for ([[maybe_unused]] auto _ : state) {
        benchmark::DoNotOptimize(walletshare::share(shipments, turnover));
    }
    countCells(state, shipments.size() + turnover.size());
}

void registerShare() {
    registerBenchmark("SHARE", share)->Apply(rangeSizes);
}

[[maybe_unused]] const bool registered = keepRegistration(&registerShare);

} // namespace

} // namespace walletshare::bench
