#include "test_support.hpp"

#include "walletshare/functions.hpp"

namespace walletshare::test {
namespace {

constexpr std::nullopt_t defaultTolerance = std::nullopt;

TEST(TurnoverCheck, ExamplesOfTheContract) {
    EXPECT_EQ(turnoverCheck(2000000.0, 5250000.0, defaultTolerance), -1);
    EXPECT_EQ(turnoverCheck(5000000.0, 5250000.0, defaultTolerance), 0);
    EXPECT_EQ(turnoverCheck(8000000.0, 5250000.0, defaultTolerance), 1);
}

TEST(TurnoverCheck, DefaultToleranceIsThirtyPercent) {
    EXPECT_EQ(turnoverCheck(699.0, 1000.0, defaultTolerance), -1);
    EXPECT_EQ(turnoverCheck(701.0, 1000.0, defaultTolerance), 0);
    EXPECT_EQ(turnoverCheck(1299.0, 1000.0, defaultTolerance), 0);
    EXPECT_EQ(turnoverCheck(1301.0, 1000.0, defaultTolerance), 1);
}

TEST(TurnoverCheck, UsesAGivenTolerance) {
    EXPECT_EQ(turnoverCheck(850.0, 1000.0, 0.1), -1);
    EXPECT_EQ(turnoverCheck(950.0, 1000.0, 0.1), 0);
    EXPECT_EQ(turnoverCheck(1150.0, 1000.0, 0.1), 1);
}

TEST(TurnoverCheck, TakesTheBoundariesAsPlausible) {
    EXPECT_EQ(turnoverCheck(700.0, 1000.0, defaultTolerance), 0);
    EXPECT_EQ(turnoverCheck(1300.0, 1000.0, defaultTolerance), 0);
}

TEST(TurnoverCheck, TakesBoundariesWithRoundingNoiseAsPlausible) {
    EXPECT_EQ(turnoverCheck(700.0 * (1.0 - 5e-13), 1000.0, defaultTolerance), 0);
    EXPECT_EQ(turnoverCheck(1300.0 * (1.0 + 5e-13), 1000.0, defaultTolerance), 0);
    EXPECT_EQ(turnoverCheck(700.0 * (1.0 - 1e-9), 1000.0, defaultTolerance), -1);
    EXPECT_EQ(turnoverCheck(1300.0 * (1.0 + 1e-9), 1000.0, defaultTolerance), 1);
}

TEST(TurnoverCheck, WithZeroToleranceOnlyTheEstimateIsPlausible) {
    EXPECT_EQ(turnoverCheck(1000.0, 1000.0, 0.0), 0);
    EXPECT_EQ(turnoverCheck(999.0, 1000.0, 0.0), -1);
    EXPECT_EQ(turnoverCheck(1001.0, 1000.0, 0.0), 1);
}

TEST(TurnoverCheck, TakesAZeroFigureAsUnderstated) {
    EXPECT_EQ(turnoverCheck(0.0, 1000.0, defaultTolerance), -1);
    EXPECT_EQ(turnoverCheck(0.0, 1000.0, 0.999), -1);
}

TEST(TurnoverCheck, RejectsAnEstimateNotAboveZero) {
    for (const double estimate : {0.0, -1000.0, nan, inf, -inf}) {
        EXPECT_EQ(turnoverCheck(1000.0, estimate, defaultTolerance), Error::InvalidArgument)
            << estimate;
    }
}

TEST(TurnoverCheck, RejectsAToleranceOutsideZeroToOne) {
    for (const double tolerance : {-0.01, 1.0, 2.0, nan, inf}) {
        EXPECT_EQ(turnoverCheck(1000.0, 1000.0, tolerance), Error::InvalidArgument) << tolerance;
    }
}

TEST(TurnoverCheck, RejectsANegativeOrNonFiniteManagersFigure) {
    for (const double figure : {-1.0, nan, inf}) {
        EXPECT_EQ(turnoverCheck(figure, 1000.0, defaultTolerance), Error::InvalidArgument)
            << figure;
    }
}

} // namespace
} // namespace walletshare::test
