#include "walletshare/checks.hpp"
#include "walletshare/functions.hpp"

namespace walletshare {

Result<double> rankShare(double rank, double suppliers) {
    const auto supplierCount = wholeNumber(suppliers, atLeast(1.0));
    if (!supplierCount.ok()) {
        return supplierCount.error();
    }
    const double count = supplierCount.value();
    const auto place = number(rank, between(1.0, count));
    if (!place.ok()) {
        return place.error();
    }
    return finite((1.0 - place.value() / (count + 1.0)) * 2.0 / count);
}

} // namespace walletshare
