// TIERNAME: a table look-up in each language.
#include <benchmark/benchmark.h>

#include "core_benchmarks.hpp"
#include "registration.hpp"
#include "walletshare/functions.hpp"

namespace walletshare::bench {

namespace {

void tierName(benchmark::State& state, Language language) {
    double tier = 3.0;
    for ([[maybe_unused]] auto _ : state) {
        benchmark::DoNotOptimize(tier);
        benchmark::DoNotOptimize(walletshare::tierName(tier, language));
    }
}

void registerTierName() {
    registerBenchmark("TIERNAME/en",
                      [](benchmark::State& state) { tierName(state, Language::English); });
    registerBenchmark("TIERNAME/ru",
                      [](benchmark::State& state) { tierName(state, Language::Russian); });
}

[[maybe_unused]] const bool registered = keepRegistration(&registerTierName);

} // namespace

} // namespace walletshare::bench
