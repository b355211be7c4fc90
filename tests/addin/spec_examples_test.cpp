// The example rows of the contract (shared/SPEC.md), called as Calc calls the
// add-in for each formula: the values are the contract's, not the adapter's.
#include <cmath>

#include "addin_calls.hpp"

namespace walletshare::addin_test {
namespace {

class SpecExamples : public AddInCall {};

TEST_F(SpecExamples, ShareOfOneShipmentInTurnover) {
    // =SHARE(30000; 5000000)
    EXPECT_TRUE(isNumber(addIn_->share(single(30000), single(5000000)), 0.006));
}

TEST_F(SpecExamples, ShareOfTwelveMonthsInAnnualTurnover) {
    // =SHARE(B2:M2; 60000000) with 30000 in each of B2:M2
    const CalcRange months =
        row({30000, 30000, 30000, 30000, 30000, 30000, 30000, 30000, 30000, 30000, 30000, 30000});
    EXPECT_TRUE(isNumber(addIn_->share(months, single(60000000)), 0.006));
}

TEST_F(SpecExamples, ShareOfZeroTurnoverIsDivisionByZero) {
    // =SHARE(30000; 0)
    EXPECT_TRUE(isError(addIn_->share(single(30000), single(0)), calc_error::divisionByZero));
}

TEST_F(SpecExamples, ShareOfNegativeTurnoverIsInvalid) {
    // =SHARE(30000; -5)
    EXPECT_TRUE(isError(addIn_->share(single(30000), single(-5)), calc_error::invalidArgument));
}

TEST_F(SpecExamples, ShareOfEmptyTurnoverRangeIsNotAvailable) {
    // =SHARE(30000; Z1:Z5) with Z1:Z5 empty: five empty strings
    const CalcRange empty =
        grid({{emptyCell()}, {emptyCell()}, {emptyCell()}, {emptyCell()}, {emptyCell()}});
    EXPECT_TRUE(isError(addIn_->share(single(30000), empty), calc_error::notAvailable));
}

TEST_F(SpecExamples, ShareOfSingleEmptyCellIsDivisionByZero) {
    // =SHARE(30000; Z99): Calc passes a single empty cell as 1x1 holding 0
    EXPECT_TRUE(isError(addIn_->share(single(30000), single(0)), calc_error::divisionByZero));
}

TEST_F(SpecExamples, WalletWithMargin) {
    // =WALLET(5000000; 0.08; 0.25)
    EXPECT_TRUE(
        isNumber(addIn_->wallet(single(5000000), number(0.08), number(0.25), leftOut()), 300000));
}

TEST_F(SpecExamples, WalletWithMarkup) {
    // =WALLET(5000000; 0.08; 0.25; TRUE()): TRUE() arrives as the double 1
    EXPECT_TRUE(
        isNumber(addIn_->wallet(single(5000000), number(0.08), number(0.25), number(1)), 320000));
}

TEST_F(SpecExamples, ShareOfWallet) {
    // =SHARE(30000; WALLET(5000000; 0.08; 0.25)): the nested result arrives as 1x1
    double purchases = 0.0;
    ASSERT_TRUE(addIn_->wallet(single(5000000), number(0.08), number(0.25), leftOut()) >>=
                purchases);
    EXPECT_TRUE(isNumber(addIn_->share(single(30000), single(purchases)), 0.1));
}

TEST_F(SpecExamples, LoyaltyTiersOfTheDefaultThresholds) {
    EXPECT_TRUE(isNumber(addIn_->loyaltyTier(0.006, leftOut(), leftOut()), 0));
    EXPECT_TRUE(isNumber(addIn_->loyaltyTier(0.01, leftOut(), leftOut()), 1));
    EXPECT_TRUE(isNumber(addIn_->loyaltyTier(0.3 - 0.2, leftOut(), leftOut()), 3));
    EXPECT_TRUE(isNumber(addIn_->loyaltyTier(0.5, leftOut(), leftOut()), 4));
}

TEST_F(SpecExamples, LoyaltyTierAboveOneIsInvalid) {
    // =LOYALTYTIER(1.2)
    EXPECT_TRUE(
        isError(addIn_->loyaltyTier(1.2, leftOut(), leftOut()), calc_error::invalidArgument));
}

TEST_F(SpecExamples, LoyaltyTierOfOwnThresholds) {
    // =LOYALTYTIER(0.03; {0.02; 0.1})
    EXPECT_TRUE(isNumber(addIn_->loyaltyTier(0.03, asAny(row({0.02, 0.1})), leftOut()), 1));
}

TEST_F(SpecExamples, LoyaltyTierLabel) {
    // =LOYALTYTIER(0.03; {0.02; 0.1}; {"C"; "B"; "A"})
    const CalcRange labels = grid({{text("C"), text("B"), text("A")}});
    EXPECT_TRUE(isText(addIn_->loyaltyTier(0.03, asAny(row({0.02, 0.1})), asAny(labels)), "B"));
}

TEST_F(SpecExamples, TierNamesInEnglishByDefault) {
    // No office configuration tells the interface language: English.
    EXPECT_TRUE(isText(addIn_->tierName(0, leftOut()), "Indifference"));
    EXPECT_TRUE(isText(addIn_->tierName(1, leftOut()), "Top-up supplier"));
    EXPECT_TRUE(isText(addIn_->tierName(2, leftOut()), "Target zone"));
    EXPECT_TRUE(isText(addIn_->tierName(3, leftOut()), "Main supplier club"));
    EXPECT_TRUE(isText(addIn_->tierName(4, leftOut()), "Primary supplier"));
}

TEST_F(SpecExamples, TierNamesInRussian) {
    EXPECT_TRUE(isText(addIn_->tierName(0, text("ru")), "Безразличие"));
    EXPECT_TRUE(isText(addIn_->tierName(1, text("ru")), "Добор"));
    EXPECT_TRUE(isText(addIn_->tierName(2, text("ru")), "Целевая зона"));
    EXPECT_TRUE(isText(addIn_->tierName(3, text("ru")), "Клуб основных поставщиков"));
    EXPECT_TRUE(isText(addIn_->tierName(4, text("ru")), "Основной поставщик"));
}

TEST_F(SpecExamples, TierNameInEnglishWhenAsked) {
    EXPECT_TRUE(isText(addIn_->tierName(3, text("en")), "Main supplier club"));
}

class TurnoverEstimateExamples : public AddInCall {
protected:
    // {6;400;35} and {900000;12000;150000}: pair estimates 5400000, 4800000, 5250000
    const CalcRange drivers_ = row({6, 400, 35});
    const CalcRange rates_ = row({900000, 12000, 150000});
};

TEST_F(TurnoverEstimateExamples, MedianByDefault) {
    EXPECT_TRUE(
        isNumber(addIn_->turnoverEstimate(drivers_, rates_, leftOut(), leftOut()), 5250000));
}

TEST_F(TurnoverEstimateExamples, MeanWithFigureLeftEmpty) {
    // =TURNOVER_ESTIMATE(...; ; 1)
    EXPECT_TRUE(
        isNumber(addIn_->turnoverEstimate(drivers_, rates_, leftOut(), number(1)), 5150000));
}

TEST_F(TurnoverEstimateExamples, MaximumAndMinimum) {
    EXPECT_TRUE(
        isNumber(addIn_->turnoverEstimate(drivers_, rates_, leftOut(), number(2)), 5400000));
    EXPECT_TRUE(
        isNumber(addIn_->turnoverEstimate(drivers_, rates_, leftOut(), number(3)), 4800000));
}

TEST_F(TurnoverEstimateExamples, ManagerFigureBelowTheEstimate) {
    EXPECT_TRUE(
        isNumber(addIn_->turnoverEstimate(drivers_, rates_, number(2000000), leftOut()), 5250000));
}

TEST_F(TurnoverEstimateExamples, ManagerFigureIsAFloor) {
    EXPECT_TRUE(
        isNumber(addIn_->turnoverEstimate(drivers_, rates_, number(6000000), leftOut()), 6000000));
}

TEST_F(SpecExamples, TurnoverCheck) {
    EXPECT_TRUE(isNumber(addIn_->turnoverCheck(2000000, 5250000, leftOut()), -1));
    EXPECT_TRUE(isNumber(addIn_->turnoverCheck(5000000, 5250000, leftOut()), 0));
    EXPECT_TRUE(isNumber(addIn_->turnoverCheck(8000000, 5250000, leftOut()), 1));
}

TEST_F(SpecExamples, TargetShipmentWithoutRamp) {
    const Any none = leftOut();
    EXPECT_TRUE(
        isNumber(addIn_->targetShipment(5000000, 0.05, none, none, none, none, none), 250000));
    EXPECT_TRUE(
        isNumber(addIn_->targetShipment(5000000, 0.1, none, none, none, none, none), 500000));
}

TEST_F(SpecExamples, TargetShipmentLinearRamp) {
    const Any none = leftOut();
    const auto month = [&](double k) {
        return addIn_->targetShipment(5000000, 0.05, number(30000), number(12), number(k), none,
                                      none);
    };
    EXPECT_TRUE(isNumber(month(6), 140000));
    EXPECT_TRUE(isNumber(month(12), 250000));
    // After the last period the plan holds the target.
    EXPECT_TRUE(isNumber(month(13), 250000));
}

TEST_F(SpecExamples, TargetShipmentGeometricRamp) {
    // =TARGET_SHIPMENT(5000000; 0.05; 30000; 12; 6; ; 1): s0 x (target / s0)^(1/2)
    const double expected = 5000000 * 0.006 * std::sqrt(0.05 / 0.006);
    EXPECT_TRUE(isNumber(addIn_->targetShipment(5000000, 0.05, number(30000), number(12), number(6),
                                                leftOut(), number(1)),
                         expected));
    EXPECT_TRUE(isNumber(addIn_->targetShipment(5000000, 0.05, number(30000), number(12), number(6),
                                                leftOut(), number(1)),
                         86602.540378, 1e-10));
}

TEST_F(SpecExamples, TargetShipmentWithGrowth) {
    // =TARGET_SHIPMENT(5000000; 0.05; 30000; 12; 12; 0.01)
    EXPECT_TRUE(isNumber(addIn_->targetShipment(5000000, 0.05, number(30000), number(12),
                                                number(12), number(0.01), leftOut()),
                         250000 * std::pow(1.01, 12)));
}

TEST_F(SpecExamples, TargetShipmentNeverAsksForADecline) {
    // =TARGET_SHIPMENT(5000000; 0.05; 400000; 12; 6)
    EXPECT_TRUE(isNumber(addIn_->targetShipment(5000000, 0.05, number(400000), number(12),
                                                number(6), leftOut(), leftOut()),
                         400000));
}

TEST_F(SpecExamples, RankShare) {
    EXPECT_TRUE(isNumber(addIn_->rankShare(1, 3), 0.5));
    EXPECT_TRUE(isNumber(addIn_->rankShare(3, 10), (1.0 - 3.0 / 11.0) * 2.0 / 10.0));
    EXPECT_TRUE(isNumber(addIn_->rankShare(1, 1), 1));
}

} // namespace
} // namespace walletshare::addin_test
