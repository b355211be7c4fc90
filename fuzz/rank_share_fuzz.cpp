// RANKSHARE: a share between 0 and 1, or Err:502.
#include <cstddef>
#include <cstdint>

#include "arguments.hpp"
#include "contract.hpp"
#include "walletshare/functions.hpp"

using walletshare::Error;

// NOLINTNEXTLINE(readability-identifier-naming): the name libFuzzer calls.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    walletshare::fuzz::Arguments arguments({data, size});
    const double rank = arguments.number();
    const double suppliers = arguments.number();
    walletshare::fuzz::requireNumber(walletshare::rankShare(rank, suppliers),
                                     {Error::InvalidArgument},
                                     "RANKSHARE is a share in [0; 1] or Err:502", 0.0, 1.0);
    return 0;
}
