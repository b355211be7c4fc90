// Registering a Google Benchmark from a function instead of a BENCHMARK()
// macro, which would leave global objects with throwing initialisers.
#pragma once

#include <functional>

#include <benchmark/benchmark.h>

namespace walletshare::bench {

using BenchmarkBody = std::function<void(benchmark::State&)>;

benchmark::internal::Benchmark* registerBenchmark(const char* name, BenchmarkBody body);

} // namespace walletshare::bench
