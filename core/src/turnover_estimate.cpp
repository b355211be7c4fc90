#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <vector>

#include "walletshare/checks.hpp"
#include "walletshare/functions.hpp"

namespace walletshare {

namespace {

enum class Method { Median, Mean, Maximum, Minimum };

bool hasNonFinite(Cells cells) {
    return std::ranges::any_of(cells,
                               [](const Cell& cell) { return cell && !std::isfinite(*cell); });
}

// Calls visit(driver x rate) for every pair with a number on both sides.
template <class Visit> void forEachPair(Cells drivers, Cells rates, Visit visit) {
    for (std::size_t i = 0; i < drivers.size(); ++i) {
        if (drivers[i] && rates[i]) {
            visit(*drivers[i] * *rates[i]);
        }
    }
}

// nth_element keeps the median linear in the number of pairs.
double median(Cells drivers, Cells rates, std::size_t pairCount) {
    std::vector<double> estimates;
    estimates.reserve(pairCount);
    forEachPair(drivers, rates, [&estimates](double estimate) { estimates.push_back(estimate); });
    const auto middle = estimates.begin() + static_cast<std::ptrdiff_t>(pairCount / 2);
    std::ranges::nth_element(estimates, middle);
    if (pairCount % 2 == 1) {
        return *middle;
    }
    // nth_element leaves nothing above the middle before it, so the lower middle
    // value is the largest of that part.
    return std::midpoint(*std::max_element(estimates.begin(), middle), *middle);
}

// The pair estimates combined by method; nullopt when there is no pair.
std::optional<double> combine(Cells drivers, Cells rates, Method method) {
    std::size_t pairCount = 0;
    // A running mean, not a sum: the mean of estimates near the largest
    // double fits although their sum would not.
    double mean = 0.0;
    double maximum = 0.0;
    double minimum = std::numeric_limits<double>::infinity();
    forEachPair(drivers, rates, [&](double estimate) {
        ++pairCount;
        mean += (estimate - mean) / static_cast<double>(pairCount);
        maximum = std::max(maximum, estimate);
        minimum = std::min(minimum, estimate);
    });
    if (pairCount == 0) {
        return std::nullopt;
    }
    // Drivers and rates are finite and not negative, so only an overflowed
    // product is infinite, and then so is the maximum. Whatever the method, the
    // estimate is then meaningless: infinity makes the caller reject it.
    if (std::isinf(maximum)) {
        return maximum;
    }
    switch (method) {
    case Method::Mean:
        return mean;
    case Method::Maximum:
        return maximum;
    case Method::Minimum:
        return minimum;
    case Method::Median:
        break;
    }
    return median(drivers, rates, pairCount);
}

} // namespace

Result<double> turnoverEstimate(Cells drivers, Cells rates, Optional managerFigure,
                                Optional method) {
    // Pair estimates are not negative, so a floor of 0 changes nothing when
    // there is no manager's figure.
    const auto floor = number(managerFigure.value_or(0.0), atLeast(0.0));
    const auto methodNumber = wholeNumber(method.value_or(0.0), between(0.0, 3.0));
    if (drivers.size() != rates.size() || hasNegative(drivers) || hasNegative(rates) ||
        hasNonFinite(drivers) || hasNonFinite(rates)) {
        return Error::InvalidArgument;
    }
    if (const auto error = firstError(floor, methodNumber)) {
        return *error;
    }
    const std::optional<double> combined =
        combine(drivers, rates, static_cast<Method>(static_cast<int>(methodNumber.value())));
    if (!combined) {
        if (!managerFigure) {
            return Error::NotAvailable;
        }
        return floor.value();
    }
    return finite(std::max(floor.value(), *combined));
}

} // namespace walletshare
