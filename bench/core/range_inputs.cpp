#include "range_inputs.hpp"

namespace walletshare::bench {

namespace {

bool isGap(std::size_t index) {
    return index % 7 == 6;
}

} // namespace

std::vector<Cell> amounts(std::size_t count, double scale) {
    std::vector<Cell> cells(count);
    for (std::size_t i = 0; i < count; ++i) {
        if (!isGap(i)) {
            // Varied, so that a median has some sorting to do.
            cells[i] = scale * (0.5 + static_cast<double>((i * 7919) % 1000) / 1000.0);
        }
    }
    return cells;
}

std::vector<Cell> thresholds(std::size_t count) {
    std::vector<Cell> cells(count);
    for (std::size_t i = 0; i < count; ++i) {
        if (!isGap(i)) {
            cells[i] = static_cast<double>(i + 1) / static_cast<double>(count + 1);
        }
    }
    return cells;
}

void rangeSizes(benchmark::internal::Benchmark* benchmark) {
    benchmark->ArgName("cells")->Arg(1)->Arg(10)->Arg(1000)->Arg(100000);
    benchmark->Complexity(benchmark::oN);
}

std::size_t rangeSize(const benchmark::State& state) {
    return static_cast<std::size_t>(state.range(0));
}

void countCells(benchmark::State& state, std::size_t cellsPerCall) {
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(cellsPerCall));
    state.SetComplexityN(state.range(0));
}

} // namespace walletshare::bench
