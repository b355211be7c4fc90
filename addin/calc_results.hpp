// Core results as what Calc shows in a cell. An error travels as a quiet NaN
// whose low bits carry Calc's error code: Calc turns it into that cell error,
// and no exception has to cross the UNO bridge.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include <com/sun/star/uno/Any.hxx>

#include "walletshare/result.hpp"

namespace walletshare::addin {

css::uno::Any toCalc(Error error);
css::uno::Any toCalc(double value);
css::uno::Any toCalc(std::string_view utf8);

template <class T> css::uno::Any toCalc(const Result<T>& result) {
    if (!result.ok()) {
        return toCalc(result.error());
    }
    if constexpr (std::is_same_v<T, std::string_view>) {
        return toCalc(result.value());
    } else {
        return toCalc(static_cast<double>(result.value()));
    }
}

// One result per row: a column of numbers and errors for an array formula, or
// a single value for a single row; an error of the whole call fills the cell
// or the whole array.
css::uno::Any toCalc(const Result<std::vector<Result<double>>>& column);

// Runs one function call for Calc: whatever escapes the call (out of memory,
// a failed UNO conversion) becomes #VALUE! instead of taking soffice down.
template <class Call> css::uno::Any guarded(Call&& call) noexcept {
    try {
        return call();
    } catch (...) {
        return toCalc(Error::WrongType);
    }
}

} // namespace walletshare::addin
