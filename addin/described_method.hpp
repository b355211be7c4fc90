// The IDL cannot drift from the description: a method of XShareOfWallet
// matches its function's description when it takes one parameter per
// argument, each of the type that Calc passes for the argument's kind (a
// range as sequence<sequence<any>>, a required single value as double, an
// optional argument as any). share_of_wallet.cpp checks every method at
// compile time.
#pragma once

#include <cstddef>
#include <string_view>
#include <type_traits>

#include <com/sun/star/uno/Any.hxx>

#include "calc_range.hpp"
#include "walletshare/description.hpp"

namespace walletshare::addin {

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
        return std::is_same_v<Type, css::uno::Any>;
    }
    return false;
}

template <class Method> struct MethodParameters;

template <class Interface, class Result, class... Parameters>
struct MethodParameters<Result (Interface::*)(Parameters...)> {
    static constexpr bool match(const description::Function& function) {
        if (sizeof...(Parameters) != function.argumentCount()) {
            return false;
        }
        std::size_t index = 0;
        return (passes<Parameters>(function.arguments[index++].kind) && ...);
    }
};

template <auto method> constexpr bool describedAs(std::string_view programmaticName) {
    const description::Function* function = description::find(programmaticName);
    return function != nullptr && MethodParameters<decltype(method)>::match(*function);
}

} // namespace walletshare::addin
