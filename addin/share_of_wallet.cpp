#include "share_of_wallet.hpp"

#include <array>
#include <utility>

#include "calc_arguments.hpp"
#include "calc_results.hpp"
#include "interface_language.hpp"

namespace walletshare::addin {

namespace {

std::optional<Cells> asCells(const std::optional<CellList>& cells) {
    if (!cells) {
        return std::nullopt;
    }
    return Cells(*cells);
}

} // namespace

ShareOfWallet::ShareOfWallet(const css::uno::Reference<css::uno::XComponentContext>& context)
    : context_(context) {
}

Language ShareOfWallet::tierNameLanguage() {
    if (!tierNameLanguage_) {
        tierNameLanguage_ = officeInterfaceLanguage(context_);
    }
    return *tierNameLanguage_;
}

css::uno::Any ShareOfWallet::share(const CalcRange& shipments, const CalcRange& turnover) {
    return guarded(
        [&] { return toCalc(walletshare::share(cellsOf(shipments), cellsOf(turnover))); });
}

css::uno::Any ShareOfWallet::wallet(const CalcRange& turnover, const Any& categoryShare,
                                    const Any& margin, const Any& isMarkup) {
    return guarded([&] {
        const auto category = optionalNumberOf(categoryShare);
        const auto marginOrMarkup = optionalNumberOf(margin);
        const auto markup = optionalNumberOf(isMarkup);
        if (const auto error = firstError(category, marginOrMarkup, markup)) {
            return toCalc(*error);
        }
        return toCalc(walletshare::wallet(cellsOf(turnover), category.value(),
                                          marginOrMarkup.value(), markup.value()));
    });
}

css::uno::Any ShareOfWallet::loyaltyTier(double share, const Any& thresholds, const Any& labels) {
    return guarded([&] {
        const auto thresholdCells = optionalCellsOf(thresholds);
        const auto labelValues = labelsOf(labels);
        const auto tier = walletshare::loyaltyTier(share, asCells(thresholdCells),
                                                   labelValues ? std::optional{labelValues->size()}
                                                               : std::nullopt);
        if (tier.ok() && labelValues) {
            return (*labelValues)[tier.value()];
        }
        return toCalc(tier);
    });
}

css::uno::Any ShareOfWallet::tierName(double tier, const Any& language) {
    return guarded([&] {
        const auto tag = optionalTextOf(language);
        if (!tag.ok()) {
            return toCalc(tag.error());
        }
        const auto chosen = tag.value() ? languageOfTag(*tag.value()) : tierNameLanguage();
        if (!chosen) {
            return toCalc(Error::InvalidArgument);
        }
        return toCalc(walletshare::tierName(tier, *chosen));
    });
}

css::uno::Any ShareOfWallet::turnoverEstimate(const CalcRange& drivers, const CalcRange& rates,
                                              const Any& managerFigure, const Any& method) {
    return guarded([&] {
        const auto figure = optionalNumberOf(managerFigure);
        const auto combination = optionalNumberOf(method);
        if (const auto error = firstError(figure, combination)) {
            return toCalc(*error);
        }
        return toCalc(walletshare::turnoverEstimate(cellsOf(drivers), cellsOf(rates),
                                                    figure.value(), combination.value()));
    });
}

css::uno::Any ShareOfWallet::turnoverCheck(double managerFigure, double estimate,
                                           const Any& tolerance) {
    return guarded([&] {
        const auto allowed = optionalNumberOf(tolerance);
        if (!allowed.ok()) {
            return toCalc(allowed.error());
        }
        return toCalc(walletshare::turnoverCheck(managerFigure, estimate, allowed.value()));
    });
}

css::uno::Any ShareOfWallet::targetShipment(double turnover, double targetShare,
                                            const Any& currentShipments, const Any& periods,
                                            const Any& period, const Any& growth, const Any& ramp) {
    return guarded([&] {
        TargetShipmentArguments arguments{.turnover = turnover, .targetShare = targetShare};
        const std::array<std::pair<const Any*, Optional*>, 5> optionalNumbers{{
            {&currentShipments, &arguments.currentShipments},
            {&periods, &arguments.periods},
            {&period, &arguments.period},
            {&growth, &arguments.growth},
            {&ramp, &arguments.ramp},
        }};
        for (const auto& [argument, number] : optionalNumbers) {
            const auto converted = optionalNumberOf(*argument);
            if (!converted.ok()) {
                return toCalc(converted.error());
            }
            *number = converted.value();
        }
        return toCalc(walletshare::targetShipment(arguments));
    });
}

css::uno::Any ShareOfWallet::rankShare(double rank, double suppliers) {
    return guarded([&] { return toCalc(walletshare::rankShare(rank, suppliers)); });
}

css::uno::Any ShareOfWallet::turnoverPeers(const CalcRange& peerTurnover,
                                           const CalcRange& peerDrivers,
                                           const CalcRange& clientDrivers, const Any& quantile) {
    return guarded([&] {
        const auto quantileValue = optionalNumberOf(quantile);
        if (!quantileValue.ok()) {
            return toCalc(quantileValue.error());
        }
        return toCalc(walletshare::turnoverPeers(cellsOf(peerTurnover), tableOf(peerDrivers),
                                                 tableOf(clientDrivers), quantileValue.value()));
    });
}

} // namespace walletshare::addin
