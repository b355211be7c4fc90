#include "test_support.hpp"

#include "walletshare/functions.hpp"

namespace walletshare::test {
namespace {

TEST(Wallet, AppliesCategoryShareAndMargin) {
    EXPECT_TRUE(isNumber(wallet(CellValues{5000000.0}, 0.08, 0.25, std::nullopt), 300000.0));
}

TEST(Wallet, AppliesAMarkupOnCost) {
    EXPECT_TRUE(isNumber(wallet(CellValues{5000000.0}, 0.08, 0.25, 1.0), 320000.0));
}

TEST(Wallet, AsTheTurnoverOfShare) {
    const Result<double> purchases = wallet(CellValues{5000000.0}, 0.08, 0.25, std::nullopt);
    ASSERT_TRUE(purchases.ok());
    EXPECT_TRUE(isNumber(share(CellValues{30000.0}, CellValues{purchases.value()}), 0.1));
}

TEST(Wallet, DefaultsToTheWholeTurnover) {
    EXPECT_TRUE(isNumber(wallet(CellValues{5000000.0}, std::nullopt, std::nullopt, std::nullopt),
                         5000000.0));
}

TEST(Wallet, DefaultsMarginToZero) {
    EXPECT_TRUE(
        isNumber(wallet(CellValues{5000000.0}, 0.08, std::nullopt, std::nullopt), 400000.0));
    EXPECT_TRUE(isNumber(wallet(CellValues{5000000.0}, 0.08, std::nullopt, 1.0), 400000.0));
}

TEST(Wallet, TakesZeroForIsMarkupAsFalseAndAnyOtherNumberAsTrue) {
    EXPECT_TRUE(isNumber(wallet(CellValues{5000000.0}, 0.08, 0.25, 0.0), 300000.0));
    EXPECT_TRUE(isNumber(wallet(CellValues{5000000.0}, 0.08, 0.25, -2.0), 320000.0));
    EXPECT_TRUE(isNumber(wallet(CellValues{5000000.0}, 0.08, 0.25, 0.5), 320000.0));
}

TEST(Wallet, SumsTheTurnoverRangeSkippingGaps) {
    EXPECT_TRUE(
        isNumber(wallet(CellValues{1000.0, std::nullopt, 3000.0}, 0.5, 0.5, std::nullopt), 1000.0));
}

TEST(Wallet, OfZeroTurnoverIsZero) {
    EXPECT_TRUE(isNumber(wallet(CellValues{0.0}, 0.5, std::nullopt, std::nullopt), 0.0));
}

TEST(Wallet, OfTurnoverWithoutNumbersIsNotAvailable) {
    EXPECT_EQ(wallet(CellValues{std::nullopt}, std::nullopt, std::nullopt, std::nullopt),
              Error::NotAvailable);
    EXPECT_EQ(wallet(CellValues{}, std::nullopt, std::nullopt, std::nullopt), Error::NotAvailable);
}

TEST(Wallet, OfAnyNegativeTurnoverCellIsInvalid) {
    EXPECT_EQ(wallet(CellValues{-1.0}, std::nullopt, std::nullopt, std::nullopt),
              Error::InvalidArgument);
    EXPECT_EQ(wallet(CellValues{100.0, -1.0}, std::nullopt, std::nullopt, std::nullopt),
              Error::InvalidArgument);
}

TEST(Wallet, AcceptsACategoryShareUpToOne) {
    EXPECT_TRUE(isNumber(wallet(CellValues{100.0}, 1.0, std::nullopt, std::nullopt), 100.0));
    EXPECT_TRUE(isNumber(wallet(CellValues{100.0}, 1e-9, std::nullopt, std::nullopt), 1e-7));
}

TEST(Wallet, RejectsACategoryShareOutsideZeroToOne) {
    for (const double category : {0.0, -0.1, 1.0 + 1e-9, 2.0, nan, inf}) {
        EXPECT_EQ(wallet(CellValues{100.0}, category, std::nullopt, std::nullopt),
                  Error::InvalidArgument)
            << category;
    }
}

TEST(Wallet, AcceptsAMarginFromZeroToBelowOne) {
    EXPECT_TRUE(isNumber(wallet(CellValues{100.0}, std::nullopt, 0.0, std::nullopt), 100.0));
    EXPECT_TRUE(isNumber(wallet(CellValues{100.0}, std::nullopt, 0.99, std::nullopt), 1.0));
}

TEST(Wallet, RejectsAMarginOutsideZeroToOne) {
    for (const double margin : {-0.01, 1.0, 1.5, nan, inf}) {
        EXPECT_EQ(wallet(CellValues{100.0}, std::nullopt, margin, std::nullopt),
                  Error::InvalidArgument)
            << margin;
    }
}

TEST(Wallet, AcceptsAnyMarkupFromZero) {
    EXPECT_TRUE(isNumber(wallet(CellValues{100.0}, std::nullopt, 0.0, 1.0), 100.0));
    EXPECT_TRUE(isNumber(wallet(CellValues{100.0}, std::nullopt, 1.0, 1.0), 50.0));
    EXPECT_TRUE(isNumber(wallet(CellValues{100.0}, std::nullopt, 3.0, 1.0), 25.0));
}

TEST(Wallet, RejectsANegativeOrNonFiniteMarkup) {
    for (const double markup : {-0.01, nan, inf}) {
        EXPECT_EQ(wallet(CellValues{100.0}, std::nullopt, markup, 1.0), Error::InvalidArgument)
            << markup;
    }
}

TEST(Wallet, RejectsANonFiniteIsMarkup) {
    EXPECT_EQ(wallet(CellValues{100.0}, std::nullopt, std::nullopt, nan), Error::InvalidArgument);
    EXPECT_EQ(wallet(CellValues{100.0}, std::nullopt, std::nullopt, inf), Error::InvalidArgument);
}

TEST(Wallet, RejectsNonFiniteTurnover) {
    for (const double turnover : {nan, inf, -inf}) {
        EXPECT_EQ(wallet(CellValues{100.0, turnover}, std::nullopt, std::nullopt, std::nullopt),
                  Error::InvalidArgument)
            << turnover;
    }
}

TEST(Wallet, ChecksInvalidArgumentsBeforeMissingTurnover) {
    EXPECT_EQ(wallet(CellValues{std::nullopt}, 2.0, std::nullopt, std::nullopt),
              Error::InvalidArgument);
}

TEST(Wallet, RejectsATurnoverSumThatOverflows) {
    EXPECT_EQ(wallet(CellValues{1e308, 1e308}, std::nullopt, std::nullopt, std::nullopt),
              Error::InvalidArgument);
}

} // namespace
} // namespace walletshare::test
