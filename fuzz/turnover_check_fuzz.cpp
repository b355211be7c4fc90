// TURNOVER_CHECK: -1 understated, 0 plausible, 1 overstated, or Err:502.
#include <cstddef>
#include <cstdint>

#include "arguments.hpp"
#include "contract.hpp"
#include "walletshare/functions.hpp"

using walletshare::Error;

// NOLINTNEXTLINE(readability-identifier-naming): the name libFuzzer calls.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    walletshare::fuzz::Arguments arguments({data, size});
    const double managerFigure = arguments.number();
    const double estimate = arguments.number();
    const walletshare::Optional tolerance = arguments.optional();
    const auto verdict = walletshare::turnoverCheck(managerFigure, estimate, tolerance);
    walletshare::fuzz::requireValueOrNamedError(verdict, {Error::InvalidArgument},
                                                "TURNOVER_CHECK is a verdict or Err:502");
    walletshare::fuzz::require(!verdict.ok() || (verdict.value() >= -1 && verdict.value() <= 1),
                               "TURNOVER_CHECK is -1, 0 or 1");
    return 0;
}
