// LOYALTYTIER: the scalar case is a share against the default thresholds;
// the range cases pass that many thresholds of their own.
#include <benchmark/benchmark.h>

#include "core_benchmarks.hpp"
#include "range_inputs.hpp"
#include "registration.hpp"
#include "walletshare/functions.hpp"

namespace walletshare::bench {

namespace {

void defaultThresholds(benchmark::State& state) {
    double share = 0.07;
    for ([[maybe_unused]] auto _ : state) {
        // Read afresh each time, so that the call is not folded away.
        benchmark::DoNotOptimize(share);
        benchmark::DoNotOptimize(walletshare::loyaltyTier(share, std::nullopt, std::nullopt));
    }
}

void ownThresholds(benchmark::State& state) {
    const auto steps = thresholds(rangeSize(state));
    for ([[maybe_unused]] auto _ : state) {
        benchmark::DoNotOptimize(walletshare::loyaltyTier(0.5, Cells(steps), std::nullopt));
    }
    countCells(state, steps.size());
}

void registerLoyaltyTier() {
    registerBenchmark("LOYALTYTIER/default_thresholds", defaultThresholds);
    registerBenchmark("LOYALTYTIER/thresholds", ownThresholds)->Apply(rangeSizes);
}

[[maybe_unused]] const bool registered = keepRegistration(&registerLoyaltyTier);

} // namespace

} // namespace walletshare::bench
