// The core behind a C interface for PostgreSQL (bridge.h). Every function
// catches whatever C++ throws (in practice std::bad_alloc) and returns before
// the C side may ereport, so no exception and no destructor meets a longjmp.
#include "bridge.h"

#include <cstddef>
#include <new>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "walletshare/functions.hpp"
#include "walletshare/reference/texts.hpp"

namespace {

using walletshare::Cell;
using walletshare::Error;
using walletshare::Optional;
using walletshare::Result;
using walletshare::Table;

std::vector<Cell> cellsOf(WsCells cells) {
    std::vector<Cell> result(cells.count);
    for (std::size_t i = 0; i < cells.count; ++i) {
        if (!cells.empty[i]) {
            result[i] = cells.values[i];
        }
    }
    return result;
}

Optional optionalOf(WsOptional argument) {
    return argument.given ? Optional{argument.value} : std::nullopt;
}

WsStatus statusOf(Error error) {
    switch (error) {
    case Error::InvalidArgument:
        return WS_INVALID_ARGUMENT;
    case Error::DivisionByZero:
        return WS_DIVISION_BY_ZERO;
    case Error::NotAvailable:
        return WS_NOT_AVAILABLE;
    case Error::WrongType:
        return WS_WRONG_TYPE;
    }
    return WS_INTERNAL_ERROR;
}

std::optional<Error> errorOf(WsStatus status) {
    switch (status) {
    case WS_INVALID_ARGUMENT:
        return Error::InvalidArgument;
    case WS_DIVISION_BY_ZERO:
        return Error::DivisionByZero;
    case WS_NOT_AVAILABLE:
        return Error::NotAvailable;
    case WS_WRONG_TYPE:
        return Error::WrongType;
    default:
        return std::nullopt;
    }
}

template <class T> WsNumber numberOf(const Result<T>& result) {
    if (!result.ok()) {
        return {statusOf(result.error()), 0.0};
    }
    return {WS_OK, static_cast<double>(result.value())};
}

// Runs compute, turning what it throws into a status.
template <class Compute> WsStatus guarded(Compute compute) noexcept {
    try {
        return compute();
    } catch (const std::bad_alloc&) {
        return WS_OUT_OF_MEMORY;
    } catch (...) {
        return WS_INTERNAL_ERROR;
    }
}

template <class Compute> WsNumber guardedNumber(Compute compute) noexcept {
    WsNumber number{WS_INTERNAL_ERROR, 0.0};
    number.status = guarded([&] {
        number = compute();
        return number.status;
    });
    return number;
}

} // namespace

