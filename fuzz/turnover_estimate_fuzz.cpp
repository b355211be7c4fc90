// TURNOVER_ESTIMATE: an amount no lower than 0 nor than the manager's figure
// (a floor, since managers understate), or Err:502 or #N/A.
#include <algorithm>
#include <cstddef>
#include <cstdint>

#include "arguments.hpp"
#include "contract.hpp"
#include "walletshare/functions.hpp"

using walletshare::Error;

// NOLINTNEXTLINE(readability-identifier-naming): the name libFuzzer calls.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    walletshare::fuzz::Arguments arguments({data, size});
    const auto drivers = arguments.cells();
    // Mostly pairs, so that the fuzzer spends its time past the size check.
    const auto rates = arguments.flag() ? arguments.cells() : arguments.cells(drivers.size());
    const walletshare::Optional managerFigure = arguments.optional();
    const walletshare::Optional method = arguments.optional();
    walletshare::fuzz::requireNumber(
        walletshare::turnoverEstimate(drivers, rates, managerFigure, method),
        {Error::InvalidArgument, Error::NotAvailable},
        "TURNOVER_ESTIMATE is at least 0 and the manager's figure, Err:502 or #N/A",
        std::max(0.0, managerFigure.value_or(0.0)));
    return 0;
}
