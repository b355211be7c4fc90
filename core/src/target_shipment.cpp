#include <cmath>

#include "walletshare/checks.hpp"
#include "walletshare/functions.hpp"

namespace walletshare {

namespace {

enum class Ramp { Linear, Geometric };

// The shipments planned for a period of the plan, before the client's own
// growth: the share ramp of the contract multiplied out by the turnover.
// Worked in amounts, not shares, so that the share of extreme figures (1E-300
// of 1E308) cannot underflow or overflow on the way to an answer that fits.
double plannedShipments(double today, double target, double turnover, double period, double periods,
                        Ramp ramp) {
    // A plan never asks for a decline; shares compare to within shareTolerance.
    if (today >= target - shareTolerance * turnover) {
        return today;
    }
    if (period >= periods) {
        return target;
    }
    const double fraction = period / periods;
    if (ramp == Ramp::Geometric) {
        // s0 x (target / s0)^(k/N), each factor raised on its own.
        return std::pow(today, 1.0 - fraction) * std::pow(target, fraction);
    }
    return today + (target - today) * fraction;
}

// The planned shipments grown by the client's own growth over the periods. A
// plan of nothing stays nothing however fast the client grows; otherwise the
// growth factor alone may overflow or underflow where the result fits, and is
// then worked in logarithms.
double grown(double planned, double growth, double periods) {
    if (planned == 0.0) {
        return 0.0;
    }
    const double factor = std::pow(1.0 + growth, periods);
    if (std::isnormal(factor)) {
        return planned * factor;
    }
    return std::exp(std::log(planned) + periods * std::log1p(growth));
}

} // namespace

Result<double> targetShipment(const TargetShipmentArguments& arguments) {
    const auto turnover = number(arguments.turnover, atLeast(0.0));
    const auto targetShare = number(arguments.targetShare, between(0.0, 1.0));
    const auto growth = number(arguments.growth.value_or(0.0), above(-1.0));
    const auto ramp = wholeNumber(arguments.ramp.value_or(0.0), between(0.0, 1.0));
    if (const auto error = firstError(turnover, targetShare, growth, ramp)) {
        return *error;
    }
    const int given = static_cast<int>(arguments.currentShipments.has_value()) +
                      static_cast<int>(arguments.periods.has_value()) +
                      static_cast<int>(arguments.period.has_value());
    if (given == 0) {
        return finite(turnover.value() * targetShare.value());
    }
    if (given != 3) {
        return Error::InvalidArgument;
    }
    const auto today = number(*arguments.currentShipments, atLeast(0.0));
    const auto periods = wholeNumber(*arguments.periods, atLeast(1.0));
    const auto period = wholeNumber(*arguments.period, atLeast(0.0));
    if (const auto error = firstError(today, periods, period)) {
        return *error;
    }
    if (turnover.value() == 0.0) {
        return Error::DivisionByZero;
    }
    const Ramp shape = ramp.value() == 1.0 ? Ramp::Geometric : Ramp::Linear;
    // Geometric growth from nothing stays nothing.
    if (shape == Ramp::Geometric && today.value() == 0.0) {
        return Error::InvalidArgument;
    }
    const double planned =
        plannedShipments(today.value(), turnover.value() * targetShare.value(), turnover.value(),
                         period.value(), periods.value(), shape);
    return finite(grown(planned, growth.value(), period.value()));
}

} // namespace walletshare
