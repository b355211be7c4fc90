// TURNOVER_ESTIMATE: drivers x rates pairwise. The median (the default) uses
// nth_element, so it too must stay linear in the number of pairs; the
// complexity fit over 1 to 100,000 pairs shows it.
#include <benchmark/benchmark.h>

#include "core_benchmarks.hpp"
#include "range_inputs.hpp"
#include "registration.hpp"
#include "walletshare/functions.hpp"

namespace walletshare::bench {

namespace {

void turnoverEstimate(benchmark::State& state, double method) {
    const auto drivers = amounts(rangeSize(state), 100.0);
    const auto rates = amounts(rangeSize(state), 50000.0);
    for ([[maybe_unused]] auto _ : state) {
        benchmark::DoNotOptimize(
            walletshare::turnoverEstimate(drivers, rates, std::nullopt, method));
    }
    countCells(state, drivers.size() + rates.size());
}

void pairCounts(benchmark::internal::Benchmark* benchmark) {
    benchmark->ArgName("pairs")->RangeMultiplier(10)->Range(1, 100000);
    benchmark->Complexity(benchmark::oN);
}

void registerTurnoverEstimate() {
    registerBenchmark("TURNOVER_ESTIMATE/median", [](benchmark::State& state) {
        turnoverEstimate(state, 0.0);
    })->Apply(pairCounts);
    registerBenchmark("TURNOVER_ESTIMATE/mean", [](benchmark::State& state) {
        turnoverEstimate(state, 1.0);
    })->Apply(pairCounts);
}

[[maybe_unused]] const bool registered = keepRegistration(&registerTurnoverEstimate);

} // namespace

} // namespace walletshare::bench
