#include <cmath>

#include "walletshare/checks.hpp"
#include "walletshare/functions.hpp"

namespace walletshare {

Result<double> wallet(Cells turnover, Optional categoryShare, Optional margin, Optional isMarkup) {
    const Total bought = total(turnover);
    // Calc passes a boolean as a number: any nonzero number is TRUE.
    const auto markupFlag = number(isMarkup.value_or(0.0), anyNumber);
    const bool markup = markupFlag.ok() && markupFlag.value() != 0.0;
    const auto category = number(categoryShare.value_or(1.0), aboveUpTo(0.0, 1.0));
    const auto marginOrMarkup =
        number(margin.value_or(0.0), markup ? atLeast(0.0) : atLeastBelow(0.0, 1.0));
    // A NaN or infinity in the range, or a sum that overflowed, leaves the sum
    // non-finite.
    if (!std::isfinite(bought.sum) || hasNegative(turnover)) {
        return Error::InvalidArgument;
    }
    if (const auto error = firstError(category, marginOrMarkup, markupFlag)) {
        return *error;
    }
    if (bought.count == 0) {
        return Error::NotAvailable;
    }
    if (markup) {
        return finite(bought.sum * category.value() / (1.0 + marginOrMarkup.value()));
    }
    return finite(bought.sum * category.value() * (1.0 - marginOrMarkup.value()));
}

} // namespace walletshare
