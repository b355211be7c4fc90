// The argument checks of the contract, written once: each returns the checked
// value, or Err:502 when the argument is outside what the function accepts.
// NaN and infinities are outside every interval.
#pragma once

#include <limits>

#include "walletshare/result.hpp"

namespace walletshare {

// The numbers an argument may take: from low to high, each end included or
// not. An unbounded end is infinity, which no argument reaches.
struct Interval {
    double low = 0.0;
    double high = 0.0;
    bool lowIncluded = true;
    bool highIncluded = true;

    [[nodiscard]] bool contains(double x) const;
};

inline constexpr double unbounded = std::numeric_limits<double>::infinity();

// [low; high]
constexpr Interval between(double low, double high) {
    return {low, high};
}
// [low; infinity)
constexpr Interval atLeast(double low) {
    return {low, unbounded};
}
// (low; infinity)
constexpr Interval above(double low) {
    return {low, unbounded, false};
}
// [low; high)
constexpr Interval atLeastBelow(double low, double below) {
    return {low, below, true, false};
}
// (low; high]
constexpr Interval aboveUpTo(double low, double upTo) {
    return {low, upTo, false, true};
}
// Any finite number.
inline constexpr Interval anyNumber{-unbounded, unbounded};

// x when it is finite and in allowed.
Result<double> number(double x, Interval allowed);

// The whole number x is, rounded once here, when it is one in allowed. A
// value within 1e-12 (relative) of a whole number counts as it, so that a
// period computed by arithmetic is not rejected for rounding noise. It comes
// back as a double: the contract admits counts beyond any integer type
// (1E308 periods, docs/bad-input-matrix.md), and a caller that indexes with
// a small one converts it exactly.
Result<double> wholeNumber(double x, Interval allowed);

} // namespace walletshare
