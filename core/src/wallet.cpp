#include <cmath>

#include "walletshare/functions.hpp"

namespace walletshare {

Result<double> wallet(Cells turnover, Optional categoryShare, Optional margin, Optional isMarkup) {
    const Total bought = total(turnover);
    const double category = categoryShare.value_or(1.0);
    const double marginOrMarkup = margin.value_or(0.0);
    // Calc passes a boolean as a number: any nonzero number is TRUE.
    const bool markup = isMarkup.value_or(0.0) != 0.0;
    // The comparisons are written so that NaN fails them.
    const bool marginValid = markup ? marginOrMarkup >= 0.0 && std::isfinite(marginOrMarkup)
                                    : marginOrMarkup >= 0.0 && marginOrMarkup < 1.0;
    // A NaN or infinity in the range, or a sum that overflowed, leaves the sum
    // non-finite.
    if (!std::isfinite(bought.sum) || hasNegative(turnover) ||
        !(category > 0.0 && category <= 1.0) || !marginValid ||
        (isMarkup && !std::isfinite(*isMarkup))) {
        return Error::InvalidArgument;
    }
    if (bought.count == 0) {
        return Error::NotAvailable;
    }
    if (markup) {
        return finite(bought.sum * category / (1.0 + marginOrMarkup));
    }
    return finite(bought.sum * category * (1.0 - marginOrMarkup));
}

} // namespace walletshare
