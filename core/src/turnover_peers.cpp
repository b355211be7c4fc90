#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <optional>
#include <span>
#include <utility>
#include <vector>

#include <Eigen/QR>

#include "logarithms.hpp"
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

// What a cell, or a row of cells, is to a fit or an estimate, the strongest
// reason first: Err:502 for a negative or non-finite number, else skipped
// (or #N/A) for an empty, text or 0 cell, else used.
enum class Use { Invalid, Skipped, Used };

// Written without branches: a peer table is long, and this runs for each of
// its cells.
struct CellCheck {
    bool invalid = false;
    bool skipped = false;

    void add(const Cell& cell) {
        // An empty or text cell reads as 0: skipped, and not invalid.
        const double value = cell.value_or(0.0);
        invalid |= !(value >= 0.0 && value <= std::numeric_limits<double>::max());
        skipped |= !(value > 0.0);
    }
    void add(Cells cells) {
        for (const Cell& cell : cells) {
            add(cell);
        }
    }
    [[nodiscard]] Use use() const {
        return invalid ? Use::Invalid : (skipped ? Use::Skipped : Use::Used);
    }
};

// The peers a fit can use, as logarithms: one row per used peer.
struct PeerLogs {
    Eigen::MatrixXd drivers;
    Eigen::VectorXd turnover;
};

// Err:502 for a negative or non-finite cell anywhere among the peers, else
// the logarithms of the peers with a number above 0 in every cell. A peer
// table is long: it is read once, into a matrix as tall as the whole table
// that is then cut to the peers used.
Result<PeerLogs> logsOfUsedPeers(Cells peerTurnover, Table peerDrivers) {
    const std::size_t columns = peerDrivers.columns;
    if (columns == 0 || peerDrivers.rows() != peerTurnover.size() ||
        peerDrivers.cells.size() != peerTurnover.size() * columns) {
        return Error::InvalidArgument;
    }
    const auto peers = static_cast<Eigen::Index>(peerTurnover.size());
    PeerLogs logs{Eigen::MatrixXd(peers, static_cast<Eigen::Index>(columns)),
                  Eigen::VectorXd(peers)};
    Eigen::Index used = 0;
    for (std::size_t peer = 0; peer < peerTurnover.size(); ++peer) {
        const Cells drivers = peerDrivers.row(peer);
        CellCheck check;
        check.add(peerTurnover[peer]);
        check.add(drivers);
        const Use use = check.use();
        if (use == Use::Invalid) {
            return Error::InvalidArgument;
        }
        if (use == Use::Skipped) {
            continue;
        }
        logs.turnover(used) = *peerTurnover[peer];
        for (std::size_t driver = 0; driver < columns; ++driver) {
            logs.drivers(used, static_cast<Eigen::Index>(driver)) = *drivers[driver];
        }
        ++used;
    }
    logs.drivers.conservativeResize(used, Eigen::NoChange);
    logs.turnover.conservativeResize(used);
    detail::logarithmsInPlace({logs.turnover.data(), static_cast<std::size_t>(used)});
    detail::logarithmsInPlace({logs.drivers.data(), static_cast<std::size_t>(logs.drivers.size())});
    return logs;
}

// PERCENTILE's interpolation between the two order statistics around
// (count - 1) x quantile; nth_element, which reorders the values, keeps it
// linear in the number of peers.
double quantileOf(std::span<double> values, double quantile) {
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

// What a client row gives before any logarithm: Err:502 for a negative
// driver wherever it is in the row, else #N/A for a missing one, else
// nothing (the row is estimated).
std::optional<Error> rowError(Cells clientDrivers) {
    CellCheck check;
    check.add(clientDrivers);
    switch (check.use()) {
    case Use::Invalid:
        return Error::InvalidArgument;
    case Use::Skipped:
        return Error::NotAvailable;
    case Use::Used:
        break;
    }
    return std::nullopt;
}

// A turnover is above 0: one that rounds to 0 is as meaningless as one that
// overflows.
bool isTurnover(double estimate) {
    return estimate > 0.0 && estimate <= std::numeric_limits<double>::max();
}

} // namespace

