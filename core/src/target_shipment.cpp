#include <cmath>
#include <limits>

#include "walletshare/functions.hpp"

namespace walletshare {

namespace {

enum class Shape { Linear, Geometric };

// The share planned for period k of n, starting from today's share.
double plannedShare(double today, double target, double k, double n, Shape shape) {
    // A plan never asks for a decline.
    if (today >= target - shareTolerance) {
        return today;
    }
    if (k >= n) {
        return target;
    }
    if (shape == Shape::Geometric) {
        return today * std::pow(target / today, k / n);
    }
    return today + (target - today) * k / n;
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
    const double today = *ramp.currentShipments / turnover;
    const Shape rampShape = std::round(shape) == 1.0 ? Shape::Geometric : Shape::Linear;
    // Geometric growth from nothing stays nothing.
    if (rampShape == Shape::Geometric && today == 0.0) {
        return Error::InvalidArgument;
    }
    const double k = std::round(*ramp.period);
    const double planned =
        plannedShare(today, targetShare, k, std::round(*ramp.periods), rampShape);
    return finite(planned * turnover * std::pow(1.0 + growth, k));
}

} // namespace walletshare
