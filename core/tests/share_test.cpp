#include "test_support.hpp"

#include "walletshare/functions.hpp"

namespace walletshare::test {
namespace {

TEST(Share, OfOneShipmentAndOneTurnover) {
    EXPECT_TRUE(isNumber(share(CellValues{30000.0}, CellValues{5000000.0}), 0.006));
}

TEST(Share, OfTwelveMonthlyShipmentsAgainstAnAnnualTurnover) {
    EXPECT_TRUE(isNumber(share(CellValues(12, 30000.0), CellValues{60000000.0}), 0.006));
}

TEST(Share, OverAColumnIsWeightedNotAnAverageOfShares) {
    EXPECT_TRUE(isNumber(share(CellValues{10.0, 90.0}, CellValues{100.0, 900.0}), 0.1));
    EXPECT_TRUE(isNumber(share(CellValues{10.0, 0.0}, CellValues{100.0, 900.0}), 0.01));
}

TEST(Share, SkipsGapsInBothRanges) {
    EXPECT_TRUE(isNumber(share(CellValues{std::nullopt, 30.0, std::nullopt, 20.0},
                               CellValues{400.0, std::nullopt, 600.0}),
                         0.05));
}

// Calc passes a reference to a single empty cell as 0, so =SHARE(30000; Z99)
// with Z99 empty is this case too.
TEST(Share, OfZeroTurnoverIsDivisionByZero) {
    EXPECT_EQ(share(CellValues{30000.0}, CellValues{0.0}), Error::DivisionByZero);
    EXPECT_EQ(share(CellValues{30000.0}, CellValues{0.0, std::nullopt, 0.0}),
              Error::DivisionByZero);
}

TEST(Share, OfNegativeTurnoverIsInvalid) {
    EXPECT_EQ(share(CellValues{30000.0}, CellValues{-5.0}), Error::InvalidArgument);
}

TEST(Share, OfAnyNegativeTurnoverCellIsInvalidEvenWhenTheSumIsPositive) {
    EXPECT_EQ(share(CellValues{30000.0}, CellValues{5000000.0, -5.0}), Error::InvalidArgument);
}

TEST(Share, ChecksNegativeTurnoverBeforeTheZeroSum) {
    EXPECT_EQ(share(CellValues{30000.0}, CellValues{5.0, -5.0}), Error::InvalidArgument);
}

TEST(Share, OfTurnoverWithoutNumbersIsNotAvailable) {
    EXPECT_EQ(share(CellValues{30000.0}, CellValues(5, std::nullopt)), Error::NotAvailable);
    EXPECT_EQ(share(CellValues{30000.0}, CellValues{}), Error::NotAvailable);
}

TEST(Share, ChecksInvalidInputsBeforeMissingTurnover) {
    EXPECT_EQ(share(CellValues{nan}, CellValues{std::nullopt}), Error::InvalidArgument);
}

TEST(Share, OfShipmentsWithoutNumbersIsZero) {
    EXPECT_TRUE(
        isNumber(share(CellValues{std::nullopt, std::nullopt}, CellValues{5000000.0}), 0.0));
    EXPECT_TRUE(isNumber(share(CellValues{}, CellValues{5000000.0}), 0.0));
}

TEST(Share, ReturnsANegativeShipmentsTotalAsIs) {
    EXPECT_TRUE(isNumber(share(CellValues{100.0, -300.0}, CellValues{1000.0}), -0.2));
}

TEST(Share, ReturnsAShareAboveOneAsIs) {
    EXPECT_TRUE(isNumber(share(CellValues{6000.0}, CellValues{5000.0}), 1.2));
}

TEST(Share, RejectsNonFiniteCells) {
    EXPECT_EQ(share(CellValues{nan}, CellValues{100.0}), Error::InvalidArgument);
    EXPECT_EQ(share(CellValues{inf}, CellValues{100.0}), Error::InvalidArgument);
    EXPECT_EQ(share(CellValues{-inf}, CellValues{100.0}), Error::InvalidArgument);
    EXPECT_EQ(share(CellValues{1.0}, CellValues{100.0, nan}), Error::InvalidArgument);
    EXPECT_EQ(share(CellValues{1.0}, CellValues{inf}), Error::InvalidArgument);
}

TEST(Share, RejectsATurnoverSumThatOverflows) {
    EXPECT_EQ(share(CellValues{1.0}, CellValues{1e308, 1e308}), Error::InvalidArgument);
}

TEST(Share, RejectsAResultThatOverflows) {
    EXPECT_EQ(share(CellValues{1e300}, CellValues{1e-300}), Error::InvalidArgument);
}

} // namespace
} // namespace walletshare::test
