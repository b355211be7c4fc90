// cellsOf is what every range argument goes through: one std::optional per
// cell from an any per cell. A column is the costly shape, since each of its
// cells is a sequence of its own.
#include <cstdint>

#include <benchmark/benchmark.h>

#include "addin_benchmarks.hpp"
#include "calc_arguments.hpp"
#include "calc_ranges.hpp"
#include "registration.hpp"

namespace walletshare::bench {

namespace {

void sizes(benchmark::internal::Benchmark* benchmark) {
    benchmark->ArgName("cells")->Arg(1)->Arg(10)->Arg(1000)->Arg(100000);
    benchmark->Complexity(benchmark::oN);
}

void count(benchmark::State& state) {
    state.SetItemsProcessed(state.iterations() * state.range(0));
    state.SetComplexityN(state.range(0));
}

void cellsOfRange(benchmark::State& state, addin::CalcRange (*shape)(std::size_t, double)) {
    const auto range = shape(static_cast<std::size_t>(state.range(0)), 1000.0);
    for ([[maybe_unused]] auto _ : state) {
        benchmark::DoNotOptimize(addin::cellsOf(range));
    }
    count(state);
}

void optionalNumber(benchmark::State& state) {
    const css::uno::Any argument(0.25);
    for ([[maybe_unused]] auto _ : state) {
        benchmark::DoNotOptimize(addin::optionalNumberOf(argument));
    }
}

// Not our code: about what Calc does before each call for a range argument
// (a sequence per row, an any per cell), so that cellsOf can be set against it.
void buildColumn(benchmark::State& state) {
    const auto rows = static_cast<std::size_t>(state.range(0));
    for ([[maybe_unused]] auto _ : state) {
        benchmark::DoNotOptimize(columnRange(rows, 1000.0));
    }
    count(state);
}

} // namespace

void registerConversions() {
    registerBenchmark("cellsOf/column", [](benchmark::State& state) {
        cellsOfRange(state, columnRange);
    })->Apply(sizes);
    registerBenchmark("cellsOf/row", [](benchmark::State& state) {
        cellsOfRange(state, rowRange);
    })->Apply(sizes);
    registerBenchmark("optionalNumberOf", optionalNumber);
    registerBenchmark("calc_side/build_column_range", buildColumn)->Apply(sizes);
}

} // namespace walletshare::bench
