#include <cmath>

#include "walletshare/functions.hpp"

namespace walletshare {

Result<double> share(Cells shipments, Cells turnover) {
    const Total shipped = total(shipments);
    const Total bought = total(turnover);
    // A NaN or infinity anywhere in a range, or a sum that overflowed, leaves
    // the sum non-finite.
    if (!std::isfinite(shipped.sum) || !std::isfinite(bought.sum) || hasNegative(turnover)) {
        return Error::InvalidArgument;
    }
    if (bought.count == 0) {
        return Error::NotAvailable;
    }
    if (bought.sum == 0.0) {
        return Error::DivisionByZero;
    }
    return finite(shipped.sum / bought.sum);
}

} // namespace walletshare
