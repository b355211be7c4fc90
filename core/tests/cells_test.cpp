#include "test_support.hpp"

namespace walletshare::test {
namespace {

TEST(Total, SumsAndCountsTheNumbersSkippingGaps) {
    const Total result = total(CellValues{1.5, std::nullopt, 2.5, std::nullopt, -1.0});
    EXPECT_DOUBLE_EQ(result.sum, 3.0);
    EXPECT_EQ(result.count, 3U);
}

TEST(Total, OfAnEmptyRangeIsZeroNumbers) {
    const Total result = total(CellValues{});
    EXPECT_EQ(result.sum, 0.0);
    EXPECT_EQ(result.count, 0U);
}

TEST(Total, OfOnlyGapsIsZeroNumbers) {
    const Total result = total(CellValues{std::nullopt, std::nullopt});
    EXPECT_EQ(result.sum, 0.0);
    EXPECT_EQ(result.count, 0U);
}

TEST(Total, CountsZeroAsANumber) {
    EXPECT_EQ(total(CellValues{0.0}).count, 1U);
}

TEST(HasNegative, FindsANegativeNumberAmongGaps) {
    EXPECT_TRUE(hasNegative(CellValues{1.0, std::nullopt, -0.001}));
}

TEST(HasNegative, IgnoresGapsAndZero) {
    EXPECT_FALSE(hasNegative(CellValues{0.0, std::nullopt, 5.0}));
    EXPECT_FALSE(hasNegative(CellValues{}));
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
} // namespace walletshare::test
