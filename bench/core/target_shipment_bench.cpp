// TARGET_SHIPMENT: the plain target, a month of a linear ramp (what a plan
// row copies across twelve months), and a geometric ramp with growth, which
// pays for two pow() calls.
#include <benchmark/benchmark.h>

#include "core_benchmarks.hpp"
#include "registration.hpp"
#include "walletshare/functions.hpp"

namespace walletshare::bench {

namespace {

void targetShipment(benchmark::State& state, const Ramp& ramp) {
    double turnover = 5000000.0;
    for ([[maybe_unused]] auto _ : state) {
        benchmark::DoNotOptimize(turnover);
        benchmark::DoNotOptimize(walletshare::targetShipment(turnover, 0.05, ramp));
    }
}

} // namespace

void registerTargetShipment() {
    registerBenchmark("TARGET_SHIPMENT/target",
                      [](benchmark::State& state) { targetShipment(state, Ramp{}); });
    registerBenchmark("TARGET_SHIPMENT/linear_ramp", [](benchmark::State& state) {
        targetShipment(state, Ramp{30000.0, 12.0, 6.0, std::nullopt, std::nullopt});
    });
    registerBenchmark("TARGET_SHIPMENT/geometric_ramp_growth", [](benchmark::State& state) {
        targetShipment(state, Ramp{30000.0, 12.0, 6.0, 0.01, 1.0});
    });
}

} // namespace walletshare::bench
