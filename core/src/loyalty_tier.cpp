#include <algorithm>
#include <array>

#include "walletshare/checks.hpp"
#include "walletshare/functions.hpp"

namespace walletshare {

namespace {

constexpr std::array<Cell, 4> defaultThresholds{0.01, 0.05, 0.1, 0.5};

} // namespace

Result<std::size_t> loyaltyTier(double share, std::optional<Cells> thresholds,
                                std::optional<std::size_t> labelCount) {
    const Cells steps = thresholds.value_or(Cells{defaultThresholds});
    std::size_t stepCount = 0;
    std::optional<double> previous;
    for (const Cell& step : steps) {
        if (!step) {
            continue;
        }
        if (!between(0.0, 1.0).contains(*step) || (previous && *step <= *previous)) {
            return Error::InvalidArgument;
        }
        previous = step;
        ++stepCount;
    }
    if (labelCount && *labelCount != stepCount + 1) {
        return Error::InvalidArgument;
    }
    // A share above 1 means the turnover figure is too low, not a higher tier.
    const auto checkedShare = number(share, between(-unbounded, 1.0 + shareTolerance));
    if (!checkedShare.ok()) {
        return checkedShare.error();
    }
    if (stepCount == 0) {
        return Error::NotAvailable;
    }
    return static_cast<std::size_t>(std::ranges::count_if(
        steps, [share](const Cell& step) { return step && share >= *step - shareTolerance; }));
}

} // namespace walletshare
