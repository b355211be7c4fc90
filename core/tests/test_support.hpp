// What every core test needs: ranges written inline, the non-finite inputs the
// fuzzer feeds, and readable results in failure messages.
#pragma once

#include <cmath>
#include <iomanip>
#include <limits>
#include <ostream>
#include <vector>

#include <gtest/gtest.h>

#include "walletshare/cells.hpp"
#include "walletshare/result.hpp"

namespace walletshare {

inline const char* errorName(Error error) {
    switch (error) {
    case Error::InvalidArgument:
        return "InvalidArgument";
    case Error::DivisionByZero:
        return "DivisionByZero";
    case Error::NotAvailable:
        return "NotAvailable";
    case Error::WrongType:
        return "WrongType";
    }
    return "unknown error";
}

// GoogleTest shows results and errors in failure messages through these.
inline std::ostream& operator<<(std::ostream& out, Error error) {
    return out << errorName(error);
}

template <class T> std::ostream& operator<<(std::ostream& out, const Result<T>& result) {
    if (result.ok()) {
        return out << testing::PrintToString(result.value());
    }
    return out << errorName(result.error());
}

namespace test {

// A range as the adapter hands it over; std::nullopt is a gap (an empty or text
// cell).
using CellValues = std::vector<Cell>;

inline constexpr double nan = std::numeric_limits<double>::quiet_NaN();
inline constexpr double inf = std::numeric_limits<double>::infinity();

// The result is a number within tolerance of expected.
inline testing::AssertionResult isNear(const Result<double>& actual, double expected,
                                       double tolerance) {
    if (!actual.ok()) {
        return testing::AssertionFailure() << "got " << errorName(actual.error()) << ", expected "
                                           << std::setprecision(17) << expected;
    }
    if (std::abs(actual.value() - expected) <= tolerance) {
        return testing::AssertionSuccess();
    }
    return testing::AssertionFailure()
           << std::setprecision(17) << "got " << actual.value() << ", expected " << expected;
}

// The result is a number equal to expected up to a few units in the last place,
// as EXPECT_DOUBLE_EQ.
inline testing::AssertionResult isNumber(const Result<double>& actual, double expected) {
    return isNear(actual, expected,
                  4 * std::numeric_limits<double>::epsilon() * std::abs(expected));
}

} // namespace test
} // namespace walletshare
