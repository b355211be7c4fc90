#include "test_support.hpp"

namespace walletshare {
namespace {

using test::inf;
using test::isNumber;
using test::nan;
using test::Range;

TEST(Total, SumsAndCountsTheNumbersSkippingGaps) {
    const Total result = total(Range{1.5, std::nullopt, 2.5, std::nullopt, -1.0});
    EXPECT_DOUBLE_EQ(result.sum, 3.0);
    EXPECT_EQ(result.count, 3U);
}

TEST(Total, OfAnEmptyRangeIsZeroNumbers) {
    const Total result = total(Range{});
    EXPECT_EQ(result.sum, 0.0);
    EXPECT_EQ(result.count, 0U);
}

TEST(Total, OfOnlyGapsIsZeroNumbers) {
    const Total result = total(Range{std::nullopt, std::nullopt});
    EXPECT_EQ(result.sum, 0.0);
    EXPECT_EQ(result.count, 0U);
}

TEST(Total, CountsZeroAsANumber) {
    EXPECT_EQ(total(Range{0.0}).count, 1U);
}

TEST(HasNegative, FindsANegativeNumberAmongGaps) {
    EXPECT_TRUE(hasNegative(Range{1.0, std::nullopt, -0.001}));
}

TEST(HasNegative, IgnoresGapsAndZero) {
    EXPECT_FALSE(hasNegative(Range{0.0, std::nullopt, 5.0}));
    EXPECT_FALSE(hasNegative(Range{}));
}

TEST(IsWhole, AcceptsWholeNumbers) {
    EXPECT_TRUE(isWhole(0.0));
    EXPECT_TRUE(isWhole(-3.0));
    EXPECT_TRUE(isWhole(12.0));
    EXPECT_TRUE(isWhole(1e300));
}

TEST(IsWhole, AcceptsRoundingNoiseWithinTheRelativeTolerance) {
    EXPECT_TRUE(isWhole(0.1 * 3 / 0.3));
    EXPECT_TRUE(isWhole(1.0 + 5e-13));
    EXPECT_TRUE(isWhole(1e6 + 1e-7));
    EXPECT_TRUE(isWhole(-5e-13));
}

TEST(IsWhole, RejectsFractionsBeyondTheTolerance) {
    EXPECT_FALSE(isWhole(0.5));
    EXPECT_FALSE(isWhole(1.0 + 1e-11));
    EXPECT_FALSE(isWhole(1e6 + 1e-5));
    EXPECT_FALSE(isWhole(-2.5));
}

TEST(IsWhole, RejectsNonFiniteValues) {
    EXPECT_FALSE(isWhole(nan));
    EXPECT_FALSE(isWhole(inf));
    EXPECT_FALSE(isWhole(-inf));
}

TEST(IsWholeInRange, AcceptsTheBoundsAndRoundingNoiseAroundThem) {
    EXPECT_TRUE(isWholeInRange(0.0, 0.0, 4.0));
    EXPECT_TRUE(isWholeInRange(4.0, 0.0, 4.0));
    EXPECT_TRUE(isWholeInRange(4.0 + 2e-12, 0.0, 4.0));
    EXPECT_TRUE(isWholeInRange(-1e-13, 0.0, 4.0));
    EXPECT_TRUE(isWholeInRange(1e300, 1.0, inf));
}

TEST(IsWholeInRange, RejectsWholeNumbersOutsideAndFractionsInside) {
    EXPECT_FALSE(isWholeInRange(-1.0, 0.0, 4.0));
    EXPECT_FALSE(isWholeInRange(5.0, 0.0, 4.0));
    EXPECT_FALSE(isWholeInRange(2.5, 0.0, 4.0));
    EXPECT_FALSE(isWholeInRange(nan, 0.0, 4.0));
    EXPECT_FALSE(isWholeInRange(inf, 1.0, inf));
}

TEST(NumberFromText, ConvertsPlainNumbers) {
    EXPECT_TRUE(isNumber(numberFromText("12"), 12.0));
    EXPECT_TRUE(isNumber(numberFromText("-0.5"), -0.5));
    EXPECT_TRUE(isNumber(numberFromText("1e6"), 1e6));
    EXPECT_TRUE(isNumber(numberFromText("2.5E-3"), 0.0025));
    EXPECT_TRUE(isNumber(numberFromText("0"), 0.0));
}

TEST(NumberFromText, IgnoresSurroundingSpaces) {
    EXPECT_TRUE(isNumber(numberFromText("  42 "), 42.0));
    EXPECT_TRUE(isNumber(numberFromText(" -7"), -7.0));
    EXPECT_TRUE(isNumber(numberFromText("+5"), 5.0));
}

TEST(NumberFromText, RejectsTextThatIsNotWhollyANumber) {
    EXPECT_EQ(numberFromText(""), Error::WrongType);
    EXPECT_EQ(numberFromText("   "), Error::WrongType);
    EXPECT_EQ(numberFromText("abc"), Error::WrongType);
    EXPECT_EQ(numberFromText("1,5"), Error::WrongType);
    EXPECT_EQ(numberFromText("12abc"), Error::WrongType);
    EXPECT_EQ(numberFromText("1 2"), Error::WrongType);
    EXPECT_EQ(numberFromText("\t12"), Error::WrongType);
    EXPECT_EQ(numberFromText("0x10"), Error::WrongType);
    EXPECT_EQ(numberFromText("+-5"), Error::WrongType);
    EXPECT_EQ(numberFromText("+"), Error::WrongType);
}

TEST(NumberFromText, RejectsNonFiniteNumbers) {
    EXPECT_EQ(numberFromText("inf"), Error::WrongType);
    EXPECT_EQ(numberFromText("-infinity"), Error::WrongType);
    EXPECT_EQ(numberFromText("nan"), Error::WrongType);
    EXPECT_EQ(numberFromText("1e400"), Error::WrongType);
}

} // namespace
} // namespace walletshare
