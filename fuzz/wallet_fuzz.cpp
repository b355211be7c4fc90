// WALLET: the client's purchases in our product group are a part of its
// turnover, so between 0 and the sum of the turnover; or Err:502 or #N/A.
#include <cstddef>
#include <cstdint>

#include "arguments.hpp"
#include "contract.hpp"
#include "walletshare/functions.hpp"

using walletshare::Error;

// NOLINTNEXTLINE(readability-identifier-naming): the name libFuzzer calls.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    walletshare::fuzz::Arguments arguments({data, size});
    const auto turnover = arguments.cells();
    const walletshare::Optional categoryShare = arguments.optional();
    const walletshare::Optional margin = arguments.optional();
    const walletshare::Optional isMarkup = arguments.optional();
    // Summed in the order the core sums, so that a result equal to the whole
    // turnover compares equal.
    double turnoverSum = 0.0;
    for (const walletshare::Cell& cell : turnover) {
        turnoverSum += cell.value_or(0.0);
    }
    walletshare::fuzz::requireNumber(walletshare::wallet(turnover, categoryShare, margin, isMarkup),
                                     {Error::InvalidArgument, Error::NotAvailable},
                                     "WALLET is between 0 and the turnover, Err:502 or #N/A", 0.0,
                                     turnoverSum);
    return 0;
}
