// The Walletshare functions of the contract (shared/SPEC.md), as plain C++.
// Every function is pure and reentrant and reports errors as values.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "walletshare/cells.hpp"
#include "walletshare/result.hpp"

namespace walletshare {

// Shares are compared with thresholds with this absolute tolerance, so that
// 0.3-0.2 reaches 0.1.
inline constexpr double shareTolerance = 1e-12;

// SHARE: sum(shipments) / sum(turnover).
Result<double> share(Cells shipments, Cells turnover);

// WALLET: the client's purchases in our product group.
Result<double> wallet(Cells turnover, Optional categoryShare, Optional margin, Optional isMarkup);

// LOYALTYTIER: how many thresholds the share reaches. With labelCount (the
// number of labels given) the count is checked against the thresholds and the
// result is the index of the label to show.
Result<std::size_t> loyaltyTier(double share, std::optional<Cells> thresholds,
                                std::optional<std::size_t> labelCount);

enum class Language { English, Russian };

// The language Walletshare speaks for a language tag such as "en", "RU",
// "ru-RU" or "en_GB"; nullopt when it speaks none for it. TIERNAME rejects
// such a tag; an office in such a language gets fallbackLanguage.
std::optional<Language> languageOfTag(std::string_view tag);

inline constexpr Language fallbackLanguage = Language::English;

// TIERNAME: the name of a default tier (UTF-8).
Result<std::string_view> tierName(double tier, Language language);

// TURNOVER_ESTIMATE: drivers x rates pairwise, combined by method, floored by
// the manager's figure.
Result<double> turnoverEstimate(Cells drivers, Cells rates, Optional managerFigure,
                                Optional method);

// TURNOVER_CHECK: -1 understated, 0 plausible, 1 overstated.
Result<int> turnoverCheck(double managerFigure, double estimate, Optional tolerance);

// TARGET_SHIPMENT's arguments under the contract's names; an argument left out
// is nullopt. Written with designated initializers, so that two arguments
// cannot be swapped unnoticed.
struct TargetShipmentArguments {
    double turnover = 0.0;
    double targetShare = 0.0;
    Optional currentShipments{};
    Optional periods{};
    Optional period{};
    Optional growth{};
    // 0 for a linear ramp of the share, 1 for a geometric one.
    Optional ramp{};
};

// TARGET_SHIPMENT: shipments for one period of the plan.
Result<double> targetShipment(const TargetShipmentArguments& arguments);

// RANKSHARE: the share the wallet allocation rule expects for a rank.
Result<double> rankShare(double rank, double suppliers);

// The power law TURNOVER_PEERS fits over the peers: ln(turnover) =
// logBase + sum of elasticities[i] x ln(driver i). The quantile's residual is
// part of logBase, so that applying the model to a client is one dot product.
struct PeerModel {
    double logBase = 0.0;
    std::vector<double> elasticities;
};

// TURNOVER_PEERS's fit: least squares of ln(turnover) on the logarithms of
// the drivers (a row of peerDrivers per cell of peerTurnover) over the peers
// with a number above 0 in every cell, shifted by the residuals' quantile.
Result<PeerModel> fitPeers(Cells peerTurnover, Table peerDrivers, Optional quantile);

// The estimates of clients from the model, one per row of clientDrivers (as
// many drivers to a row as the model has): a row's error is that row's alone.
Result<std::vector<Result<double>>> estimateFromPeers(const PeerModel& model, Table clientDrivers);

// TURNOVER_PEERS: one fit, then one estimate per row of clientDrivers. An
// error of the fit (the peers, the shapes, the quantile) is the error of the
// whole call; a client row's error is that row's alone.
Result<std::vector<Result<double>>> turnoverPeers(Cells peerTurnover, Table peerDrivers,
                                                  Table clientDrivers, Optional quantile);

} // namespace walletshare
