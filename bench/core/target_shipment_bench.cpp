// TARGET_SHIPMENT: the plain target, a month of a linear ramp (what a plan
// row copies across twelve months), and a geometric ramp with growth, which
// pays for two pow() calls.
#include <benchmark/benchmark.h>

#include "core_benchmarks.hpp"
#include "registration.hpp"
#include "walletshare/functions.hpp"

namespace walletshare::bench {

namespace {

void targetShipment(benchmark::State& state, TargetShipmentArguments plan) {
    plan.turnover = 5000000.0;
    plan.targetShare = 0.05;
    for ([[maybe_unused]] auto _ : state) {
        benchmark::DoNotOptimize(plan.turnover);
        benchmark::DoNotOptimize(walletshare::targetShipment(plan));
    }
}

void registerTargetShipment() {
    registerBenchmark("TARGET_SHIPMENT/target",
                      [](benchmark::State& state) { targetShipment(state, {}); });
    registerBenchmark("TARGET_SHIPMENT/linear_ramp", [](benchmark::State& state) {
        targetShipment(state, {.currentShipments = 30000.0, .periods = 12.0, .period = 6.0});
    });
    registerBenchmark("TARGET_SHIPMENT/geometric_ramp_growth", [](benchmark::State& state) {
        targetShipment(state, {.currentShipments = 30000.0,
                               .periods = 12.0,
                               .period = 6.0,
                               .growth = 0.01,
                               .ramp = 1.0});
    });
}

[[maybe_unused]] const bool registered = keepRegistration(&registerTargetShipment);

} // namespace

} // namespace walletshare::bench
