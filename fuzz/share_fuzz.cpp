// SHARE: a finite share of any sign (net returns make it negative, a turnover
// figure that is too low makes it above 1), or Err:502, #DIV/0! or #N/A.
#include <cstddef>
#include <cstdint>

#include "arguments.hpp"
#include "contract.hpp"
#include "walletshare/functions.hpp"

using walletshare::Error;

// NOLINTNEXTLINE(readability-identifier-naming): the name libFuzzer calls.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    walletshare::fuzz::Arguments arguments({data, size});
    const auto shipments = arguments.cells();
    const auto turnover = arguments.cells();
    walletshare::fuzz::requireNumber(
        walletshare::share(shipments, turnover),
        {Error::InvalidArgument, Error::DivisionByZero, Error::NotAvailable},
        "SHARE is a finite number, Err:502, #DIV/0! or #N/A");
    return 0;
}
