#include "test_support.hpp"

#include "walletshare/functions.hpp"

namespace walletshare {
namespace {

using test::inf;
using test::isNumber;
using test::nan;
using test::Range;

TEST(Share, OfOneShipmentAndOneTurnover) {
    EXPECT_TRUE(isNumber(share(Range{30000.0}, Range{5000000.0}), 0.006));
}

TEST(Share, OfTwelveMonthlyShipmentsAgainstAnAnnualTurnover) {
    EXPECT_TRUE(isNumber(share(Range(12, 30000.0), Range{60000000.0}), 0.006));
}

TEST(Share, OverAColumnIsWeightedNotAnAverageOfShares) {
    EXPECT_TRUE(isNumber(share(Range{10.0, 90.0}, Range{100.0, 900.0}), 0.1));
    EXPECT_TRUE(isNumber(share(Range{10.0, 0.0}, Range{100.0, 900.0}), 0.01));
}

TEST(Share, SkipsGapsInBothRanges) {
    EXPECT_TRUE(isNumber(
        share(Range{std::nullopt, 30.0, std::nullopt, 20.0}, Range{400.0, std::nullopt, 600.0}),
        0.05));
}

// Calc passes a reference to a single empty cell as 0, so =SHARE(30000; Z99)
// with Z99 empty is this case too.
TEST(Share, OfZeroTurnoverIsDivisionByZero) {
    EXPECT_EQ(share(Range{30000.0}, Range{0.0}), Error::DivisionByZero);
    EXPECT_EQ(share(Range{30000.0}, Range{0.0, std::nullopt, 0.0}), Error::DivisionByZero);
}

TEST(Share, OfNegativeTurnoverIsInvalid) {
    EXPECT_EQ(share(Range{30000.0}, Range{-5.0}), Error::InvalidArgument);
}

TEST(Share, OfAnyNegativeTurnoverCellIsInvalidEvenWhenTheSumIsPositive) {
    EXPECT_EQ(share(Range{30000.0}, Range{5000000.0, -5.0}), Error::InvalidArgument);
}

TEST(Share, ChecksNegativeTurnoverBeforeTheZeroSum) {
    EXPECT_EQ(share(Range{30000.0}, Range{5.0, -5.0}), Error::InvalidArgument);
}

TEST(Share, OfTurnoverWithoutNumbersIsNotAvailable) {
    EXPECT_EQ(share(Range{30000.0}, Range(5, std::nullopt)), Error::NotAvailable);
    EXPECT_EQ(share(Range{30000.0}, Range{}), Error::NotAvailable);
}

TEST(Share, ChecksInvalidInputsBeforeMissingTurnover) {
    EXPECT_EQ(share(Range{nan}, Range{std::nullopt}), Error::InvalidArgument);
}

TEST(Share, OfShipmentsWithoutNumbersIsZero) {
    EXPECT_TRUE(isNumber(share(Range{std::nullopt, std::nullopt}, Range{5000000.0}), 0.0));
    EXPECT_TRUE(isNumber(share(Range{}, Range{5000000.0}), 0.0));
}

TEST(Share, ReturnsANegativeShipmentsTotalAsIs) {
    EXPECT_TRUE(isNumber(share(Range{100.0, -300.0}, Range{1000.0}), -0.2));
}

TEST(Share, ReturnsAShareAboveOneAsIs) {
    EXPECT_TRUE(isNumber(share(Range{6000.0}, Range{5000.0}), 1.2));
}

TEST(Share, RejectsNonFiniteCells) {
    EXPECT_EQ(share(Range{nan}, Range{100.0}), Error::InvalidArgument);
    EXPECT_EQ(share(Range{inf}, Range{100.0}), Error::InvalidArgument);
    EXPECT_EQ(share(Range{-inf}, Range{100.0}), Error::InvalidArgument);
    EXPECT_EQ(share(Range{1.0}, Range{100.0, nan}), Error::InvalidArgument);
    EXPECT_EQ(share(Range{1.0}, Range{inf}), Error::InvalidArgument);
}

TEST(Share, RejectsATurnoverSumThatOverflows) {
    EXPECT_EQ(share(Range{1.0}, Range{1e308, 1e308}), Error::InvalidArgument);
}

TEST(Share, RejectsAResultThatOverflows) {
    EXPECT_EQ(share(Range{1e300}, Range{1e-300}), Error::InvalidArgument);
}

} // namespace
} // namespace walletshare
