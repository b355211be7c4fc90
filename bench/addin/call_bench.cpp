// Whole adapter calls with the arguments of the workbook benchmark's formulas
// (bench/calc): what one formula cell costs on our side of the bridge, to set
// against the core's time for the same function and against the per-cell
// time that Calc measures.
#include <benchmark/benchmark.h>
#include <rtl/ref.hxx>

#include "addin_benchmarks.hpp"
#include "calc_ranges.hpp"
#include "registration.hpp"
#include "share_of_wallet.hpp"

namespace walletshare::bench {

namespace {

using css::uno::Any;

// The add-in as soffice creates it; no method used here reads the context.
rtl::Reference<addin::ShareOfWallet> addIn() {
    return {new addin::ShareOfWallet(css::uno::Reference<css::uno::XComponentContext>())};
}

// =SHARE(A2:C2;D2): three months against one turnover.
void share(benchmark::State& state) {
    const auto object = addIn();
    const auto shipments = rowRange(3, 30000.0);
    const auto turnover = singleCell(5000000.0);
    for ([[maybe_unused]] auto _ : state) {
        benchmark::DoNotOptimize(object->share(shipments, turnover));
    }
}

// =SHARE(B2:B100001;C2:C100001): a portfolio share over whole columns.
void shareOverColumns(benchmark::State& state) {
    const auto object = addIn();
    const auto rows = static_cast<std::size_t>(state.range(0));
    const auto shipments = columnRange(rows, 30000.0);
    const auto turnover = columnRange(rows, 5000000.0);
    for ([[maybe_unused]] auto _ : state) {
        benchmark::DoNotOptimize(object->share(shipments, turnover));
    }
    state.SetItemsProcessed(state.iterations() * state.range(0) * 2);
}

// =WALLET(D2;E2;F2)
void wallet(benchmark::State& state) {
    const auto object = addIn();
    const auto turnover = singleCell(5000000.0);
    const Any category(0.08);
    const Any margin(0.25);
    for ([[maybe_unused]] auto _ : state) {
        benchmark::DoNotOptimize(object->wallet(turnover, category, margin, Any()));
    }
}

// =LOYALTYTIER(H2)
void loyaltyTier(benchmark::State& state) {
    const auto object = addIn();
    for ([[maybe_unused]] auto _ : state) {
        benchmark::DoNotOptimize(object->loyaltyTier(0.07, Any(), Any()));
    }
}

// =TARGET_SHIPMENT(D2;0.05;A2;12;6)
void targetShipment(benchmark::State& state) {
    const auto object = addIn();
    const Any current(30000.0);
    const Any periods(12.0);
    const Any period(6.0);
    for ([[maybe_unused]] auto _ : state) {
        benchmark::DoNotOptimize(
            object->targetShipment(5000000.0, 0.05, current, periods, period, Any(), Any()));
    }
}

// =TURNOVER_CHECK(G2;D2)
void turnoverCheck(benchmark::State& state) {
    const auto object = addIn();
    for ([[maybe_unused]] auto _ : state) {
        benchmark::DoNotOptimize(object->turnoverCheck(4000000.0, 5000000.0, Any()));
    }
}

} // namespace

void registerCalls() {
    registerBenchmark("call/SHARE(A2:C2;D2)", share);
    registerBenchmark("call/SHARE(column;column)", shareOverColumns)
        ->ArgName("rows")
        ->Arg(1000)
        ->Arg(100000);
    registerBenchmark("call/WALLET(D2;E2;F2)", wallet);
    registerBenchmark("call/LOYALTYTIER(H2)", loyaltyTier);
    registerBenchmark("call/TARGET_SHIPMENT(D2;0.05;A2;12;6)", targetShipment);
    registerBenchmark("call/TURNOVER_CHECK(G2;D2)", turnoverCheck);
}

} // namespace walletshare::bench
