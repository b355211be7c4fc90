// TURNOVER_PEERS: one result per client row, each a finite estimate above 0
// or that row's Err:502 or #N/A; or Err:502 or #N/A for the whole call. Never
// NaN, infinity or 0, whatever the peers (collinear drivers included).
#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

#include "arguments.hpp"
#include "contract.hpp"
#include "walletshare/functions.hpp"

using walletshare::Error;

namespace {

// Drivers of `rows` rows of `columns`, mostly whole rows so that the fuzzer
// spends its time past the shape checks.
std::vector<walletshare::Cell> rowsOf(walletshare::fuzz::Arguments& arguments, std::size_t rows,
                                      std::size_t columns) {
    return arguments.flag() ? arguments.cells() : arguments.cells(rows * columns);
}

} // namespace

// NOLINTNEXTLINE(readability-identifier-naming): the name libFuzzer calls.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    walletshare::fuzz::Arguments arguments({data, size});
    const std::size_t columns = arguments.count(4);
    const auto turnover = arguments.cells();
    const auto peerDrivers = rowsOf(arguments, turnover.size(), columns);
    const std::size_t clientRows = arguments.count(5);
    const std::size_t clientColumns = arguments.flag() ? arguments.count(4) : columns;
    const auto clientDrivers = rowsOf(arguments, clientRows, clientColumns);
    const walletshare::Optional quantile = arguments.optional();
    const auto estimates = walletshare::turnoverPeers(turnover, {peerDrivers, columns},
                                                      {clientDrivers, clientColumns}, quantile);
    constexpr const char* promise =
        "TURNOVER_PEERS is a finite estimate above 0 per client row, Err:502 or #N/A";
    walletshare::fuzz::requireValueOrNamedError(
        estimates, {Error::InvalidArgument, Error::NotAvailable}, promise);
    if (!estimates.ok()) {
        return 0;
    }
    walletshare::fuzz::require(estimates.value().size() == clientDrivers.size() / clientColumns,
                               "TURNOVER_PEERS gives one estimate per client row");
    for (const auto& estimate : estimates.value()) {
        walletshare::fuzz::requireNumber(estimate, {Error::InvalidArgument, Error::NotAvailable},
                                         promise, std::numeric_limits<double>::denorm_min());
    }
    return 0;
}
