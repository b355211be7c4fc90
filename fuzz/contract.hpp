// What every function promises whatever its arguments: a number the contract
// allows, or one of the errors that the contract (shared/SPEC.md) names for
// that function. A broken promise aborts, which libFuzzer reports as a crash
// and keeps the input that caused it.
#pragma once

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <limits>

#include "walletshare/result.hpp"

namespace walletshare::fuzz {

inline void require(bool kept, const char* promise) {
    if (!kept) {
        std::fprintf(stderr, "broken promise: %s\n", promise);
        std::abort();
    }
}

// The result is a value, or an error named for the function. WrongType is
// never named: it is the adapter's answer to text, and these take numbers.
template <class T>
void requireValueOrNamedError(const Result<T>& result, std::initializer_list<Error> named,
                              const char* promise) {
    require(result.ok() || std::ranges::find(named, result.error()) != named.end(), promise);
}

// The result is a number in [lowest; highest], or an error named for the
// function. The default bounds admit every finite number and no NaN.
inline void requireNumber(const Result<double>& result, std::initializer_list<Error> named,
                          const char* promise,
                          double lowest = std::numeric_limits<double>::lowest(),
                          double highest = std::numeric_limits<double>::max()) {
    requireValueOrNamedError(result, named, promise);
    require(!result.ok() || (result.value() >= lowest && result.value() <= highest), promise);
}

} // namespace walletshare::fuzz
