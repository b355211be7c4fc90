#include <cmath>
#include <limits>

#include "walletshare/functions.hpp"

namespace walletshare {

namespace {

enum class Shape { Linear, Geometric };

// The shipments planned for period k of n, before the client's own growth:
// the share ramp of the contract multiplied out by the turnover. Worked in
// amounts, not shares, so that the share of extreme figures (1E-300 of
// 1E308) cannot underflow or overflow on the way to an answer that fits.
double plannedShipments(double today, double target, double turnover, double k, double n,
                        Shape shape) {
    // A plan never asks for a decline; shares compare to within shareTolerance.
    if (today >= target - shareTolerance * turnover) {
        return today;
    }
    if (k >= n) {
        return target;
    }
    const double fraction = k / n;
    if (shape == Shape::Geometric) {
        // s0 x (target / s0)^(k/N), each factor raised on its own.
        return std::pow(today, 1.0 - fraction) * std::pow(target, fraction);
    }
    return today + (target - today) * fraction;
}

} // namespace

Result<double> targetShipment(double turnover, double targetShare, const Ramp& ramp) {
    const double growth = ramp.growth.value_or(0.0);
    const double shape = ramp.shape.value_or(0.0);
    // The comparisons are written so that NaN fails them.
    if (!(turnover >= 0.0 && std::isfinite(turnover)) ||
        !(targetShare >= 0.0 && targetShare <= 1.0) || !(growth > -1.0 && std::isfinite(growth)) ||
        !isWholeInRange(shape, 0.0, 1.0)) {
        return Error::InvalidArgument;
    }
    const int given = static_cast<int>(ramp.currentShipments.has_value()) +
                      static_cast<int>(ramp.periods.has_value()) +
                      static_cast<int>(ramp.period.has_value());
    if (given == 0) {
        return finite(turnover * targetShare);
    }
    constexpr double unbounded = std::numeric_limits<double>::infinity();
    if (given != 3 || !(*ramp.currentShipments >= 0.0 && std::isfinite(*ramp.currentShipments)) ||
        !isWholeInRange(*ramp.periods, 1.0, unbounded) ||
        !isWholeInRange(*ramp.period, 0.0, unbounded)) {
        return Error::InvalidArgument;
    }
    if (turnover == 0.0) {
        return Error::DivisionByZero;
    }
    const Shape rampShape = std::round(shape) == 1.0 ? Shape::Geometric : Shape::Linear;
    // Geometric growth from nothing stays nothing.
    if (rampShape == Shape::Geometric && *ramp.currentShipments == 0.0) {
        return Error::InvalidArgument;
    }
    const double k = std::round(*ramp.period);
    const double planned = plannedShipments(*ramp.currentShipments, turnover * targetShare,
                                            turnover, k, std::round(*ramp.periods), rampShape);
    return finite(planned * std::pow(1.0 + growth, k));
}

} // namespace walletshare
