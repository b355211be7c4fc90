#include <algorithm>
#include <cmath>
#include <cstddef>
#include <vector>

#include <Eigen/QR>

#include "walletshare/checks.hpp"
#include "walletshare/functions.hpp"

namespace walletshare {

namespace {

// A pivot of the QR below this fraction of the largest one counts as zero:
// the drivers then cannot be told apart (ln x2 = c + ln x1, or a driver that
// barely varies), and any answer would be rounding noise blown up.
constexpr double collinearity = 1e-10;

// A driver whose logarithm varies by less than this fraction of its size
// over the peers is the same for all of them.
constexpr double constancy = 1e-12;

bool isNonNegativeNumber(const Cell& cell) {
    return !cell || (std::isfinite(*cell) && *cell >= 0.0);
}

bool isUsable(const Cell& cell) {
    return cell && *cell > 0.0;
}

// The peers a fit can use, as logarithms: one row per used peer.
struct PeerLogs {
    Eigen::MatrixXd drivers;
    Eigen::VectorXd turnover;
};

PeerLogs logsOfUsedPeers(Cells peerTurnover, Table peerDrivers) {
    const auto used = [&](std::size_t peer) {
        return isUsable(peerTurnover[peer]) && std::ranges::all_of(peerDrivers.row(peer), isUsable);
    };
    std::size_t count = 0;
    for (std::size_t peer = 0; peer < peerTurnover.size(); ++peer) {
        count += used(peer) ? 1 : 0;
    }
    const auto rows = static_cast<Eigen::Index>(count);
    const auto columns = static_cast<Eigen::Index>(peerDrivers.columns);
    PeerLogs logs{Eigen::MatrixXd(rows, columns), Eigen::VectorXd(rows)};
    Eigen::Index row = 0;
    for (std::size_t peer = 0; peer < peerTurnover.size(); ++peer) {
        if (!used(peer)) {
            continue;
        }
        logs.turnover(row) = std::log(*peerTurnover[peer]);
        const Cells drivers = peerDrivers.row(peer);
        for (Eigen::Index column = 0; column < columns; ++column) {
            logs.drivers(row, column) = std::log(*drivers[static_cast<std::size_t>(column)]);
        }
        ++row;
    }
    return logs;
}

// PERCENTILE's interpolation between the two order statistics around
// (count - 1) x quantile; nth_element keeps it linear in the number of peers.
double quantileOf(std::vector<double> values, double quantile) {
    const double position = static_cast<double>(values.size() - 1) * quantile;
    const double below = std::floor(position);
    const auto lower = values.begin() + static_cast<std::ptrdiff_t>(below);
    std::ranges::nth_element(values, lower);
    if (below == position) {
        return *lower;
    }
    // nth_element leaves nothing below *lower after it, so the next order
    // statistic is the least of that part.
    const double upper = *std::min_element(lower + 1, values.end());
    return *lower + (position - below) * (upper - *lower);
}

bool peersAreValid(Cells peerTurnover, Table peerDrivers) {
    return peerDrivers.columns > 0 && peerDrivers.rows() == peerTurnover.size() &&
           peerDrivers.cells.size() == peerDrivers.rows() * peerDrivers.columns &&
           std::ranges::all_of(peerTurnover, isNonNegativeNumber) &&
           std::ranges::all_of(peerDrivers.cells, isNonNegativeNumber);
}

} // namespace

Result<PeerModel> fitPeers(Cells peerTurnover, Table peerDrivers, Optional quantile) {
    const auto checkedQuantile = number(quantile.value_or(0.5), between(0.0, 1.0));
    if (!peersAreValid(peerTurnover, peerDrivers) || !checkedQuantile.ok()) {
        return Error::InvalidArgument;
    }
    const PeerLogs logs = logsOfUsedPeers(peerTurnover, peerDrivers);
    const Eigen::Index driverCount = logs.drivers.cols();
    if (logs.drivers.rows() < driverCount + 2) {
        return Error::NotAvailable;
    }
    // Centred, the intercept drops out and the logarithms' common size
    // with it; scaled to unit columns, the QR's pivots compare drivers
    // measured in any unit.
    const Eigen::RowVectorXd driverMeans = logs.drivers.colwise().mean();
    const double turnoverMean = logs.turnover.mean();
    const Eigen::MatrixXd centred = logs.drivers.rowwise() - driverMeans;
    const Eigen::VectorXd centredTurnover = logs.turnover.array() - turnoverMean;
    const Eigen::RowVectorXd spread = centred.colwise().norm();
    const Eigen::RowVectorXd magnitude = logs.drivers.colwise().norm();
    for (Eigen::Index column = 0; column < driverCount; ++column) {
        if (!(spread(column) > constancy * magnitude(column))) {
            return Error::NotAvailable;
        }
    }
    Eigen::ColPivHouseholderQR<Eigen::MatrixXd> fit(centred.array().rowwise() / spread.array());
    fit.setThreshold(collinearity);
    if (fit.rank() < driverCount) {
        return Error::NotAvailable;
    }
    const Eigen::VectorXd elasticities =
        fit.solve(centredTurnover).array() / spread.transpose().array();
    const Eigen::VectorXd residuals = centredTurnover - centred * elasticities;
    const double shift = quantileOf({residuals.begin(), residuals.end()}, checkedQuantile.value());
    PeerModel model{turnoverMean - driverMeans.dot(elasticities) + shift,
                    {elasticities.begin(), elasticities.end()}};
    if (!std::isfinite(model.logBase) ||
        !std::ranges::all_of(model.elasticities, [](double x) { return std::isfinite(x); })) {
        return Error::NotAvailable;
    }
    return model;
}

Result<double> estimateFromPeers(const PeerModel& model, Cells clientDrivers) {
    if (clientDrivers.size() != model.elasticities.size()) {
        return Error::InvalidArgument;
    }
    // One pass, as a client list is long: a negative driver outranks a
    // missing one wherever it is in the row.
    bool complete = true;
    double logEstimate = model.logBase;
    for (std::size_t driver = 0; driver < clientDrivers.size(); ++driver) {
        const Cell& cell = clientDrivers[driver];
        if (!isNonNegativeNumber(cell)) {
            return Error::InvalidArgument;
        }
        if (isUsable(cell)) {
            logEstimate += model.elasticities[driver] * std::log(*cell);
        } else {
            complete = false;
        }
    }
    if (!complete) {
        return Error::NotAvailable;
    }
    // A turnover is above 0: one that rounds to 0 is as meaningless as one
    // that overflows.
    const double estimate = std::exp(logEstimate);
    if (estimate == 0.0) {
        return Error::InvalidArgument;
    }
    return finite(estimate);
}

Result<std::vector<Result<double>>> turnoverPeers(Cells peerTurnover, Table peerDrivers,
                                                  Table clientDrivers, Optional quantile) {
    if (clientDrivers.columns != peerDrivers.columns ||
        clientDrivers.cells.size() != clientDrivers.rows() * clientDrivers.columns) {
        return Error::InvalidArgument;
    }
    const Result<PeerModel> model = fitPeers(peerTurnover, peerDrivers, quantile);
    if (!model.ok()) {
        return model.error();
    }
    if (clientDrivers.rows() == 0) {
        return Error::NotAvailable;
    }
    std::vector<Result<double>> estimates;
    estimates.reserve(clientDrivers.rows());
    for (std::size_t client = 0; client < clientDrivers.rows(); ++client) {
        estimates.push_back(estimateFromPeers(model.value(), clientDrivers.row(client)));
    }
    return estimates;
}

} // namespace walletshare
