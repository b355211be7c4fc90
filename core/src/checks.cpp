#include "walletshare/checks.hpp"

#include <algorithm>
#include <cmath>

namespace walletshare {

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

Result<double> wholeNumber(double x, Interval allowed) {
    const double whole = std::round(x);
    if (!std::isfinite(x) || std::abs(x - whole) > 1e-12 * std::max(1.0, std::abs(x)) ||
        !allowed.contains(whole)) {
        return Error::InvalidArgument;
    }
    return whole;
}

} // namespace walletshare
