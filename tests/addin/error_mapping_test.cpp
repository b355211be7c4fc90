// Every error the contract names for a function, as the quiet NaN carrying
// Calc's error code that the add-in returns: Err:502 (invalid argument),
// #DIV/0!, #N/A and #VALUE! (text where a number is expected, or a range where
// one value is expected), for each function that can give it.
#include <bit>
#include <cstdint>
#include <limits>

#include "addin_calls.hpp"

namespace walletshare::addin_test {
namespace {

// The bits of a double answer.
std::uint64_t bitsOf(const Any& answer) {
    double value = 0.0;
    EXPECT_EQ(answer.getValueTypeClass(), css::uno::TypeClass_DOUBLE) << describe(answer);
    answer >>= value;
    return std::bit_cast<std::uint64_t>(value);
}

// The pattern that Calc reads as an error (shared/PLATFORM.md): a quiet NaN
// whose low bits are the code.
constexpr std::uint64_t errorBits(std::uint32_t code) {
    return 0x7FF8000000000000ULL | code;
}

class ErrorEncoding : public AddInCall {};

TEST_F(ErrorEncoding, InvalidArgumentIsErr502) {
    EXPECT_EQ(bitsOf(addIn_->rankShare(0, 3)), errorBits(502));
}

TEST_F(ErrorEncoding, DivisionByZeroIsCode532) {
    EXPECT_EQ(bitsOf(addIn_->share(single(1), single(0))), errorBits(532));
}

TEST_F(ErrorEncoding, NotAvailableIsCode32767) {
    EXPECT_EQ(bitsOf(addIn_->share(single(1), grid({{emptyCell(), emptyCell()}}))),
              errorBits(32767));
}

TEST_F(ErrorEncoding, WrongTypeIsValueError519) {
    EXPECT_EQ(bitsOf(addIn_->turnoverCheck(1, 1, text("abc"))), errorBits(519));
}

TEST_F(ErrorEncoding, ErrorsAreNeitherInfinitiesNorPlainNaN) {
    // Calc shows an infinity or a NaN without a code as #NUM!.
    for (const Any& answer : {addIn_->rankShare(0, 3), addIn_->share(single(1), single(0)),
                              addIn_->share(single(1), grid({{emptyCell()}, {emptyCell()}})),
                              addIn_->turnoverCheck(1, 1, text("abc"))}) {
        const std::uint64_t bits = bitsOf(answer);
        EXPECT_EQ(bits & 0xFFF8000000000000ULL, 0x7FF8000000000000ULL) << describe(answer);
        EXPECT_NE(bits & 0xFFFFULL, 0U) << describe(answer);
    }
}

// The decoding that the tests rely on tells errors from numbers.
TEST(AnswerDecoding, OnlyACodedNaNIsAnError) {
    EXPECT_EQ(calcErrorOf(number(502)), 0U);
    EXPECT_EQ(calcErrorOf(number(std::numeric_limits<double>::infinity())), 0U);
    EXPECT_EQ(calcErrorOf(text("Err:502")), 0U);
    EXPECT_EQ(calcErrorOf(leftOut()), 0U);
    EXPECT_EQ(calcErrorOf(number(std::bit_cast<double>(errorBits(532)))), 532U);
    EXPECT_FALSE(isError(number(502), calc_error::invalidArgument));
    EXPECT_FALSE(isError(number(std::bit_cast<double>(errorBits(532))), calc_error::notAvailable));
    EXPECT_FALSE(isNumber(number(std::bit_cast<double>(errorBits(502))), 502));
    EXPECT_FALSE(isNumber(number(0.0061), 0.006));
    EXPECT_FALSE(isText(number(1), "1"));
}

class ShareErrors : public AddInCall {};

TEST_F(ShareErrors, TurnoverSummingToZeroIsDivisionByZero) {
    // A positive and a zero cell, and two cells that cancel out.
    EXPECT_TRUE(isError(addIn_->share(single(10), row({0, 0})), calc_error::divisionByZero));
    EXPECT_TRUE(isError(addIn_->share(single(10), grid({{number(0), emptyCell(), text("x")}})),
                        calc_error::divisionByZero));
}

TEST_F(ShareErrors, NegativeTurnoverCellIsInvalid) {
    EXPECT_TRUE(isError(addIn_->share(single(10), row({100, -1})), calc_error::invalidArgument));
}

TEST_F(ShareErrors, TurnoverOfTextOnlyIsNotAvailable) {
    EXPECT_TRUE(
        isError(addIn_->share(single(10), grid({{text("n/a")}})), calc_error::notAvailable));
}

class WalletErrors : public AddInCall {};

TEST_F(WalletErrors, CategoryShareOutsideZeroToOneIsInvalid) {
    EXPECT_TRUE(isError(addIn_->wallet(single(5000000), number(0), leftOut(), leftOut()),
                        calc_error::invalidArgument));
    EXPECT_TRUE(isError(addIn_->wallet(single(5000000), number(1.01), leftOut(), leftOut()),
                        calc_error::invalidArgument));
    EXPECT_TRUE(
        isNumber(addIn_->wallet(single(5000000), number(1), leftOut(), leftOut()), 5000000));
}

TEST_F(WalletErrors, MarginOutsideZeroToOneIsInvalid) {
    EXPECT_TRUE(isError(addIn_->wallet(single(5000000), leftOut(), number(1), leftOut()),
                        calc_error::invalidArgument));
    EXPECT_TRUE(isError(addIn_->wallet(single(5000000), leftOut(), number(-0.1), leftOut()),
                        calc_error::invalidArgument));
}

TEST_F(WalletErrors, NegativeMarkupIsInvalidButAMarkupAboveOneIsNot) {
    EXPECT_TRUE(isError(addIn_->wallet(single(5000000), leftOut(), number(-0.1), number(1)),
                        calc_error::invalidArgument));
    EXPECT_TRUE(
        isNumber(addIn_->wallet(single(5000000), leftOut(), number(1.5), number(1)), 2000000));
}

TEST_F(WalletErrors, NegativeTurnoverIsInvalid) {
    EXPECT_TRUE(isError(addIn_->wallet(row({5000000, -1}), leftOut(), leftOut(), leftOut()),
                        calc_error::invalidArgument));
}

TEST_F(WalletErrors, TurnoverWithoutNumbersIsNotAvailable) {
    EXPECT_TRUE(isError(addIn_->wallet(grid({{text("abc")}}), leftOut(), leftOut(), leftOut()),
                        calc_error::notAvailable));
}

TEST_F(WalletErrors, TextThatIsNotANumberIsValueError) {
    EXPECT_TRUE(isError(addIn_->wallet(single(5000000), text("abc"), leftOut(), leftOut()),
                        calc_error::noValue));
    EXPECT_TRUE(isError(addIn_->wallet(single(5000000), leftOut(), text("abc"), leftOut()),
                        calc_error::noValue));
    EXPECT_TRUE(isError(addIn_->wallet(single(5000000), leftOut(), leftOut(), text("yes")),
                        calc_error::noValue));
}

TEST_F(WalletErrors, RangeWhereOneNumberIsExpectedIsValueError) {
    EXPECT_TRUE(
        isError(addIn_->wallet(single(5000000), asAny(row({0.08, 0.1})), leftOut(), leftOut()),
                calc_error::noValue));
}

class LoyaltyTierErrors : public AddInCall {};

TEST_F(LoyaltyTierErrors, ThresholdsNotStrictlyAscendingAreInvalid) {
    EXPECT_TRUE(isError(addIn_->loyaltyTier(0.03, asAny(row({0.1, 0.02})), leftOut()),
                        calc_error::invalidArgument));
    EXPECT_TRUE(isError(addIn_->loyaltyTier(0.03, asAny(row({0.02, 0.02})), leftOut()),
                        calc_error::invalidArgument));
}

TEST_F(LoyaltyTierErrors, ThresholdsOutsideZeroToOneAreInvalid) {
    EXPECT_TRUE(isError(addIn_->loyaltyTier(0.03, asAny(row({-0.1, 0.1})), leftOut()),
                        calc_error::invalidArgument));
    EXPECT_TRUE(isError(addIn_->loyaltyTier(0.03, asAny(row({0.1, 1.5})), leftOut()),
                        calc_error::invalidArgument));
}

TEST_F(LoyaltyTierErrors, LabelsOfTheWrongCountAreInvalid) {
    const Any thresholds = asAny(row({0.02, 0.1}));
    EXPECT_TRUE(
        isError(addIn_->loyaltyTier(0.03, thresholds, asAny(grid({{text("C"), text("B")}}))),
                calc_error::invalidArgument));
    EXPECT_TRUE(
        isError(addIn_->loyaltyTier(0.03, thresholds,
                                    asAny(grid({{text("D"), text("C"), text("B"), text("A")}}))),
                calc_error::invalidArgument));
    // The default thresholds make five tiers.
    EXPECT_TRUE(isError(addIn_->loyaltyTier(0.03, leftOut(), asAny(grid({{text("C"), text("B")}}))),
                        calc_error::invalidArgument));
}

TEST_F(LoyaltyTierErrors, EmptyLabelsRangeIsTheWrongCount) {
    // =LOYALTYTIER(0.07;;Z1:Z5)
    const CalcRange empty =
        grid({{emptyCell()}, {emptyCell()}, {emptyCell()}, {emptyCell()}, {emptyCell()}});
    EXPECT_TRUE(
        isError(addIn_->loyaltyTier(0.07, leftOut(), asAny(empty)), calc_error::invalidArgument));
}

TEST_F(LoyaltyTierErrors, ShareAboveOneIsInvalidWithOwnThresholdsToo) {
    EXPECT_TRUE(isError(addIn_->loyaltyTier(1.5, asAny(row({0.02, 0.1})), leftOut()),
                        calc_error::invalidArgument));
}

TEST_F(LoyaltyTierErrors, ThresholdsWithoutNumbersAreNotAvailable) {
    // =LOYALTYTIER(0.03;"abc") and an empty range as thresholds
    EXPECT_TRUE(
        isError(addIn_->loyaltyTier(0.03, text("abc"), leftOut()), calc_error::notAvailable));
    EXPECT_TRUE(
        isError(addIn_->loyaltyTier(0.03, asAny(grid({{emptyCell(), emptyCell()}})), leftOut()),
                calc_error::notAvailable));
}

class TierNameErrors : public AddInCall {};

TEST_F(TierNameErrors, TierOutsideZeroToFourIsInvalid) {
    EXPECT_TRUE(isError(addIn_->tierName(-1, leftOut()), calc_error::invalidArgument));
    EXPECT_TRUE(isError(addIn_->tierName(5, leftOut()), calc_error::invalidArgument));
    EXPECT_TRUE(isError(addIn_->tierName(5, text("ru")), calc_error::invalidArgument));
}

TEST_F(TierNameErrors, FractionalTierIsInvalid) {
    EXPECT_TRUE(isError(addIn_->tierName(2.5, leftOut()), calc_error::invalidArgument));
}

TEST_F(TierNameErrors, UnknownLanguageIsInvalid) {
    for (const char* code : {"de", "", "english", "1"}) {
        EXPECT_TRUE(isError(addIn_->tierName(1, text(code)), calc_error::invalidArgument))
            << "language \"" << code << "\"";
    }
}

TEST_F(TierNameErrors, NumberAsLanguageIsInvalid) {
    // TRUE() and a single empty cell both arrive as numbers.
    EXPECT_TRUE(isError(addIn_->tierName(1, number(1)), calc_error::invalidArgument));
    EXPECT_TRUE(isError(addIn_->tierName(1, number(0)), calc_error::invalidArgument));
}

TEST_F(TierNameErrors, RangeOfSeveralCellsAsLanguageIsValueError) {
    EXPECT_TRUE(isError(addIn_->tierName(1, asAny(grid({{text("ru")}, {text("en")}}))),
                        calc_error::noValue));
}

class TurnoverEstimateErrors : public AddInCall {};

TEST_F(TurnoverEstimateErrors, RangesOfDifferentSizesAreInvalid) {
    EXPECT_TRUE(isError(
        addIn_->turnoverEstimate(row({6, 400, 35}), row({900000, 12000}), leftOut(), leftOut()),
        calc_error::invalidArgument));
}

TEST_F(TurnoverEstimateErrors, NegativeDriverOrRateIsInvalid) {
    EXPECT_TRUE(isError(
        addIn_->turnoverEstimate(row({6, -400}), row({900000, 12000}), leftOut(), leftOut()),
        calc_error::invalidArgument));
    EXPECT_TRUE(isError(
        addIn_->turnoverEstimate(row({6, 400}), row({900000, -12000}), leftOut(), leftOut()),
        calc_error::invalidArgument));
}

TEST_F(TurnoverEstimateErrors, UnknownMethodIsInvalid) {
    EXPECT_TRUE(isError(addIn_->turnoverEstimate(single(6), single(900000), leftOut(), number(4)),
                        calc_error::invalidArgument));
    EXPECT_TRUE(isError(addIn_->turnoverEstimate(single(6), single(900000), leftOut(), number(0.5)),
                        calc_error::invalidArgument));
}

TEST_F(TurnoverEstimateErrors, NoUsablePairIsNotAvailable) {
    const CalcRange drivers = grid({{number(6), emptyCell(), text("x")}});
    const CalcRange rates = grid({{emptyCell(), number(12000), number(150000)}});
    EXPECT_TRUE(isError(addIn_->turnoverEstimate(drivers, rates, leftOut(), leftOut()),
                        calc_error::notAvailable));
}

TEST_F(TurnoverEstimateErrors, TextOrRangeWhereOneNumberIsExpectedIsValueError) {
    EXPECT_TRUE(isError(addIn_->turnoverEstimate(single(6), single(900000), text("abc"), leftOut()),
                        calc_error::noValue));
    EXPECT_TRUE(
        isError(addIn_->turnoverEstimate(single(6), single(900000), leftOut(), asAny(row({1, 2}))),
                calc_error::noValue));
}

class TurnoverCheckErrors : public AddInCall {};

TEST_F(TurnoverCheckErrors, EstimateNotAboveZeroIsInvalid) {
    EXPECT_TRUE(isError(addIn_->turnoverCheck(2000000, 0, leftOut()), calc_error::invalidArgument));
    EXPECT_TRUE(
        isError(addIn_->turnoverCheck(2000000, -1, leftOut()), calc_error::invalidArgument));
}

TEST_F(TurnoverCheckErrors, ToleranceOutsideZeroToOneIsInvalid) {
    EXPECT_TRUE(
        isError(addIn_->turnoverCheck(2000000, 5250000, number(1)), calc_error::invalidArgument));
    EXPECT_TRUE(isError(addIn_->turnoverCheck(2000000, 5250000, number(-0.1)),
                        calc_error::invalidArgument));
}

TEST_F(TurnoverCheckErrors, NegativeManagerFigureIsInvalid) {
    EXPECT_TRUE(
        isError(addIn_->turnoverCheck(-1, 5250000, leftOut()), calc_error::invalidArgument));
}

TEST_F(TurnoverCheckErrors, TextOrRangeAsToleranceIsValueError) {
    EXPECT_TRUE(isError(addIn_->turnoverCheck(2000000, 5250000, text("abc")), calc_error::noValue));
    EXPECT_TRUE(isError(addIn_->turnoverCheck(4000000, 5250000, asAny(column({0.1, 0.2}))),
                        calc_error::noValue));
}

class TargetShipmentErrors : public AddInCall {
protected:
    // TARGET_SHIPMENT(5000000; target; current; periods; period; growth; ramp)
    Any plan(double target, const Any& current, const Any& periods, const Any& period,
             const Any& growth = {}, const Any& ramp = {}) {
        return addIn_->targetShipment(5000000, target, current, periods, period, growth, ramp);
    }
};

TEST_F(TargetShipmentErrors, TargetShareOutsideZeroToOneIsInvalid) {
    EXPECT_TRUE(isError(plan(1.5, leftOut(), leftOut(), leftOut()), calc_error::invalidArgument));
    EXPECT_TRUE(isError(plan(-0.01, leftOut(), leftOut(), leftOut()), calc_error::invalidArgument));
}

TEST_F(TargetShipmentErrors, NegativeTurnoverOrShipmentsAreInvalid) {
    EXPECT_TRUE(isError(
        addIn_->targetShipment(-1, 0.05, leftOut(), leftOut(), leftOut(), leftOut(), leftOut()),
        calc_error::invalidArgument));
    EXPECT_TRUE(
        isError(plan(0.05, number(-1), number(12), number(6)), calc_error::invalidArgument));
}

TEST_F(TargetShipmentErrors, RampOverZeroTurnoverIsDivisionByZero) {
    // Today's share s0 = current_shipments / turnover.
    EXPECT_TRUE(isError(
        addIn_->targetShipment(0, 0.05, number(30000), number(12), number(6), leftOut(), leftOut()),
        calc_error::divisionByZero));
    // Without a ramp there is no division: 0 x target_share.
    EXPECT_TRUE(isNumber(
        addIn_->targetShipment(0, 0.05, leftOut(), leftOut(), leftOut(), leftOut(), leftOut()), 0));
}

TEST_F(TargetShipmentErrors, GrowthAtOrBelowMinusOneIsInvalid) {
    EXPECT_TRUE(isError(plan(0.05, number(30000), number(12), number(6), number(-1)),
                        calc_error::invalidArgument));
}

TEST_F(TargetShipmentErrors, PeriodsNotAWholeNumberOfAtLeastOneAreInvalid) {
    EXPECT_TRUE(
        isError(plan(0.05, number(30000), number(0), number(0)), calc_error::invalidArgument));
    EXPECT_TRUE(
        isError(plan(0.05, number(30000), number(1.5), number(1)), calc_error::invalidArgument));
}

TEST_F(TargetShipmentErrors, PeriodNotAWholeNumberOfAtLeastZeroIsInvalid) {
    EXPECT_TRUE(
        isError(plan(0.05, number(30000), number(12), number(-1)), calc_error::invalidArgument));
    EXPECT_TRUE(
        isError(plan(0.05, number(30000), number(12), number(6.5)), calc_error::invalidArgument));
}

TEST_F(TargetShipmentErrors, OnlySomeOfTheRampArgumentsAreInvalid) {
    EXPECT_TRUE(
        isError(plan(0.05, number(30000), number(12), leftOut()), calc_error::invalidArgument));
    EXPECT_TRUE(
        isError(plan(0.05, number(30000), leftOut(), leftOut()), calc_error::invalidArgument));
    EXPECT_TRUE(isError(plan(0.05, leftOut(), number(12), number(6)), calc_error::invalidArgument));
}

TEST_F(TargetShipmentErrors, GeometricRampFromNothingIsInvalid) {
    EXPECT_TRUE(isError(plan(0.05, number(0), number(12), number(6), leftOut(), number(1)),
                        calc_error::invalidArgument));
}

TEST_F(TargetShipmentErrors, UnknownRampIsInvalid) {
    EXPECT_TRUE(isError(plan(0.05, number(30000), number(12), number(6), leftOut(), number(2)),
                        calc_error::invalidArgument));
}

TEST_F(TargetShipmentErrors, TextOrRangeWhereOneNumberIsExpectedIsValueError) {
    EXPECT_TRUE(isError(plan(0.05, text("abc"), number(12), number(6)), calc_error::noValue));
    EXPECT_TRUE(isError(plan(0.05, number(30000), number(12), text("six")), calc_error::noValue));
    EXPECT_TRUE(
        isError(plan(0.05, asAny(row({30000, 1})), number(12), number(6)), calc_error::noValue));
}

class RankShareErrors : public AddInCall {};

TEST_F(RankShareErrors, SuppliersNotAWholeNumberOfAtLeastOneAreInvalid) {
    EXPECT_TRUE(isError(addIn_->rankShare(1, 0), calc_error::invalidArgument));
    EXPECT_TRUE(isError(addIn_->rankShare(1, 2.5), calc_error::invalidArgument));
}

TEST_F(RankShareErrors, RankOutsideOneToSuppliersIsInvalid) {
    EXPECT_TRUE(isError(addIn_->rankShare(0.5, 3), calc_error::invalidArgument));
    EXPECT_TRUE(isError(addIn_->rankShare(4, 3), calc_error::invalidArgument));
}

} // namespace
} // namespace walletshare::addin_test
