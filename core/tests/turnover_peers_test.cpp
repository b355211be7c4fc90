#include <algorithm>
#include <cmath>
#include <cstddef>
#include <random>
#include <vector>

#include <Eigen/SVD>

#include "test_support.hpp"
#include "walletshare/functions.hpp"

namespace walletshare::test {
namespace {

// A table written row by row, as a range of the sheet.
struct TableValues {
    CellValues cells;
    std::size_t columns;

    [[nodiscard]] Table table() const { return {cells, columns}; }
};

// The peers of the contract's examples: turnover; outlets; selling area m2.
const CellValues& peerTurnover() {
    static const CellValues values{5200000, 2100000, 9800000, 1500000, 7400000, 3300000};
    return values;
}
const TableValues& peerDrivers() {
    static const TableValues values{{6, 400, 2, 180, 12, 700, 1, 150, 8, 620, 3, 260}, 2};
    return values;
}
const TableValues& peerOutlets() {
    static const TableValues values{{6, 2, 12, 1, 8, 3}, 1};
    return values;
}
const TableValues& clients() {
    static const TableValues values{{6, 400, 4, 300}, 2};
    return values;
}

Result<double> single(const Result<std::vector<Result<double>>>& estimates) {
    if (!estimates.ok()) {
        return estimates.error();
    }
    EXPECT_EQ(estimates.value().size(), 1U);
    return estimates.value().front();
}

Result<double> estimate(Cells turnover, const TableValues& drivers, const TableValues& client,
                        Optional quantile = std::nullopt) {
    return single(turnoverPeers(turnover, drivers.table(), client.table(), quantile));
}

// Relative agreement, for estimates of any size.
testing::AssertionResult isClose(const Result<double>& actual, double expected,
                                 double relative = 1e-9) {
    return isNear(actual, expected, relative * std::abs(expected));
}

// The contract writes these estimates cut after three decimals.
testing::AssertionResult isCutTo(const Result<double>& actual, double shown) {
    return isNear(actual, shown + 0.0005, 0.0005);
}

TEST(TurnoverPeers, ExamplesOfTheContract) {
    const CellValues powerLaw{1000000, 2000000, 4000000, 8000000};
    EXPECT_TRUE(isClose(estimate(powerLaw, {{1, 2, 4, 8}, 1}, {{6}, 1}), 6000000.0, 1e-12));
    EXPECT_TRUE(isCutTo(estimate(peerTurnover(), peerDrivers(), {{6, 400}, 2}), 5256887.391));
    EXPECT_TRUE(isCutTo(estimate(peerTurnover(), peerDrivers(), {{6, 400}, 2}, 0.9), 5478041.738));
    EXPECT_TRUE(isCutTo(estimate(peerTurnover(), peerOutlets(), {{6}, 1}), 5686826.883));
}

TEST(TurnoverPeers, OneFitEstimatesEveryClientRow) {
    const auto estimates =
        turnoverPeers(peerTurnover(), peerDrivers().table(), clients().table(), {});
    ASSERT_TRUE(estimates.ok());
    ASSERT_EQ(estimates.value().size(), 2U);
    EXPECT_TRUE(isCutTo(estimates.value()[0], 5256887.391));
    EXPECT_TRUE(isCutTo(estimates.value()[1], 3800459.160));
}

TEST(TurnoverPeers, ShapesThatDoNotMatchAreInvalid) {
    const TableValues fivePeers{{6, 400, 2, 180, 12, 700, 1, 150, 8, 620}, 2};
    EXPECT_EQ(estimate(peerTurnover(), fivePeers, {{6, 400}, 2}), Error::InvalidArgument);
    EXPECT_EQ(estimate(peerTurnover(), peerDrivers(), {{6}, 1}), Error::InvalidArgument);
    EXPECT_EQ(estimate(peerTurnover(), peerDrivers(), {{6, 400, 1}, 3}), Error::InvalidArgument);
}

TEST(TurnoverPeers, TooFewPeersForTheDriversAreNotAvailable) {
    const CellValues threePeers{5200000, 2100000, 9800000};
    const TableValues threeRows{{6, 400, 2, 180, 12, 700}, 2};
    EXPECT_EQ(estimate(threePeers, threeRows, {{6, 400}, 2}), Error::NotAvailable);
    const CellValues twoPeers{5200000, 2100000};
    EXPECT_TRUE(estimate(CellValues{5200000, 2100000, 9800000}, {{6, 2, 12}, 1}, {{6}, 1}).ok());
    EXPECT_EQ(estimate(twoPeers, {{6, 2}, 1}, {{6}, 1}), Error::NotAvailable);
}

TEST(TurnoverPeers, SkipsPeersWithAGapOrAZero) {
    const Result<double> fourPeers =
        estimate(CellValues{5200000, 2100000, 9800000, 1500000}, {{6, 2, 12, 1}, 1}, {{6}, 1});
    for (const Cell& gap : {Cell{}, Cell{0.0}}) {
        EXPECT_EQ(estimate(CellValues{5200000, 2100000, gap, 9800000, 1500000},
                           {{6, 2, 3, 12, 1}, 1}, {{6}, 1}),
                  fourPeers);
        EXPECT_EQ(estimate(CellValues{5200000, 2100000, 3300000, 9800000, 1500000},
                           {{6, 2, gap, 12, 1}, 1}, {{6}, 1}),
                  fourPeers);
    }
}

TEST(TurnoverPeers, NegativeOrNonFinitePeersAreInvalid) {
    for (const double bad : {-1.0, nan, inf}) {
        EXPECT_EQ(estimate(CellValues{5200000, 2100000, bad, 1500000, 7400000, 3300000},
                           peerDrivers(), {{6, 400}, 2}),
                  Error::InvalidArgument)
            << bad;
        EXPECT_EQ(estimate(peerTurnover(), {{6, 400, 2, 180, 12, bad, 1, 150, 8, 620, 3, 260}, 2},
                           {{6, 400}, 2}),
                  Error::InvalidArgument)
            << bad;
    }
}

TEST(TurnoverPeers, QuantileOutsideZeroToOneIsInvalid) {
    for (const double quantile : {-0.01, 1.01, nan, inf}) {
        EXPECT_EQ(estimate(peerTurnover(), peerDrivers(), {{6, 400}, 2}, quantile),
                  Error::InvalidArgument)
            << quantile;
    }
}

TEST(TurnoverPeers, QuantilesZeroAndOneAreTheSmallestAndLargestResidual) {
    const Result<double> median = estimate(peerTurnover(), peerOutlets(), {{6}, 1});
    const Result<double> lowest = estimate(peerTurnover(), peerOutlets(), {{6}, 1}, 0.0);
    const Result<double> highest = estimate(peerTurnover(), peerOutlets(), {{6}, 1}, 1.0);
    ASSERT_TRUE(median.ok() && lowest.ok() && highest.ok());
    EXPECT_LT(lowest.value(), median.value());
    EXPECT_GT(highest.value(), median.value());
    // Peer 1 (6 outlets, 5,200,000) is a client of the same size: its own
    // residual lies between the extremes.
    EXPECT_LT(lowest.value(), 5200000.0);
    EXPECT_GT(highest.value(), 5200000.0);
}

TEST(TurnoverPeers, DriversThatCannotBeToldApartAreNotAvailable) {
    const CellValues turnover{1e6, 2e6, 3e6, 5e6, 8e6};
    // A driver the same for every peer.
    EXPECT_EQ(estimate(turnover, {{1, 7, 2, 7, 3, 7, 4, 7, 5, 7}, 2}, {{3, 7}, 2}),
              Error::NotAvailable);
    EXPECT_EQ(estimate(turnover, {{1, 1, 1, 1, 1}, 1}, {{1}, 1}), Error::NotAvailable);
    // Selling area always 80 m2 per outlet: ln(area) = ln 80 + ln(outlets).
    EXPECT_EQ(estimate(turnover, {{1, 80, 2, 160, 3, 240, 4, 320, 5, 400}, 2}, {{3, 240}, 2}),
              Error::NotAvailable);
    // Staff the square of outlets: ln(staff) = 2 ln(outlets).
    EXPECT_EQ(estimate(turnover, {{1, 1, 2, 4, 3, 9, 4, 16, 5, 25}, 2}, {{3, 9}, 2}),
              Error::NotAvailable);
}

TEST(TurnoverPeers, AClientRowsErrorIsItsOwn) {
    const TableValues rows{{6, 400, -4, 300, 4, 300, 0, 300, 4, 300}, 2};
    CellValues withGap = rows.cells;
    withGap[8] = std::nullopt;
    const auto estimates = turnoverPeers(peerTurnover(), peerDrivers().table(), {withGap, 2}, {});
    ASSERT_TRUE(estimates.ok());
    ASSERT_EQ(estimates.value().size(), 5U);
    EXPECT_TRUE(isCutTo(estimates.value()[0], 5256887.391));
    EXPECT_EQ(estimates.value()[1], Error::InvalidArgument);
    EXPECT_TRUE(isCutTo(estimates.value()[2], 3800459.160));
    EXPECT_EQ(estimates.value()[3], Error::NotAvailable);
    EXPECT_EQ(estimates.value()[4], Error::NotAvailable);
}

TEST(TurnoverPeers, AnEstimateBeyondWhatANumberHoldsIsInvalid) {
    const CellValues steep{1e6, 1e12, 1e18, 1e24};
    const TableValues outlets{{1, 2, 3, 4.5}, 1};
    EXPECT_EQ(estimate(steep, outlets, {{1e300}, 1}), Error::InvalidArgument);
    EXPECT_EQ(estimate(steep, outlets, {{1e-300}, 1}), Error::InvalidArgument);
}

TEST(TurnoverPeers, UnitsOfTheDriversDoNotChangeTheEstimate) {
    // Selling area in square feet instead of m2, for peers and client alike.
    constexpr double squareFeet = 10.7639;
    TableValues inFeet = peerDrivers();
    for (std::size_t cell = 1; cell < inFeet.cells.size(); cell += 2) {
        *inFeet.cells[cell] *= squareFeet;
    }
    EXPECT_TRUE(isClose(estimate(peerTurnover(), inFeet, {{6, 400 * squareFeet}, 2}),
                        estimate(peerTurnover(), peerDrivers(), {{6, 400}, 2}).value(), 1e-12));
}

// The same least squares solved another way: the uncentred design with its
// column of ones, by SVD in long double.
double independentEstimate(const CellValues& turnover, const TableValues& drivers,
                           const std::vector<double>& client) {
    using Matrix = Eigen::Matrix<long double, Eigen::Dynamic, Eigen::Dynamic>;
    using Vector = Eigen::Matrix<long double, Eigen::Dynamic, 1>;
    const auto peers = static_cast<Eigen::Index>(turnover.size());
    const auto columns = static_cast<Eigen::Index>(drivers.columns);
    Matrix design(peers, columns + 1);
    Vector logs(peers);
    for (Eigen::Index peer = 0; peer < peers; ++peer) {
        design(peer, 0) = 1.0L;
        for (Eigen::Index column = 0; column < columns; ++column) {
            design(peer, column + 1) = std::log(static_cast<long double>(
                *drivers.cells[static_cast<std::size_t>(peer * columns + column)]));
        }
        logs(peer) = std::log(static_cast<long double>(*turnover[static_cast<std::size_t>(peer)]));
    }
    const Vector coefficients =
        design.jacobiSvd(Eigen::ComputeThinU | Eigen::ComputeThinV).solve(logs);
    std::vector<long double> residuals;
    for (Eigen::Index peer = 0; peer < peers; ++peer) {
        residuals.push_back(logs(peer) - design.row(peer).dot(coefficients));
    }
    std::ranges::sort(residuals);
    const long double median =
        residuals.size() % 2 == 1
            ? residuals[residuals.size() / 2]
            : (residuals[residuals.size() / 2 - 1] + residuals[residuals.size() / 2]) / 2.0L;
    long double logEstimate = coefficients(0) + median;
    for (std::size_t column = 0; column < client.size(); ++column) {
        logEstimate += coefficients(static_cast<Eigen::Index>(column) + 1) *
                       std::log(static_cast<long double>(client[column]));
    }
    return static_cast<double>(std::exp(logEstimate));
}

TEST(TurnoverPeers, AgreesWithAnIndependentFitOverDriversFromOneToABillion) {
    // The same peers every run.
    std::mt19937_64 random(20261203); // NOLINT(cert-msc32-c,cert-msc51-cpp)
    std::uniform_real_distribution<double> exponent(0.0, 9.0);
    std::normal_distribution<double> noise(0.0, 0.3);
    for (const std::size_t peers : {5U, 40U, 300U, 800U}) {
        constexpr std::size_t driverCount = 3;
        CellValues turnover;
        TableValues drivers{{}, driverCount};
        for (std::size_t peer = 0; peer < peers; ++peer) {
            double logTurnover = 2.0 + noise(random);
            for (std::size_t driver = 0; driver < driverCount; ++driver) {
                const double value = std::pow(10.0, exponent(random));
                drivers.cells.emplace_back(value);
                logTurnover += (0.3 + 0.2 * static_cast<double>(driver)) * std::log(value);
            }
            turnover.emplace_back(std::exp(logTurnover));
        }
        const std::vector<double> client{3e4, 2e2, 5e8};
        const CellValues clientCells(client.begin(), client.end());
        EXPECT_TRUE(isClose(estimate(turnover, drivers, {clientCells, driverCount}),
                            independentEstimate(turnover, drivers, client)))
            << peers << " peers";
    }
}

TEST(TurnoverPeers, TheModelAppliedToClientsIsTheFunctionsEstimate) {
    const Result<PeerModel> model = fitPeers(peerTurnover(), peerDrivers().table(), 0.9);
    ASSERT_TRUE(model.ok());
    EXPECT_EQ(model.value().elasticities.size(), 2U);
    EXPECT_EQ(estimateFromPeers(model.value(), clients().table()),
              turnoverPeers(peerTurnover(), peerDrivers().table(), clients().table(), 0.9));
    EXPECT_EQ(estimateFromPeers(model.value(), {CellValues{6}, 1}), Error::InvalidArgument);
}

TEST(TurnoverPeers, EstimatesTakenManyAtATimeAgreeWithOneAtATime) {
    const Result<PeerModel> model = fitPeers(peerTurnover(), peerDrivers().table(), 0.9);
    ASSERT_TRUE(model.ok());
    CellValues many;
    for (int client = 1; client <= 37; ++client) {
        many.emplace_back(client);
        many.emplace_back(97.0 * client);
    }
    const auto together = estimateFromPeers(model.value(), {many, 2});
    ASSERT_TRUE(together.ok());
    for (std::size_t client = 0; client < 37; ++client) {
        const CellValues row{many[2 * client], many[2 * client + 1]};
        const double alone =
            std::exp(model.value().logBase + model.value().elasticities[0] * std::log(*row[0]) +
                     model.value().elasticities[1] * std::log(*row[1]));
        EXPECT_TRUE(isClose(together.value()[client], alone, 1e-14)) << client;
    }
}

} // namespace
} // namespace walletshare::test
