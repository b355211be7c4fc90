// The add-in's argument conversion and whole calls, outside soffice (Google
// Benchmark; its usual options such as --benchmark_filter apply).
#include <benchmark/benchmark.h>

#include "addin_benchmarks.hpp"

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 2;
    }
    walletshare::bench::registerConversions();
    walletshare::bench::registerCalls();
    walletshare::bench::registerDescribedCalls();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
