// WALLET: a turnover range with a category share and a margin.
#include <benchmark/benchmark.h>

#include "core_benchmarks.hpp"
#include "range_inputs.hpp"
#include "registration.hpp"
#include "walletshare/functions.hpp"

namespace walletshare::bench {

namespace {

void wallet(benchmark::State& state) {
    const auto turnover = amounts(rangeSize(state), 5000000.0);
    for ([[maybe_unused]] auto _ : state) {
        benchmark::DoNotOptimize(walletshare::wallet(turnover, 0.08, 0.25, std::nullopt));
    }
    countCells(state, turnover.size());
}

void registerWallet() {
    registerBenchmark("WALLET", wallet)->Apply(rangeSizes);
}

[[maybe_unused]] const bool registered = keepRegistration(&registerWallet);

} // namespace

} // namespace walletshare::bench