extern "C" {

WsNumber ws_share(WsCells shipments, WsCells turnover) {
    return guardedNumber(
        [&] { return numberOf(walletshare::share(cellsOf(shipments), cellsOf(turnover))); });
}

WsNumber ws_wallet(WsCells turnover, WsOptional category_share, WsOptional margin,
                   WsOptional is_markup) {
    return guardedNumber([&] {
        return numberOf(walletshare::wallet(cellsOf(turnover), optionalOf(category_share),
                                            optionalOf(margin), optionalOf(is_markup)));
    });
}

WsNumber ws_loyalty_tier(double share, const WsCells* thresholds, long label_count) {
    return guardedNumber([&] {
        const bool given = thresholds != nullptr;
        const std::vector<Cell> steps = given ? cellsOf(*thresholds) : std::vector<Cell>{};
        const std::optional<walletshare::Cells> givenSteps =
            given ? std::optional<walletshare::Cells>{steps} : std::nullopt;
        const std::optional<std::size_t> labels =
            label_count < 0 ? std::nullopt
                            : std::optional<std::size_t>{static_cast<std::size_t>(label_count)};
        return numberOf(walletshare::loyaltyTier(share, givenSteps, labels));
    });
}

WsStatus ws_tier_name(double tier, const char* language, size_t language_length, const char** name,
                      size_t* name_length) {
    return guarded([&] {
        walletshare::Language spoken = walletshare::fallbackLanguage;
        if (language != nullptr) {
            const auto tagged =
                walletshare::languageOfTag(std::string_view(language, language_length));
            if (!tagged) {
                return WS_INVALID_ARGUMENT;
            }
            spoken = *tagged;
        }
        const Result<std::string_view> named = walletshare::tierName(tier, spoken);
        if (!named.ok()) {
            return statusOf(named.error());
        }
        *name = named.value().data();
        *name_length = named.value().size();
        return WS_OK;
    });
}

WsNumber ws_turnover_estimate(WsCells drivers, WsCells rates, WsOptional manager_figure,
                              WsOptional method) {
    return guardedNumber([&] {
        return numberOf(walletshare::turnoverEstimate(
            cellsOf(drivers), cellsOf(rates), optionalOf(manager_figure), optionalOf(method)));
    });
}

WsNumber ws_turnover_check(double manager_figure, double estimate, WsOptional tolerance) {
    return guardedNumber([&] {
        return numberOf(
            walletshare::turnoverCheck(manager_figure, estimate, optionalOf(tolerance)));
    });
}

WsNumber ws_target_shipment(double turnover, double target_share, WsOptional current_shipments,
                            WsOptional periods, WsOptional period, WsOptional growth,
                            WsOptional ramp) {
    return guardedNumber([&] {
        return numberOf(walletshare::targetShipment({
            .turnover = turnover,
            .targetShare = target_share,
            .currentShipments = optionalOf(current_shipments),
            .periods = optionalOf(periods),
            .period = optionalOf(period),
            .growth = optionalOf(growth),
            .ramp = optionalOf(ramp),
        }));
    });
}

WsNumber ws_rank_share(double rank, double suppliers) {
    return guardedNumber([&] { return numberOf(walletshare::rankShare(rank, suppliers)); });
}

WsStatus ws_turnover_peers(WsCells peer_turnover, WsCells peer_drivers, size_t peer_columns,
                           WsCells client_drivers, size_t client_columns, WsOptional quantile,
                           double* estimates, WsStatus* row_status) {
    return guarded([&] {
        const std::vector<Cell> turnover = cellsOf(peer_turnover);
        const std::vector<Cell> peers = cellsOf(peer_drivers);
        const std::vector<Cell> clients = cellsOf(client_drivers);
        const auto result =
            walletshare::turnoverPeers(turnover, Table{peers, peer_columns},
                                       Table{clients, client_columns}, optionalOf(quantile));
        if (!result.ok()) {
            return statusOf(result.error());
        }
        for (std::size_t row = 0; row < result.value().size(); ++row) {
            const WsNumber estimate = numberOf(result.value()[row]);
            estimates[row] = estimate.value;
            row_status[row] = estimate.status;
        }
        return WS_OK;
    });
}

WsStatus ws_fit_peers(WsCells peer_turnover, WsCells peer_drivers, size_t columns,
                      WsOptional quantile, double* model) {
    return guarded([&] {
        const std::vector<Cell> turnover = cellsOf(peer_turnover);
        const std::vector<Cell> peers = cellsOf(peer_drivers);
        const auto fitted =
            walletshare::fitPeers(turnover, Table{peers, columns}, optionalOf(quantile));
        if (!fitted.ok()) {
            return statusOf(fitted.error());
        }
        model[0] = fitted.value().logBase;
        for (std::size_t i = 0; i < fitted.value().elasticities.size(); ++i) {
            model[i + 1] = fitted.value().elasticities[i];
        }
        return WS_OK;
    });
}

WsNumber ws_estimate_from_peers(const double* model, size_t columns, WsCells client_drivers) {
    return guardedNumber([&] {
        const walletshare::PeerModel peerModel{model[0],
                                               std::vector<double>(model + 1, model + 1 + columns)};
        const std::vector<Cell> client = cellsOf(client_drivers);
        const auto estimates = walletshare::estimateFromPeers(peerModel, Table{client, columns});
        if (!estimates.ok()) {
            return WsNumber{statusOf(estimates.error()), 0.0};
        }
        if (estimates.value().size() != 1) {
            return WsNumber{WS_INVALID_ARGUMENT, 0.0};
        }
        return numberOf(estimates.value().front());
    });
}

const char* ws_error_text(const char* programmatic_name, WsStatus status, size_t* length) {
    const std::optional<Error> error = errorOf(status);
    if (!error) {
        return nullptr;
    }
    for (const auto& text :
         walletshare::reference::errors(programmatic_name, walletshare::Language::English)) {
        if (text.error == *error) {
            *length = text.when.size();
            return text.when.data();
        }
    }
    return nullptr;
}

} // extern "C"
