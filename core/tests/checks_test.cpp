#include "test_support.hpp"

#include "walletshare/checks.hpp"

namespace walletshare::test {
namespace {

bool isWhole(double x, double expected, Interval allowed = anyNumber) {
    const auto checked = wholeNumber(x, allowed);
    return checked.ok() && checked.value() == expected;
}

TEST(Number, GivesBackANumberInTheInterval) {
    EXPECT_EQ(number(0.5, between(0.0, 1.0)), Result<double>(0.5));
    EXPECT_EQ(number(0.0, between(0.0, 1.0)), Result<double>(0.0));
    EXPECT_EQ(number(1.0, between(0.0, 1.0)), Result<double>(1.0));
    EXPECT_EQ(number(-1e300, anyNumber), Result<double>(-1e300));
}

TEST(Number, KeepsOpenEndsOut) {
    EXPECT_EQ(number(0.0, above(0.0)), Error::InvalidArgument);
    EXPECT_EQ(number(1.0, atLeastBelow(0.0, 1.0)), Error::InvalidArgument);
    EXPECT_EQ(number(0.0, aboveUpTo(0.0, 1.0)), Error::InvalidArgument);
    EXPECT_EQ(number(1.0, aboveUpTo(0.0, 1.0)), Result<double>(1.0));
    EXPECT_EQ(number(0.0, atLeastBelow(0.0, 1.0)), Result<double>(0.0));
}

TEST(Number, RejectsNumbersOutsideAndNonFiniteOnes) {
    EXPECT_EQ(number(-0.001, atLeast(0.0)), Error::InvalidArgument);
    EXPECT_EQ(number(1.001, between(0.0, 1.0)), Error::InvalidArgument);
    for (const double x : {nan, inf, -inf}) {
        EXPECT_EQ(number(x, anyNumber), Error::InvalidArgument) << x;
        EXPECT_EQ(number(x, atLeast(0.0)), Error::InvalidArgument) << x;
    }
}

TEST(WholeNumber, GivesBackTheWholeNumberRounded) {
    EXPECT_TRUE(isWhole(0.0, 0));
    EXPECT_TRUE(isWhole(-3.0, -3));
    EXPECT_TRUE(isWhole(12.0, 12));
    EXPECT_TRUE(isWhole(1e300, 1e300));
}

TEST(WholeNumber, AcceptsRoundingNoiseWithinTheRelativeTolerance) {
    EXPECT_TRUE(isWhole(0.1 * 3 / 0.3, 1));
    EXPECT_TRUE(isWhole(1.0 + 5e-13, 1));
    EXPECT_TRUE(isWhole(1e6 + 1e-7, 1000000));
    EXPECT_TRUE(isWhole(-5e-13, 0));
}

TEST(WholeNumber, RejectsFractionsBeyondTheTolerance) {
    for (const double x : {0.5, 1.0 + 1e-11, 1e6 + 1e-5, -2.5}) {
        EXPECT_EQ(wholeNumber(x, anyNumber), Error::InvalidArgument) << x;
    }
}

TEST(WholeNumber, RejectsNonFiniteValues) {
    for (const double x : {nan, inf, -inf}) {
        EXPECT_EQ(wholeNumber(x, anyNumber), Error::InvalidArgument) << x;
    }
}

TEST(WholeNumber, ChecksTheRoundedValueAgainstTheInterval) {
    EXPECT_TRUE(isWhole(4.0 + 2e-12, 4, between(0.0, 4.0)));
    EXPECT_TRUE(isWhole(-1e-13, 0, between(0.0, 4.0)));
    EXPECT_EQ(wholeNumber(-1.0, between(0.0, 4.0)), Error::InvalidArgument);
    EXPECT_EQ(wholeNumber(5.0, between(0.0, 4.0)), Error::InvalidArgument);
    EXPECT_EQ(wholeNumber(0.0, atLeast(1.0)), Error::InvalidArgument);
}

} // namespace
} // namespace walletshare::test
