#include "described_methods.hpp"

#include <array>
#include <cstddef>
#include <stdexcept>
#include <string_view>
#include <type_traits>
#include <utility>

#include "calc_range.hpp"

namespace walletshare::addin {

namespace {

using css::uno::Any;
using org::walletshare::XShareOfWallet;

template <class Parameter> constexpr bool passes(description::Kind kind) {
    using Type = std::remove_cvref_t<Parameter>;
    switch (kind) {
    case description::Kind::Range:
        return std::is_same_v<Type, CalcRange>;
    case description::Kind::Number:
        return std::is_same_v<Type, double>;
    case description::Kind::OptionalNumber:
    case description::Kind::OptionalRange:
    case description::Kind::OptionalText:
        return std::is_same_v<Type, Any>;
    }
    return false;
}

template <class Parameter> std::remove_cvref_t<Parameter> parameterOf(const Any& argument) {
    using Type = std::remove_cvref_t<Parameter>;
    if constexpr (std::is_same_v<Type, Any>) {
        return argument;
    } else {
        Type value{};
        if (!(argument >>= value)) {
            throw std::invalid_argument("an argument of the wrong type for its kind");
        }
        return value;
    }
}

template <class Method> struct Parameters;

template <class... Parameter> struct Parameters<Any (XShareOfWallet::*)(Parameter...)> {
    static constexpr bool match(const description::Function& function) {
        if (sizeof...(Parameter) != function.argumentCount()) {
            return false;
        }
        std::size_t index = 0;
        return (passes<Parameter>(function.arguments[index++].kind) && ...);
    }

    template <auto method> static Any call(XShareOfWallet& object, std::span<const Any> arguments) {
        if (arguments.size() != sizeof...(Parameter)) {
            throw std::invalid_argument("not one argument per described argument");
        }
        return [&]<std::size_t... index>(std::index_sequence<index...>) {
            return (object.*method)(parameterOf<Parameter>(arguments[index])...);
        }
        (std::index_sequence_for<Parameter...>{});
    }
};

struct DescribedMethod {
    std::string_view programmaticName;
    bool (*takesArgumentsOf)(const description::Function&);
    Any (*call)(XShareOfWallet&, std::span<const Any>);
};

template <auto method> constexpr DescribedMethod describedMethod(std::string_view name) {
    using Method = Parameters<decltype(method)>;
    return {name, &Method::match, &Method::template call<method>};
}

constexpr auto methods = std::to_array<DescribedMethod>({
    describedMethod<&XShareOfWallet::share>("share"),
    describedMethod<&XShareOfWallet::wallet>("wallet"),
    describedMethod<&XShareOfWallet::loyaltyTier>("loyaltyTier"),
    describedMethod<&XShareOfWallet::tierName>("tierName"),
    describedMethod<&XShareOfWallet::turnoverEstimate>("turnoverEstimate"),
    describedMethod<&XShareOfWallet::turnoverCheck>("turnoverCheck"),
    describedMethod<&XShareOfWallet::targetShipment>("targetShipment"),
    describedMethod<&XShareOfWallet::rankShare>("rankShare"),
    describedMethod<&XShareOfWallet::turnoverPeers>("turnoverPeers"),
});

static_assert(std::ranges::equal(methods, description::functions,
                                 [](const DescribedMethod& method,
                                    const description::Function& function) {
                                     return method.programmaticName == function.programmaticName &&
                                            method.takesArgumentsOf(function);
                                 }),
              "one XShareOfWallet method per described function, in the description's order, "
              "each taking the described arguments");

} // namespace

Any callDescribed(XShareOfWallet& object, const description::Function& function,
                  std::span<const Any> arguments) {
    for (const DescribedMethod& method : methods) {
        if (method.programmaticName == function.programmaticName) {
            return method.call(object, arguments);
        }
    }
    throw std::invalid_argument("not a described function");
}

} // namespace walletshare::addin
