#include "test_support.hpp"

#include "walletshare/functions.hpp"

namespace walletshare::test {
namespace {

constexpr std::nullopt_t noThresholds = std::nullopt;
constexpr std::nullopt_t noLabels = std::nullopt;

Result<std::size_t> tierOf(double share) {
    return loyaltyTier(share, noThresholds, noLabels);
}

TEST(LoyaltyTier, ExamplesOfTheContract) {
    EXPECT_EQ(tierOf(0.006), 0U);
    EXPECT_EQ(tierOf(0.01), 1U);
    EXPECT_EQ(tierOf(0.3 - 0.2), 3U);
    EXPECT_EQ(tierOf(0.5), 4U);
    EXPECT_EQ(tierOf(1.2), Error::InvalidArgument);
    const CellValues thresholds{0.02, 0.1};
    EXPECT_EQ(loyaltyTier(0.03, Cells{thresholds}, noLabels), 1U);
    EXPECT_EQ(loyaltyTier(0.03, Cells{thresholds}, 3), 1U);
}

TEST(LoyaltyTier, DefaultThresholdsGiveFiveTiers) {
    EXPECT_EQ(tierOf(0.0), 0U);
    EXPECT_EQ(tierOf(0.0099), 0U);
    EXPECT_EQ(tierOf(0.049), 1U);
    EXPECT_EQ(tierOf(0.05), 2U);
    EXPECT_EQ(tierOf(0.099), 2U);
    EXPECT_EQ(tierOf(0.1), 3U);
    EXPECT_EQ(tierOf(0.499), 3U);
    EXPECT_EQ(tierOf(1.0), 4U);
}

TEST(LoyaltyTier, ReachesAThresholdWithinTheAbsoluteTolerance) {
    EXPECT_LT(0.3 - 0.2, 0.1);
    EXPECT_EQ(tierOf(0.1 - 1e-12), 3U);
    EXPECT_EQ(tierOf(0.1 - 2e-12), 2U);
}

TEST(LoyaltyTier, AcceptsAShareAboveOneOnlyWithinTheTolerance) {
    EXPECT_EQ(tierOf(1.0 + 5e-13), 4U);
    EXPECT_EQ(tierOf(1.0 + 1e-9), Error::InvalidArgument);
}

TEST(LoyaltyTier, OfANegativeShareIsZero) {
    EXPECT_EQ(tierOf(-0.2), 0U);
    const CellValues fromZero{0.0, 0.5};
    EXPECT_EQ(loyaltyTier(-0.2, Cells{fromZero}, noLabels), 0U);
}

TEST(LoyaltyTier, RejectsANonFiniteShare) {
    EXPECT_EQ(tierOf(nan), Error::InvalidArgument);
    EXPECT_EQ(tierOf(inf), Error::InvalidArgument);
    EXPECT_EQ(tierOf(-inf), Error::InvalidArgument);
}

TEST(LoyaltyTier, SkipsGapsInTheThresholds) {
    const CellValues thresholds{std::nullopt, 0.02, std::nullopt, 0.1, std::nullopt};
    EXPECT_EQ(loyaltyTier(0.03, Cells{thresholds}, noLabels), 1U);
    EXPECT_EQ(loyaltyTier(0.2, Cells{thresholds}, 3), 2U);
}

TEST(LoyaltyTier, WithASingleThreshold) {
    const CellValues thresholds{0.1};
    EXPECT_EQ(loyaltyTier(0.05, Cells{thresholds}, noLabels), 0U);
    EXPECT_EQ(loyaltyTier(0.1, Cells{thresholds}, noLabels), 1U);
}

TEST(LoyaltyTier, AcceptsThresholdsAtZeroAndOne) {
    const CellValues thresholds{0.0, 1.0};
    EXPECT_EQ(loyaltyTier(0.0, Cells{thresholds}, noLabels), 1U);
    EXPECT_EQ(loyaltyTier(0.999, Cells{thresholds}, noLabels), 1U);
    EXPECT_EQ(loyaltyTier(1.0, Cells{thresholds}, noLabels), 2U);
}

TEST(LoyaltyTier, OfThresholdsWithoutNumbersIsNotAvailable) {
    const CellValues gaps{std::nullopt, std::nullopt};
    EXPECT_EQ(loyaltyTier(0.03, Cells{gaps}, noLabels), Error::NotAvailable);
    EXPECT_EQ(loyaltyTier(0.03, Cells{}, noLabels), Error::NotAvailable);
}

TEST(LoyaltyTier, RejectsThresholdsThatAreNotStrictlyAscending) {
    for (const CellValues& thresholds : {CellValues{0.1, 0.05}, CellValues{0.05, 0.05},
                                         CellValues{0.01, 0.1, std::nullopt, 0.1}}) {
        EXPECT_EQ(loyaltyTier(0.03, Cells{thresholds}, noLabels), Error::InvalidArgument);
    }
}

TEST(LoyaltyTier, RejectsThresholdsOutsideZeroToOne) {
    for (const double outside : {-0.01, 1.01, nan, inf, -inf}) {
        const CellValues thresholds{0.01, outside};
        EXPECT_EQ(loyaltyTier(0.03, Cells{thresholds}, noLabels), Error::InvalidArgument)
            << outside;
    }
}

TEST(LoyaltyTier, NeedsExactlyOneLabelMoreThanThresholds) {
    EXPECT_EQ(loyaltyTier(0.2, noThresholds, 5), 3U);
    EXPECT_EQ(loyaltyTier(0.2, noThresholds, 4), Error::InvalidArgument);
    EXPECT_EQ(loyaltyTier(0.2, noThresholds, 6), Error::InvalidArgument);
    const CellValues thresholds{0.02, 0.1};
    EXPECT_EQ(loyaltyTier(0.03, Cells{thresholds}, 2), Error::InvalidArgument);
    EXPECT_EQ(loyaltyTier(0.03, Cells{thresholds}, 0), Error::InvalidArgument);
}

TEST(LoyaltyTier, ChecksThresholdsAndLabelsBeforeTheShare) {
    const CellValues thresholds{0.02, 0.1};
    EXPECT_EQ(loyaltyTier(1.2, Cells{thresholds}, 3), Error::InvalidArgument);
    const CellValues gaps{std::nullopt};
    EXPECT_EQ(loyaltyTier(1.2, Cells{gaps}, noLabels), Error::InvalidArgument);
    EXPECT_EQ(loyaltyTier(0.5, Cells{gaps}, 2), Error::InvalidArgument);
    EXPECT_EQ(loyaltyTier(0.5, Cells{gaps}, 1), Error::NotAvailable);
}

} // namespace
} // namespace walletshare::test
