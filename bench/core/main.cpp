// Time per call of every core function (Google Benchmark; its usual options
// such as --benchmark_filter apply).
#include <benchmark/benchmark.h>

#include "core_benchmarks.hpp"

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 2;
    }
    walletshare::bench::registerCoreBenchmarks();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
