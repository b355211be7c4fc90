#include "walletshare/checks.hpp"
#include "walletshare/functions.hpp"

namespace walletshare {

namespace {

// A figure on the boundary of the plausible band stays plausible even when the
// boundary was computed with rounding noise.
constexpr double boundarySlack = 1e-12;

} // namespace

Result<int> turnoverCheck(double managerFigure, double estimate, Optional tolerance) {
    const auto figure = number(managerFigure, atLeast(0.0));
    const auto independent = number(estimate, above(0.0));
    const auto band = number(tolerance.value_or(0.3), atLeastBelow(0.0, 1.0));
    if (const auto error = firstError(figure, independent, band)) {
        return *error;
    }
    const double lowest = independent.value() * (1.0 - band.value());
    const double highest = independent.value() * (1.0 + band.value());
    if (figure.value() < lowest * (1.0 - boundarySlack)) {
        return -1;
    }
    if (figure.value() > highest * (1.0 + boundarySlack)) {
        return 1;
    }
    return 0;
}

} // namespace walletshare
