// LOYALTYTIER: a tier no higher than the number of thresholds (four by
// default) and, with labels, the index of one of them; or Err:502, or #N/A
// when the thresholds hold no number.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "arguments.hpp"
#include "contract.hpp"
#include "walletshare/functions.hpp"

using walletshare::Error;

namespace {

constexpr std::size_t defaultThresholdCount = 4;

} // namespace

// NOLINTNEXTLINE(readability-identifier-naming): the name libFuzzer calls.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    walletshare::fuzz::Arguments arguments({data, size});
    const double share = arguments.number();
    std::optional<std::vector<walletshare::Cell>> thresholds;
    if (arguments.flag()) {
        thresholds = arguments.cells();
    }
    std::optional<std::size_t> labelCount;
    if (arguments.flag()) {
        labelCount = arguments.count(8);
    }
    const auto tier = walletshare::loyaltyTier(
        share, thresholds ? std::optional<walletshare::Cells>(*thresholds) : std::nullopt,
        labelCount);
    walletshare::fuzz::requireValueOrNamedError(tier, {Error::InvalidArgument, Error::NotAvailable},
                                                "LOYALTYTIER is a tier, Err:502 or #N/A");
    if (!tier.ok()) {
        return 0;
    }
    const auto thresholdCount =
        thresholds
            ? static_cast<std::size_t>(std::ranges::count_if(
                  *thresholds, [](const walletshare::Cell& cell) { return cell.has_value(); }))
            : defaultThresholdCount;
    walletshare::fuzz::require(tier.value() <= thresholdCount,
                               "LOYALTYTIER reaches no more tiers than there are thresholds");
    walletshare::fuzz::require(!labelCount || tier.value() < *labelCount,
                               "LOYALTYTIER with labels picks one of the labels");
    return 0;
}
