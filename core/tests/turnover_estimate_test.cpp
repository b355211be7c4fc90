#include <array>

#include "test_support.hpp"

#include "walletshare/functions.hpp"

namespace walletshare::test {
namespace {

constexpr std::nullopt_t noFigure = std::nullopt;
constexpr std::nullopt_t defaultMethod = std::nullopt;

// The contract's example client: 6 outlets, 400 m2, 35 staff, giving the pair
// estimates 5400000, 4800000 and 5250000.
constexpr std::array<Cell, 3> drivers{6.0, 400.0, 35.0};
constexpr std::array<Cell, 3> rates{900000.0, 12000.0, 150000.0};

TEST(TurnoverEstimate, ExamplesOfTheContract) {
    EXPECT_TRUE(isNumber(turnoverEstimate(drivers, rates, noFigure, defaultMethod), 5250000.0));
    EXPECT_TRUE(isNumber(turnoverEstimate(drivers, rates, noFigure, 1.0), 5150000.0));
    EXPECT_TRUE(isNumber(turnoverEstimate(drivers, rates, 2000000.0, defaultMethod), 5250000.0));
    EXPECT_TRUE(isNumber(turnoverEstimate(drivers, rates, 6000000.0, defaultMethod), 6000000.0));
}

TEST(TurnoverEstimate, CombinesByEachMethod) {
    EXPECT_TRUE(isNumber(turnoverEstimate(drivers, rates, noFigure, 0.0), 5250000.0));
    EXPECT_TRUE(isNumber(turnoverEstimate(drivers, rates, noFigure, 1.0), 5150000.0));
    EXPECT_TRUE(isNumber(turnoverEstimate(drivers, rates, noFigure, 2.0), 5400000.0));
    EXPECT_TRUE(isNumber(turnoverEstimate(drivers, rates, noFigure, 3.0), 4800000.0));
}

TEST(TurnoverEstimate, TakesTheMedianOfAnOddCount) {
    const CellValues five{1.0, 1.0, 1.0, 1.0, 1.0};
    EXPECT_TRUE(isNumber(
        turnoverEstimate(five, CellValues{9.0, 1.0, 7.0, 3.0, 100.0}, noFigure, defaultMethod),
        7.0));
}

TEST(TurnoverEstimate, TakesTheMeanOfTheMiddleTwoForAnEvenCount) {
    const CellValues four{1.0, 1.0, 1.0, 1.0};
    EXPECT_TRUE(isNumber(
        turnoverEstimate(four, CellValues{10.0, 1.0, 4.0, 100.0}, noFigure, defaultMethod), 7.0));
    const CellValues two{2.0, 3.0};
    EXPECT_TRUE(
        isNumber(turnoverEstimate(two, CellValues{5.0, 10.0}, noFigure, defaultMethod), 20.0));
}

TEST(TurnoverEstimate, TakesTheMedianOfEqualMiddleValues) {
    const CellValues four{1.0, 1.0, 1.0, 1.0};
    EXPECT_TRUE(isNumber(
        turnoverEstimate(four, CellValues{5.0, 5.0, 5.0, 1.0}, noFigure, defaultMethod), 5.0));
}

TEST(TurnoverEstimate, OfASinglePairIsItsProductWhateverTheMethod) {
    for (const double method : {0.0, 1.0, 2.0, 3.0}) {
        EXPECT_TRUE(isNumber(
            turnoverEstimate(CellValues{6.0}, CellValues{900000.0}, noFigure, method), 5400000.0))
            << method;
    }
}

TEST(TurnoverEstimate, SkipsPairsWithAGapOnEitherSide) {
    const CellValues gappyDrivers{6.0, std::nullopt, 35.0, 2.0};
    const CellValues gappyRates{900000.0, 12000.0, std::nullopt, 1000000.0};
    EXPECT_TRUE(isNumber(turnoverEstimate(gappyDrivers, gappyRates, noFigure, 1.0), 3700000.0));
    EXPECT_TRUE(isNumber(turnoverEstimate(gappyDrivers, gappyRates, noFigure, 3.0), 2000000.0));
}

TEST(TurnoverEstimate, CountsAZeroPairAsAnEstimate) {
    const CellValues withZero{0.0, 2.0};
    EXPECT_TRUE(isNumber(turnoverEstimate(withZero, CellValues{5.0, 5.0}, noFigure, 3.0), 0.0));
}

TEST(TurnoverEstimate, OfNoUsablePairAndNoFigureIsNotAvailable) {
    const CellValues gaps{std::nullopt, 400.0};
    const CellValues otherGaps{900000.0, std::nullopt};
    EXPECT_EQ(turnoverEstimate(gaps, otherGaps, noFigure, defaultMethod), Error::NotAvailable);
    EXPECT_EQ(turnoverEstimate(CellValues{}, CellValues{}, noFigure, defaultMethod),
              Error::NotAvailable);
}

TEST(TurnoverEstimate, OfNoUsablePairIsTheManagersFigure) {
    const CellValues gaps{std::nullopt};
    EXPECT_TRUE(isNumber(turnoverEstimate(gaps, gaps, 3000000.0, defaultMethod), 3000000.0));
    EXPECT_TRUE(isNumber(turnoverEstimate(CellValues{}, CellValues{}, 0.0, 2.0), 0.0));
}

TEST(TurnoverEstimate, TakesTheManagersFigureAsAFloor) {
    EXPECT_TRUE(isNumber(turnoverEstimate(drivers, rates, 5250000.0, defaultMethod), 5250000.0));
    EXPECT_TRUE(isNumber(turnoverEstimate(drivers, rates, 0.0, 3.0), 4800000.0));
    EXPECT_TRUE(isNumber(turnoverEstimate(drivers, rates, 5000000.0, 3.0), 5000000.0));
}

TEST(TurnoverEstimate, RejectsRangesOfDifferentSizes) {
    const CellValues shorter{6.0, 400.0};
    EXPECT_EQ(turnoverEstimate(shorter, rates, noFigure, defaultMethod), Error::InvalidArgument);
    const CellValues longer{6.0, 400.0, 35.0, std::nullopt};
    EXPECT_EQ(turnoverEstimate(longer, rates, noFigure, defaultMethod), Error::InvalidArgument);
}

TEST(TurnoverEstimate, RejectsNegativeDriversOrRatesEvenInUnusedPairs) {
    const CellValues negative{6.0, -1.0};
    const CellValues positive{900000.0, std::nullopt};
    EXPECT_EQ(turnoverEstimate(negative, positive, noFigure, defaultMethod),
              Error::InvalidArgument);
    EXPECT_EQ(turnoverEstimate(positive, negative, noFigure, defaultMethod),
              Error::InvalidArgument);
}

TEST(TurnoverEstimate, RejectsNonFiniteDriversOrRates) {
    for (const double value : {nan, inf}) {
        const CellValues bad{6.0, value};
        const CellValues good{900000.0, std::nullopt};
        EXPECT_EQ(turnoverEstimate(bad, good, noFigure, defaultMethod), Error::InvalidArgument)
            << value;
        EXPECT_EQ(turnoverEstimate(good, bad, noFigure, defaultMethod), Error::InvalidArgument)
            << value;
    }
}

TEST(TurnoverEstimate, RejectsANegativeOrNonFiniteManagersFigure) {
    for (const double figure : {-1.0, nan, inf}) {
        EXPECT_EQ(turnoverEstimate(drivers, rates, figure, defaultMethod), Error::InvalidArgument)
            << figure;
    }
}

TEST(TurnoverEstimate, RejectsAnUnknownMethod) {
    for (const double method : {-1.0, 4.0, 0.5, 2.5, nan, inf}) {
        EXPECT_EQ(turnoverEstimate(drivers, rates, noFigure, method), Error::InvalidArgument)
            << method;
    }
}

TEST(TurnoverEstimate, ChecksArgumentsBeforeMissingPairs) {
    EXPECT_EQ(turnoverEstimate(CellValues{}, CellValues{}, noFigure, 7.0), Error::InvalidArgument);
}

TEST(TurnoverEstimate, AcceptsAMethodWithRoundingNoise) {
    EXPECT_TRUE(isNumber(turnoverEstimate(drivers, rates, noFigure, 2.0 + 1e-13), 5400000.0));
}

TEST(TurnoverEstimate, RejectsAPairThatOverflowsWhateverTheMethod) {
    const CellValues huge{1e200, 1.0};
    const CellValues large{1e200, 1.0};
    for (const double method : {0.0, 1.0, 2.0, 3.0}) {
        EXPECT_EQ(turnoverEstimate(huge, large, noFigure, method), Error::InvalidArgument)
            << method;
    }
}

// The mean of estimates near the largest double fits, though their sum does not.
TEST(TurnoverEstimate, TakesTheMeanOfEstimatesNearTheLargestNumber) {
    const CellValues ones{1.0, 1.0};
    const CellValues huge{1e308, 1e308};
    EXPECT_TRUE(isNumber(turnoverEstimate(ones, huge, noFigure, 1.0), 1e308));
    EXPECT_TRUE(isNumber(turnoverEstimate(ones, huge, noFigure, 0.0), 1e308));
}

} // namespace
} // namespace walletshare::test
