// TURNOVER_PEERS: the fit over the peers (logarithms, pivoted QR, the
// residuals' quantile), which must stay linear in the number of peers, and
// the estimate of one client once the model is fitted.
#include <cmath>
#include <cstddef>
#include <random>
#include <vector>

#include <benchmark/benchmark.h>

#include "core_benchmarks.hpp"
#include "registration.hpp"
#include "walletshare/functions.hpp"

namespace walletshare::bench {

namespace {

constexpr std::size_t driverCount = 3;

// Peers whose turnover follows a power law of three drivers with noise, the
// drivers spanning six orders of magnitude.
struct Peers {
    std::vector<Cell> turnover;
    std::vector<Cell> drivers;
};

Peers peers(std::size_t count) {
    std::mt19937_64 random(count);
    std::uniform_real_distribution<double> exponent(0.0, 6.0);
    std::normal_distribution<double> noise(0.0, 0.3);
    Peers made;
    for (std::size_t peer = 0; peer < count; ++peer) {
        double logTurnover = 10.0 + noise(random);
        for (std::size_t driver = 0; driver < driverCount; ++driver) {
            const double value = std::pow(10.0, exponent(random));
            made.drivers.emplace_back(value);
            logTurnover += 0.3 * std::log(value);
        }
        made.turnover.emplace_back(std::exp(logTurnover));
    }
    return made;
}

void fit(benchmark::State& state) {
    const Peers fitted = peers(static_cast<std::size_t>(state.range(0)));
    for ([[maybe_unused]] auto _ : state) {
        benchmark::DoNotOptimize(
            fitPeers(fitted.turnover, {fitted.drivers, driverCount}, std::nullopt));
    }
    state.SetComplexityN(state.range(0));
}

void clients(benchmark::State& state) {
    const Peers fitted = peers(2000);
    const Result<PeerModel> model =
        fitPeers(fitted.turnover, {fitted.drivers, driverCount}, std::nullopt);
    if (!model.ok()) {
        state.SkipWithError("the benchmark's peers do not fit");
        return;
    }
    const Peers estimated = peers(static_cast<std::size_t>(state.range(0)));
    const Table rows{estimated.drivers, driverCount};
    for ([[maybe_unused]] auto _ : state) {
        benchmark::DoNotOptimize(estimateFromPeers(model.value(), rows));
    }
    // Seconds per client, printed with an SI prefix (15n is 15 ns).
    state.counters["per_client"] = benchmark::Counter(
        static_cast<double>(state.range(0)),
        benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

void registerTurnoverPeers() {
    registerBenchmark("TURNOVER_PEERS/fit_3_drivers", fit)
        ->ArgName("peers")
        ->RangeMultiplier(4)
        ->Range(125, 8000)
        ->Arg(2000)
        ->Complexity(benchmark::oN)
        ->Unit(benchmark::kMicrosecond);
    registerBenchmark("TURNOVER_PEERS/estimate_after_fit", clients)->ArgName("clients")->Arg(10000);
}

[[maybe_unused]] const bool registered = keepRegistration(&registerTurnoverPeers);

} // namespace

} // namespace walletshare::bench
