// TARGET_SHIPMENT: a plan of shipments, never negative, or Err:502, or
// #DIV/0! for a ramp from a turnover of 0 (today's share is undefined).
#include <cstddef>
#include <cstdint>

#include "arguments.hpp"
#include "contract.hpp"
#include "walletshare/functions.hpp"

using walletshare::Error;

// NOLINTNEXTLINE(readability-identifier-naming): the name libFuzzer calls.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    walletshare::fuzz::Arguments arguments({data, size});
    // Designated initializers are evaluated in order, so the bytes are read
    // in the order of the arguments.
    const walletshare::TargetShipmentArguments plan{
        .turnover = arguments.number(),
        .targetShare = arguments.number(),
        .currentShipments = arguments.optional(),
        .periods = arguments.optional(),
        .period = arguments.optional(),
        .growth = arguments.optional(),
        .ramp = arguments.optional(),
    };
    walletshare::fuzz::requireNumber(walletshare::targetShipment(plan),
                                     {Error::InvalidArgument, Error::DivisionByZero},
                                     "TARGET_SHIPMENT is at least 0, Err:502 or #DIV/0!", 0.0);
    return 0;
}
