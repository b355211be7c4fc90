#include <cmath>
#include <limits>

#include "walletshare/functions.hpp"

namespace walletshare {

Result<double> rankShare(double rank, double suppliers) {
    if (!isWholeInRange(suppliers, 1.0, std::numeric_limits<double>::infinity())) {
        return Error::InvalidArgument;
    }
    const double supplierCount = std::round(suppliers);
    // Written so that NaN fails the range check.
    if (!(rank >= 1.0 && rank <= supplierCount)) {
        return Error::InvalidArgument;
    }
    return finite((1.0 - rank / (supplierCount + 1.0)) * 2.0 / supplierCount);
}

} // namespace walletshare
