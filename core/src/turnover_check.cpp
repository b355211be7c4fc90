#include <cmath>

#include "walletshare/functions.hpp"

namespace walletshare {

namespace {

// A figure on the boundary of the plausible band stays plausible even when the
// boundary was computed with rounding noise.
constexpr double boundarySlack = 1e-12;

} // namespace

Result<int> turnoverCheck(double managerFigure, double estimate, Optional tolerance) {
    const double band = tolerance.value_or(0.3);
    // The comparisons are written so that NaN fails them.
    if (!(managerFigure >= 0.0 && std::isfinite(managerFigure)) ||
        !(estimate > 0.0 && std::isfinite(estimate)) || !(band >= 0.0 && band < 1.0)) {
        return Error::InvalidArgument;
    }
    const double lowest = estimate * (1.0 - band);
    const double highest = estimate * (1.0 + band);
    if (managerFigure < lowest * (1.0 - boundarySlack)) {
        return -1;
    }
    if (managerFigure > highest * (1.0 + boundarySlack)) {
        return 1;
    }
    return 0;
}

} // namespace walletshare
