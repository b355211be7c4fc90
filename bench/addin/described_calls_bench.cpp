// One call of every described function (walletshare/description.hpp)
// through callDescribed, with its required arguments only: a range as a
// column of 1, 1000 or 100000 cells of 1.0, a number as 1.0, every optional
// argument left out. Named after the English display name, for example
// "SHARE/described/cells:1000", so that a new function is measured without a
// line here; a function without a range argument has one benchmark,
// "RANKSHARE/described". The items processed are the cells of all its
// range arguments.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>
#include <rtl/ref.hxx>

#include "addin_benchmarks.hpp"
#include "calc_ranges.hpp"
#include "described_methods.hpp"
#include "registration.hpp"
#include "share_of_wallet.hpp"
#include "walletshare/catalog.hpp"
#include "walletshare/description.hpp"

namespace walletshare::bench {

namespace {

using css::uno::Any;
using description::Function;
using description::Kind;

// How many of the function's arguments are ranges.
std::int64_t rangeCount(const Function& function) {
    return std::ranges::count_if(function.arguments, [](const description::Argument& argument) {
        return argument.kind == Kind::Range;
    });
}

// The required arguments, each range a column of `cells` cells of 1.0.
std::vector<Any> requiredArguments(const Function& function, std::size_t cells) {
    std::vector<Any> arguments;
    arguments.reserve(function.argumentCount());
    for (const auto& argument : function.arguments) {
        switch (argument.kind) {
        case Kind::Range:
            arguments.emplace_back(uniformColumn(cells, 1.0));
            break;
        case Kind::Number:
            arguments.emplace_back(1.0);
            break;
        case Kind::OptionalNumber:
        case Kind::OptionalRange:
        case Kind::OptionalText:
            arguments.emplace_back();
            break;
        }
    }
    return arguments;
}

void describedCall(benchmark::State& state, const Function& function) {
    // No component context, as for the other benchmarks: TIERNAME speaks English.
    const rtl::Reference<addin::ShareOfWallet> object(
        new addin::ShareOfWallet(css::uno::Reference<css::uno::XComponentContext>()));
    const std::size_t cells =
        rangeCount(function) > 0 ? static_cast<std::size_t>(state.range(0)) : 0;
    const auto arguments = requiredArguments(function, cells);
    for ([[maybe_unused]] auto _ : state) {
        benchmark::DoNotOptimize(addin::callDescribed(*object, function, arguments));
    }
    if (cells > 0) {
        state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(cells) *
                                rangeCount(function));
    }
}

} // namespace

void registerDescribedCalls() {
    for (const Function& function : description::functions) {
        const auto* text = catalog::text(function.programmaticName, Language::English);
        const std::string name =
            std::string(text != nullptr ? text->displayName : function.programmaticName) +
            "/described";
        auto* benchmark = registerBenchmark(
            name.c_str(), [&function](benchmark::State& state) { describedCall(state, function); });
        if (rangeCount(function) > 0) {
            benchmark->ArgName("cells")->Arg(1)->Arg(1000)->Arg(100000);
        }
    }
}

} // namespace walletshare::bench
