// TURNOVER_CHECK: three comparisons, with the default tolerance.
#include <benchmark/benchmark.h>

#include "core_benchmarks.hpp"
#include "registration.hpp"
#include "walletshare/functions.hpp"

namespace walletshare::bench {

namespace {

void turnoverCheck(benchmark::State& state) {
    double managerFigure = 2000000.0;
    for ([[maybe_unused]] auto _ : state) {
        benchmark::DoNotOptimize(managerFigure);
        benchmark::DoNotOptimize(walletshare::turnoverCheck(managerFigure, 5250000.0, {}));
    }
}

void registerTurnoverCheck() {
    registerBenchmark("TURNOVER_CHECK", turnoverCheck);
}

[[maybe_unused]] const bool registered = keepRegistration(&registerTurnoverCheck);

} // namespace

} // namespace walletshare::bench
