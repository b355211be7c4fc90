// RANKSHARE: a closed formula after two range checks.
#include <benchmark/benchmark.h>

#include "core_benchmarks.hpp"
#include "registration.hpp"
#include "walletshare/functions.hpp"

namespace walletshare::bench {

namespace {

void rankShare(benchmark::State& state) {
    double rank = 3.0;
    for ([[maybe_unused]] auto _ : state) {
        benchmark::DoNotOptimize(rank);
        benchmark::DoNotOptimize(walletshare::rankShare(rank, 10.0));
    }
}

void registerRankShare() {
    registerBenchmark("RANKSHARE", rankShare);
}

[[maybe_unused]] const bool registered = keepRegistration(&registerRankShare);

} // namespace

} // namespace walletshare::bench