Result<PeerModel> fitPeers(Cells peerTurnover, Table peerDrivers, Optional quantile) {
    const auto checkedQuantile = number(quantile.value_or(0.5), between(0.0, 1.0));
    Result<PeerLogs> used = logsOfUsedPeers(peerTurnover, peerDrivers);
    if (const auto error = firstError(used, checkedQuantile)) {
        return *error;
    }
    PeerLogs logs = std::move(used).value();
    Eigen::MatrixXd& drivers = logs.drivers;
    Eigen::VectorXd& residuals = logs.turnover;
    const Eigen::Index peers = drivers.rows();
    const Eigen::Index driverCount = drivers.cols();
    if (peers < driverCount + 2) {
        return Error::NotAvailable;
    }
    // Centred, the intercept drops out and the logarithms' common size
    // with it; scaled to unit columns, the QR's pivots compare drivers
    // measured in any unit. Centred in place: over thousands of peers a
    // fresh matrix costs about as much as the arithmetic done in it.
    const Eigen::RowVectorXd driverMeans = drivers.colwise().mean();
    const double turnoverMean = residuals.mean();
    drivers.rowwise() -= driverMeans;
    residuals.array() -= turnoverMean;
    const Eigen::ArrayXd spread = drivers.colwise().norm().transpose().array();
    // The uncentred column's norm, from the centred one and the mean.
    const Eigen::ArrayXd magnitude =
        (spread.square() + static_cast<double>(peers) * driverMeans.transpose().array().square())
            .sqrt();
    if (!(spread > constancy * magnitude).all()) {
        return Error::NotAvailable;
    }
    Eigen::ColPivHouseholderQR<Eigen::MatrixXd> fit(drivers.array().rowwise() / spread.transpose());
    fit.setThreshold(collinearity);
    if (fit.rank() < driverCount) {
        return Error::NotAvailable;
    }
    const Eigen::VectorXd elasticities = fit.solve(residuals).array() / spread;
    residuals -= drivers * elasticities;
    const double shift =
        quantileOf({residuals.data(), static_cast<std::size_t>(peers)}, checkedQuantile.value());
    PeerModel model{turnoverMean - driverMeans.dot(elasticities) + shift,
                    {elasticities.begin(), elasticities.end()}};
    if (!std::isfinite(model.logBase) ||
        !std::ranges::all_of(model.elasticities, [](double x) { return std::isfinite(x); })) {
        return Error::NotAvailable;
    }
    return model;
}

Result<std::vector<Result<double>>> estimateFromPeers(const PeerModel& model, Table clientDrivers) {
    const std::size_t columns = clientDrivers.columns;
    if (columns != model.elasticities.size() ||
        clientDrivers.cells.size() != clientDrivers.rows() * columns) {
        return Error::InvalidArgument;
    }
    const std::size_t clients = clientDrivers.rows();
    if (clients == 0) {
        return Error::NotAvailable;
    }
    // The clients' logarithms and exponentials are taken all at once; a row
    // in error takes part as drivers of 1, and its error replaces its value.
    std::vector<std::optional<Error>> errors(clients);
    std::vector<double> logs(clientDrivers.cells.size(), 1.0);
    for (std::size_t client = 0; client < clients; ++client) {
        const Cells row = clientDrivers.row(client);
        errors[client] = rowError(row);
        if (!errors[client]) {
            std::ranges::transform(row,
                                   logs.begin() + static_cast<std::ptrdiff_t>(client * columns),
                                   [](const Cell& cell) { return *cell; });
        }
    }
    detail::logarithmsInPlace(logs);
    std::vector<double> values(clients, model.logBase);
    for (std::size_t client = 0; client < clients; ++client) {
        for (std::size_t driver = 0; driver < columns; ++driver) {
            values[client] += model.elasticities[driver] * logs[client * columns + driver];
        }
    }
    detail::exponentialsInPlace(values);
    // Built in place: a result made aside and copied in costs more than the
    // rest of the estimate.
    std::vector<Result<double>> estimates;
    estimates.reserve(clients);
    for (std::size_t client = 0; client < clients; ++client) {
        const double value = values[client];
        if (errors[client]) {
            estimates.emplace_back(*errors[client]);
        } else if (isTurnover(value)) {
            estimates.emplace_back(value);
        } else {
            estimates.emplace_back(Error::InvalidArgument);
        }
    }
    return estimates;
}

Result<std::vector<Result<double>>> turnoverPeers(Cells peerTurnover, Table peerDrivers,
                                                  Table clientDrivers, Optional quantile) {
    if (clientDrivers.columns != peerDrivers.columns) {
        return Error::InvalidArgument;
    }
    const Result<PeerModel> model = fitPeers(peerTurnover, peerDrivers, quantile);
    if (!model.ok()) {
        return model.error();
    }
    return estimateFromPeers(model.value(), clientDrivers);
}

} // namespace walletshare
