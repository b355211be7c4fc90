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
    const double turnover = arguments.number();
    const double targetShare = arguments.number();
    walletshare::Ramp ramp;
    ramp.currentShipments = arguments.optional();
    ramp.periods = arguments.optional();
    ramp.period = arguments.optional();
    ramp.growth = arguments.optional();
    ramp.shape = arguments.optional();
    walletshare::fuzz::requireNumber(walletshare::targetShipment(turnover, targetShare, ramp),
                                     {Error::InvalidArgument, Error::DivisionByZero},
                                     "TARGET_SHIPMENT is at least 0, Err:502 or #DIV/0!", 0.0);
    return 0;
}
