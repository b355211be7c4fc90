// Inputs shaped like what the add-in hands the core: numbers in reading order
// with a gap (a cell that SUM skips) now and then, so that the gap test is
// part of what is timed.
#pragma once

#include <cstddef>
#include <vector>

#include <benchmark/benchmark.h>

#include "walletshare/cells.hpp"

namespace walletshare::bench {

// `count` positive amounts around `scale`. Every seventh cell is a gap,
// starting with the seventh, so a range of one cell holds a number.
std::vector<Cell> amounts(std::size_t count, double scale);

// `count` strictly ascending thresholds in (0; 1), with gaps where amounts()
// has them.
std::vector<Cell> thresholds(std::size_t count);

// Runs a benchmark for one cell (what Calc passes for a scalar) and for
// ranges of 10, 1,000 and 100,000 cells, and fits the time to O(N).
void rangeSizes(benchmark::internal::Benchmark* benchmark);

// The range size of the current run.
std::size_t rangeSize(const benchmark::State& state);

// After the timed loop: cells per second in the report, and the size that
// the complexity fit uses.
void countCells(benchmark::State& state, std::size_t cellsPerCall);

} // namespace walletshare::bench
