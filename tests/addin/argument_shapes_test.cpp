// The shapes in which Calc hands arguments to the add-in (shared/PLATFORM.md,
// "What an any argument receives"): a single value of a range argument as
// 1x1, a range as rows x columns with empty cells as empty strings and text
// cells as strings, an optional argument left out as void, a number or
// TRUE() as a double, a text as a string, and a range where one value is
// expected. The answers are the contract's and the project's decisions
// (docs/DECISIONS.md, docs/bad-input-matrix.md).
#include <cmath>

#include "addin_calls.hpp"

namespace walletshare::addin_test {
namespace {

class RangeArgument : public AddInCall {};

TEST_F(RangeArgument, ColumnIsSummedAsARowIs) {
    EXPECT_TRUE(isNumber(addIn_->share(column({10000, 20000}), single(600000)), 0.05));
}

TEST_F(RangeArgument, SeveralRowsAreSummed) {
    // =SHARE({10;20|30;40};1000)
    const CalcRange block = grid({{number(10), number(20)}, {number(30), number(40)}});
    EXPECT_TRUE(isNumber(addIn_->share(block, single(1000)), 0.1));
}

TEST_F(RangeArgument, EmptyCellsInsideARangeAreSkipped) {
    const CalcRange withGap = grid({{number(10)}, {emptyCell()}, {number(20)}});
    EXPECT_TRUE(isNumber(addIn_->share(withGap, single(300)), 0.1));
}

TEST_F(RangeArgument, TextCellsInsideARangeAreSkipped) {
    // =SHARE({"a";10};{100;"b"})
    EXPECT_TRUE(isNumber(
        addIn_->share(grid({{text("a"), number(10)}}), grid({{number(100), text("b")}})), 0.1));
}

TEST_F(RangeArgument, NumericTextInsideARangeIsSkippedAsSumSkipsIt) {
    EXPECT_TRUE(isNumber(addIn_->share(grid({{number(10)}, {text("1000")}}), single(100)), 0.1));
    EXPECT_TRUE(
        isError(addIn_->share(single(30000), grid({{text("5000000")}})), calc_error::notAvailable));
}

TEST_F(RangeArgument, TypedTextAsShipmentsIsNoShipments) {
    // =SHARE("abc";5) and =SHARE("30000";5000000): 1x1 holding a string
    EXPECT_TRUE(isNumber(addIn_->share(grid({{text("abc")}}), single(5)), 0));
    EXPECT_TRUE(isNumber(addIn_->share(grid({{text("30000")}}), single(5000000)), 0));
}

TEST_F(RangeArgument, EmptyShipmentsRangeIsZero) {
    const CalcRange empty = grid({{emptyCell(), emptyCell(), emptyCell()}});
    EXPECT_TRUE(isNumber(addIn_->share(empty, single(100)), 0));
}

TEST_F(RangeArgument, RangesOfDifferentSizesAreSummedEachOnItsOwn) {
    // =SHARE({1;2;3};{10;20})
    EXPECT_TRUE(isNumber(addIn_->share(row({1, 2, 3}), row({10, 20})), 0.2));
}

TEST_F(RangeArgument, RangeWithoutCellsIsNoNumericData) {
    EXPECT_TRUE(isError(addIn_->share(single(1), CalcRange()), calc_error::notAvailable));
    EXPECT_TRUE(isError(addIn_->share(single(1), CalcRange(3)), calc_error::notAvailable));
}

TEST_F(RangeArgument, NetReturnsAndShareAboveOneAreReturnedAsIs) {
    EXPECT_TRUE(isNumber(addIn_->share(single(-30000), single(5000000)), -0.006));
    EXPECT_TRUE(isNumber(addIn_->share(single(6), single(5)), 1.2));
}

TEST_F(RangeArgument, WalletTurnoverRangeWithGaps) {
    const CalcRange turnover = grid({{number(3000000), emptyCell(), text("n/a"), number(2000000)}});
    EXPECT_TRUE(isNumber(addIn_->wallet(turnover, number(0.08), number(0.25), leftOut()), 300000));
}

TEST_F(RangeArgument, TurnoverEstimateSkipsPairsWithAGapOnEitherSide) {
    const CalcRange drivers = grid({{number(6), emptyCell(), number(35)}});
    const CalcRange rates = grid({{number(900000), number(12000), text("n/a")}});
    EXPECT_TRUE(isNumber(addIn_->turnoverEstimate(drivers, rates, leftOut(), leftOut()), 5400000));
}

TEST_F(RangeArgument, TurnoverEstimateOverColumns) {
    EXPECT_TRUE(
        isNumber(addIn_->turnoverEstimate(column({6, 400, 35}), column({900000, 12000, 150000}),
                                          leftOut(), leftOut()),
                 5250000));
}

TEST_F(RangeArgument, TurnoverEstimateWithoutPairsFallsBackOnTheManagerFigure) {
    const CalcRange empty = grid({{emptyCell(), emptyCell()}});
    EXPECT_TRUE(
        isNumber(addIn_->turnoverEstimate(empty, empty, number(2000000), leftOut()), 2000000));
}

class OptionalRangeArgument : public AddInCall {};

TEST_F(OptionalRangeArgument, ThresholdsAsAColumn) {
    EXPECT_TRUE(isNumber(addIn_->loyaltyTier(0.03, asAny(column({0.02, 0.1})), leftOut()), 1));
}

TEST_F(OptionalRangeArgument, ThresholdFromOneNumberCell) {
    // A reference to one number cell arrives as a double, not as 1x1.
    EXPECT_TRUE(isNumber(addIn_->loyaltyTier(0.03, number(0.02), leftOut()), 1));
    EXPECT_TRUE(isNumber(addIn_->loyaltyTier(0.01, number(0.02), leftOut()), 0));
}

TEST_F(OptionalRangeArgument, ThresholdAsAOneByOneArray) {
    EXPECT_TRUE(isNumber(addIn_->loyaltyTier(0.03, asAny(single(0.02)), leftOut()), 1));
}

TEST_F(OptionalRangeArgument, GapsAmongTheThresholdsAreSkipped) {
    const CalcRange thresholds = grid({{number(0.02)}, {emptyCell()}, {text("x")}, {number(0.1)}});
    EXPECT_TRUE(isNumber(addIn_->loyaltyTier(0.03, asAny(thresholds), leftOut()), 1));
    EXPECT_TRUE(isNumber(addIn_->loyaltyTier(0.2, asAny(thresholds), leftOut()), 2));
}

TEST_F(OptionalRangeArgument, SingleEmptyCellIsAThresholdAtZero) {
    // =LOYALTYTIER(0.07;Z99): Calc passes the double 0
    EXPECT_TRUE(isNumber(addIn_->loyaltyTier(0.07, number(0), leftOut()), 1));
}

TEST_F(OptionalRangeArgument, TrueAsTheOneThresholdIsOne) {
    // =LOYALTYTIER(0.5;TRUE())
    EXPECT_TRUE(isNumber(addIn_->loyaltyTier(0.5, number(1), leftOut()), 0));
}

TEST_F(OptionalRangeArgument, NumericTextAsAThresholdIsNoThreshold) {
    // =LOYALTYTIER(0.03;"0.02")
    EXPECT_TRUE(
        isError(addIn_->loyaltyTier(0.03, text("0.02"), leftOut()), calc_error::notAvailable));
}

TEST_F(OptionalRangeArgument, LabelsAsAColumn) {
    const CalcRange labels = grid({{text("C")}, {text("B")}, {text("A")}});
    EXPECT_TRUE(isText(addIn_->loyaltyTier(0.2, asAny(row({0.02, 0.1})), asAny(labels)), "A"));
    EXPECT_TRUE(isText(addIn_->loyaltyTier(0.0, asAny(row({0.02, 0.1})), asAny(labels)), "C"));
}

TEST_F(OptionalRangeArgument, EmptyCellsAmongTheLabelsAreSkipped) {
    // D1:D4 holding C, (empty), B, A
    const CalcRange labels = grid({{text("C")}, {emptyCell()}, {text("B")}, {text("A")}});
    EXPECT_TRUE(isText(addIn_->loyaltyTier(0.03, asAny(row({0.02, 0.1})), asAny(labels)), "B"));
}

TEST_F(OptionalRangeArgument, NumberLabelsAreReturnedAsNumbers) {
    EXPECT_TRUE(
        isNumber(addIn_->loyaltyTier(0.03, asAny(row({0.02, 0.1})), asAny(row({10, 20, 30}))), 20));
}

TEST_F(OptionalRangeArgument, NumericTextLabelsAreReturnedAsText) {
    const CalcRange labels = grid({{text("1"), text("2"), text("3")}});
    EXPECT_TRUE(isText(addIn_->loyaltyTier(0.03, asAny(row({0.02, 0.1})), asAny(labels)), "2"));
}

TEST_F(OptionalRangeArgument, FiveLabelsForTheDefaultThresholds) {
    // =LOYALTYTIER(0.07;;E:E) with five labels on top of an empty column
    const CalcRange labels = grid({{text("none")},
                                   {text("top-up")},
                                   {text("target")},
                                   {text("club")},
                                   {text("primary")},
                                   {emptyCell()},
                                   {emptyCell()}});
    EXPECT_TRUE(isText(addIn_->loyaltyTier(0.07, leftOut(), asAny(labels)), "target"));
    EXPECT_TRUE(isText(addIn_->loyaltyTier(0.5, leftOut(), asAny(labels)), "primary"));
    EXPECT_TRUE(isText(addIn_->loyaltyTier(-0.2, leftOut(), asAny(labels)), "none"));
}

class OptionalNumberArgument : public AddInCall {};

TEST_F(OptionalNumberArgument, LeftOutInTheMiddleTakesTheDefault) {
    // =WALLET(5000000;;0.25): category_share 1
    EXPECT_TRUE(
        isNumber(addIn_->wallet(single(5000000), leftOut(), number(0.25), leftOut()), 3750000));
    // =WALLET(5000000): every default
    EXPECT_TRUE(
        isNumber(addIn_->wallet(single(5000000), leftOut(), leftOut(), leftOut()), 5000000));
}

TEST_F(OptionalNumberArgument, NumericTextIsItsNumber) {
    EXPECT_TRUE(
        isNumber(addIn_->wallet(single(5000000), text("0.08"), leftOut(), leftOut()), 400000));
    EXPECT_TRUE(isNumber(addIn_->targetShipment(5000000, 0.05, number(30000), text("12"), number(6),
                                                leftOut(), leftOut()),
                         140000));
    EXPECT_TRUE(isNumber(addIn_->turnoverCheck(2000000, 5250000, text("0.7")), 0));
    EXPECT_TRUE(isNumber(addIn_->turnoverEstimate(row({6, 400, 35}), row({900000, 12000, 150000}),
                                                  leftOut(), text("1")),
                         5150000));
}

TEST_F(OptionalNumberArgument, OneByOneRangeIsItsCell) {
    // =WALLET(5000000;{0.08}) and =TARGET_SHIPMENT(5000000;0.05;{30000};12;6)
    EXPECT_TRUE(isNumber(addIn_->wallet(single(5000000), asAny(single(0.08)), leftOut(), leftOut()),
                         400000));
    EXPECT_TRUE(isNumber(addIn_->targetShipment(5000000, 0.05, asAny(single(30000)), number(12),
                                                number(6), leftOut(), leftOut()),
                         140000));
    EXPECT_TRUE(isNumber(addIn_->turnoverEstimate(row({6, 400, 35}), row({900000, 12000, 150000}),
                                                  leftOut(), asAny(single(1))),
                         5150000));
}

TEST_F(OptionalNumberArgument, OneByOneRangeOfNumericText) {
    // A text cell holding 12 given as periods, as a 1x1 range
    EXPECT_TRUE(
        isNumber(addIn_->targetShipment(5000000, 0.05, number(30000), asAny(grid({{text("12")}})),
                                        number(6), leftOut(), leftOut()),
                 140000));
}

TEST_F(OptionalNumberArgument, BooleansAreOneAndZero) {
    // A UNO boolean is taken as Calc's TRUE() and FALSE(), the doubles 1 and 0.
    EXPECT_TRUE(
        isNumber(addIn_->wallet(single(5000000), number(0.08), number(0.25), Any(true)), 320000));
    EXPECT_TRUE(
        isNumber(addIn_->wallet(single(5000000), number(0.08), number(0.25), Any(false)), 300000));
    EXPECT_TRUE(
        isNumber(addIn_->wallet(single(5000000), number(0.08), number(0.25), number(0)), 300000));
}

TEST_F(OptionalNumberArgument, AnyNonZeroNumberIsTrueForIsMarkup) {
    EXPECT_TRUE(
        isNumber(addIn_->wallet(single(5000000), number(0.08), number(0.25), number(2)), 320000));
}

TEST_F(OptionalNumberArgument, FalseAsToleranceIsZero) {
    EXPECT_TRUE(isNumber(addIn_->turnoverCheck(5250000, 5250000, Any(false)), 0));
    EXPECT_TRUE(isNumber(addIn_->turnoverCheck(5200000, 5250000, Any(false)), -1));
    EXPECT_TRUE(isNumber(addIn_->turnoverCheck(5300000, 5250000, number(0)), 1));
}

TEST_F(OptionalNumberArgument, DefaultToleranceIsThirtyPercent) {
    EXPECT_TRUE(isNumber(addIn_->turnoverCheck(3700000, 5250000, leftOut()), 0));
    EXPECT_TRUE(isNumber(addIn_->turnoverCheck(3600000, 5250000, leftOut()), -1));
    EXPECT_TRUE(isNumber(addIn_->turnoverCheck(6800000, 5250000, leftOut()), 0));
    EXPECT_TRUE(isNumber(addIn_->turnoverCheck(6900000, 5250000, leftOut()), 1));
}

TEST_F(OptionalNumberArgument, TrueAsRampIsGeometric) {
    const double geometric = 5000000 * 0.006 * std::sqrt(0.05 / 0.006);
    EXPECT_TRUE(isNumber(addIn_->targetShipment(5000000, 0.05, number(30000), number(12), number(6),
                                                leftOut(), Any(true)),
                         geometric));
}

TEST_F(OptionalNumberArgument, SingleEmptyCellIsZeroNotLeftOut) {
    // =WALLET(5000000;Z99): a category share of 0 is out of its domain
    EXPECT_TRUE(isError(addIn_->wallet(single(5000000), number(0), leftOut(), leftOut()),
                        calc_error::invalidArgument));
    // Period 0 of a ramp is today's shipments.
    EXPECT_TRUE(isNumber(addIn_->targetShipment(5000000, 0.05, number(30000), number(12), number(0),
                                                leftOut(), leftOut()),
                         30000));
}

class OptionalTextArgument : public AddInCall {};

TEST_F(OptionalTextArgument, LanguageIsReadCaseInsensitivelyByItsFirstSubtag) {
    EXPECT_TRUE(isText(addIn_->tierName(1, text("EN-us")), "Top-up supplier"));
    EXPECT_TRUE(isText(addIn_->tierName(1, text("ru-RU")), "Добор"));
}

TEST_F(OptionalTextArgument, OneByOneRangeIsItsCell) {
    // =TIERNAME(1;{"ru"})
    EXPECT_TRUE(isText(addIn_->tierName(1, asAny(grid({{text("ru")}}))), "Добор"));
}

class ScalarArgument : public AddInCall {};

TEST_F(ScalarArgument, TierFromAnotherFunctionsResult) {
    // =TIERNAME(LOYALTYTIER(0.07))
    double tier = -1;
    ASSERT_TRUE(addIn_->loyaltyTier(0.07, leftOut(), leftOut()) >>= tier);
    EXPECT_TRUE(isText(addIn_->tierName(tier, leftOut()), "Target zone"));
}

TEST_F(ScalarArgument, FractionalRankIsAllowed) {
    // Ties take the average rank: (1 - 1.5/4) x 2/3
    EXPECT_TRUE(isNumber(addIn_->rankShare(1.5, 3), (1.0 - 1.5 / 4.0) * 2.0 / 3.0));
}

TEST_F(ScalarArgument, NegativeShareIsTierZero) {
    EXPECT_TRUE(isNumber(addIn_->loyaltyTier(-0.1, leftOut(), leftOut()), 0));
    EXPECT_TRUE(isNumber(addIn_->loyaltyTier(-1e308, leftOut(), leftOut()), 0));
}

TEST_F(ScalarArgument, ShareJustBelowAThresholdWithinTolerance) {
    EXPECT_TRUE(isNumber(addIn_->loyaltyTier(0.05 - 1e-13, leftOut(), leftOut()), 2));
    EXPECT_TRUE(isNumber(addIn_->loyaltyTier(0.05 - 1e-9, leftOut(), leftOut()), 1));
}

} // namespace
} // namespace walletshare::addin_test
