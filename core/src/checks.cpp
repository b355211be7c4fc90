#include "walletshare/checks.hpp"

#include <algorithm>
#include <cmath>

namespace walletshare {

namespace {

// The largest whole number below which every whole number is a double.
constexpr double largestWholeNumber = 9007199254740992.0;

} // namespace

bool Interval::contains(double x) const {
    // Written so that NaN, which fails every comparison, is outside.
    const bool aboveLow = lowIncluded ? x >= low : x > low;
    const bool belowHigh = highIncluded ? x <= high : x < high;
    return aboveLow && belowHigh && std::isfinite(x);
}

Result<double> number(double x, Interval allowed) {
    if (!allowed.contains(x)) {
        return Error::InvalidArgument;
    }
    return x;
}

Result<std::int64_t> wholeNumber(double x, Interval allowed) {
    const double whole = std::round(x);
    if (!std::isfinite(x) || std::abs(x - whole) > 1e-12 * std::max(1.0, std::abs(x)) ||
        std::abs(whole) > largestWholeNumber || !allowed.contains(whole)) {
        return Error::InvalidArgument;
    }
    return static_cast<std::int64_t>(whole);
}

} // namespace walletshare
