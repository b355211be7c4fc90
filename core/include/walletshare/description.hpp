// The one description of every function, in no language: its programmatic name
// (stored in documents and the name of its XShareOfWallet method), its
// category and its arguments. Each language's texts (core/texts/) follow it
// function by function and argument by argument, which the build checks; the
// Function Wizard, the reference docs, the tests, the fuzzers and the
// benchmarks all read it. Nothing else lists the functions.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <span>
#include <string_view>

namespace walletshare::description {

// What an argument takes: a range (which also takes a single value), or a
// single value; an optional one may be left out.
enum class Kind {
    Range,
    Number,
    OptionalNumber,
    OptionalRange,
    OptionalText,
};

constexpr bool isOptional(Kind kind) {
    return kind == Kind::OptionalNumber || kind == Kind::OptionalRange ||
           kind == Kind::OptionalText;
}

struct Argument {
    // The contract's name (shared/SPEC.md), as the IDL and the core spell it.
    std::string_view name;
    Kind kind;
    // What an optional argument left out stands for, as the contract writes
    // it; empty when leaving it out has a meaning of its own (no ramp, no
    // labels, the interface language).
    std::string_view defaultValue = {};
};

struct Function {
    std::string_view programmaticName;
    // One of Calc's English category names; anything else lands in "Add-In".
    std::string_view category;
    std::span<const Argument> arguments;

    [[nodiscard]] constexpr std::size_t argumentCount() const { return arguments.size(); }
    // The first requiredCount arguments are required, the rest optional.
    [[nodiscard]] constexpr std::size_t requiredCount() const {
        return static_cast<std::size_t>(std::ranges::count_if(
            arguments, [](const Argument& argument) { return !isOptional(argument.kind); }));
    }
};

// Financial is Calc's own category for planning money figures; the Function
// Wizard lists every Walletshare function there.
inline constexpr std::string_view financial = "Financial";

namespace arguments {

using enum Kind;

inline constexpr auto share = std::to_array<Argument>({
    {"shipments", Range},
    {"turnover", Range},
});
inline constexpr auto wallet = std::to_array<Argument>({
    {"turnover", Range},
    {"category_share", OptionalNumber, "1"},
    {"margin", OptionalNumber, "0"},
    {"is_markup", OptionalNumber, "FALSE"},
});
inline constexpr auto loyaltyTier = std::to_array<Argument>({
    {"share", Number},
    {"thresholds", OptionalRange, "{0.01; 0.05; 0.1; 0.5}"},
    {"labels", OptionalRange},
});
inline constexpr auto tierName = std::to_array<Argument>({
    {"tier", Number},
    {"language", OptionalText},
});
inline constexpr auto turnoverEstimate = std::to_array<Argument>({
    {"drivers", Range},
    {"rates", Range},
    {"manager_figure", OptionalNumber},
    {"method", OptionalNumber, "0"},
});
inline constexpr auto turnoverCheck = std::to_array<Argument>({
    {"manager_figure", Number},
    {"estimate", Number},
    {"tolerance", OptionalNumber, "0.3"},
});
inline constexpr auto targetShipment = std::to_array<Argument>({
    {"turnover", Number},
    {"target_share", Number},
    {"current_shipments", OptionalNumber},
    {"periods", OptionalNumber},
    {"period", OptionalNumber},
    {"growth", OptionalNumber, "0"},
    {"ramp", OptionalNumber, "0"},
});
inline constexpr auto rankShare = std::to_array<Argument>({
    {"rank", Number},
    {"suppliers", Number},
});
inline constexpr auto turnoverPeers = std::to_array<Argument>({
    {"peer_turnover", Range},
    {"peer_drivers", Range},
    {"client_drivers", Range},
    {"quantile", OptionalNumber, "0.5"},
});

} // namespace arguments

inline constexpr auto functions = std::to_array<Function>({
    {"share", financial, arguments::share},
    {"wallet", financial, arguments::wallet},
    {"loyaltyTier", financial, arguments::loyaltyTier},
    {"tierName", financial, arguments::tierName},
    {"turnoverEstimate", financial, arguments::turnoverEstimate},
    {"turnoverCheck", financial, arguments::turnoverCheck},
    {"targetShipment", financial, arguments::targetShipment},
    {"rankShare", financial, arguments::rankShare},
    {"turnoverPeers", financial, arguments::turnoverPeers},
});

// nullptr when the name is not one of ours.
constexpr const Function* find(std::string_view programmaticName) {
    for (const Function& function : functions) {
        if (function.programmaticName == programmaticName) {
            return &function;
        }
    }
    return nullptr;
}

// Optional arguments come after the required ones, as Calc requires.
constexpr bool optionalsComeLast(const Function& function) {
    return std::ranges::is_partitioned(
        function.arguments, [](const Argument& argument) { return !isOptional(argument.kind); });
}
static_assert(std::ranges::all_of(functions, optionalsComeLast));

} // namespace walletshare::description
