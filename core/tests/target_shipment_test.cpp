#include <cmath>

#include "test_support.hpp"

#include "walletshare/functions.hpp"

namespace walletshare::test {
namespace {

// The contract's example: 30000 shipped today to a client turning over
// 5000000, aiming at 5% in twelve periods.
TargetShipmentArguments plan(double period) {
    return {.currentShipments = 30000.0, .periods = 12.0, .period = period};
}

TargetShipmentArguments geometricPlan(double period) {
    TargetShipmentArguments ramp = plan(period);
    ramp.ramp = 1.0;
    return ramp;
}

// TARGET_SHIPMENT of a turnover and a target share with the ramp arguments of
// `ramp`, so that a test reads as the formula does.
Result<double> targetShipment(double turnover, double targetShare, TargetShipmentArguments ramp) {
    ramp.turnover = turnover;
    ramp.targetShare = targetShare;
    return walletshare::targetShipment(ramp);
}

TEST(TargetShipment, ExamplesOfTheContract) {
    EXPECT_TRUE(isNumber(targetShipment(5000000.0, 0.05, {}), 250000.0));
    EXPECT_TRUE(isNumber(targetShipment(5000000.0, 0.1, {}), 500000.0));
    EXPECT_TRUE(isNumber(targetShipment(5000000.0, 0.05, plan(6.0)), 140000.0));
    EXPECT_TRUE(isNumber(targetShipment(5000000.0, 0.05, plan(12.0)), 250000.0));
    EXPECT_TRUE(isNumber(targetShipment(5000000.0, 0.05, plan(13.0)), 250000.0));
    EXPECT_TRUE(isNear(targetShipment(5000000.0, 0.05, geometricPlan(6.0)), 86602.540378, 1e-6));
    TargetShipmentArguments growing = plan(12.0);
    growing.growth = 0.01;
    EXPECT_TRUE(isNear(targetShipment(5000000.0, 0.05, growing), 281706.257533, 1e-6));
    TargetShipmentArguments ahead = plan(6.0);
    ahead.currentShipments = 400000.0;
    EXPECT_TRUE(isNumber(targetShipment(5000000.0, 0.05, ahead), 400000.0));
}

TEST(TargetShipment, GeometricHalfwayIsTheGeometricMeanOfTodayAndTarget) {
    EXPECT_TRUE(isNumber(targetShipment(5000000.0, 0.05, geometricPlan(6.0)),
                         std::sqrt(30000.0 * 250000.0)));
}

TEST(TargetShipment, StartsTheRampAtTodaysShipments) {
    EXPECT_TRUE(isNumber(targetShipment(5000000.0, 0.05, plan(0.0)), 30000.0));
    EXPECT_TRUE(isNumber(targetShipment(5000000.0, 0.05, geometricPlan(0.0)), 30000.0));
}

TEST(TargetShipment, RampsLinearlyInShare) {
    EXPECT_TRUE(isNumber(targetShipment(5000000.0, 0.05, plan(3.0)), 85000.0));
    EXPECT_TRUE(isNumber(targetShipment(5000000.0, 0.05, plan(9.0)), 195000.0));
}

TEST(TargetShipment, RampsGeometricallyInShare) {
    const double rate = std::pow(250000.0 / 30000.0, 1.0 / 12.0);
    EXPECT_TRUE(isNumber(targetShipment(5000000.0, 0.05, geometricPlan(1.0)), 30000.0 * rate));
    EXPECT_TRUE(isNumber(targetShipment(5000000.0, 0.05, geometricPlan(12.0)), 250000.0));
    EXPECT_TRUE(isNumber(targetShipment(5000000.0, 0.05, geometricPlan(20.0)), 250000.0));
}

TEST(TargetShipment, AppliesTheClientsGrowthToEveryPeriod) {
    TargetShipmentArguments ramp = plan(6.0);
    ramp.growth = 0.02;
    EXPECT_TRUE(isNumber(targetShipment(5000000.0, 0.05, ramp), 140000.0 * std::pow(1.02, 6)));
    ramp.period = 0.0;
    EXPECT_TRUE(isNumber(targetShipment(5000000.0, 0.05, ramp), 30000.0));
    ramp.period = 24.0;
    EXPECT_TRUE(isNumber(targetShipment(5000000.0, 0.05, ramp), 250000.0 * std::pow(1.02, 24)));
    ramp.growth = -0.5;
    ramp.period = 2.0;
    EXPECT_TRUE(isNumber(targetShipment(5000000.0, 0.05, ramp),
                         (0.006 + 0.044 * 2.0 / 12.0) * 5000000.0 * 0.25));
}

TEST(TargetShipment, HoldsTodaysShareWhenAlreadyAtTheTarget) {
    TargetShipmentArguments ramp = plan(6.0);
    ramp.currentShipments = 250000.0;
    EXPECT_TRUE(isNumber(targetShipment(5000000.0, 0.05, ramp), 250000.0));
    ramp.ramp = 1.0;
    ramp.growth = 0.01;
    ramp.currentShipments = 400000.0;
    EXPECT_TRUE(isNumber(targetShipment(5000000.0, 0.05, ramp), 400000.0 * std::pow(1.01, 6)));
}

TEST(TargetShipment, HoldsTodaysShareWhenWithinTheToleranceOfTheTarget) {
    TargetShipmentArguments ramp = plan(6.0);
    ramp.currentShipments = 5000000.0 * (0.05 - 5e-13);
    EXPECT_TRUE(isNumber(targetShipment(5000000.0, 0.05, ramp), 5000000.0 * (0.05 - 5e-13)));
}

TEST(TargetShipment, WithAZeroTargetAsksForNothingMoreThanToday) {
    EXPECT_TRUE(isNumber(targetShipment(5000000.0, 0.0, {}), 0.0));
    EXPECT_TRUE(isNumber(targetShipment(5000000.0, 0.0, plan(6.0)), 30000.0));
}

TEST(TargetShipment, RampsLinearlyFromNothing) {
    TargetShipmentArguments ramp = plan(6.0);
    ramp.currentShipments = 0.0;
    EXPECT_TRUE(isNumber(targetShipment(5000000.0, 0.05, ramp), 125000.0));
}

TEST(TargetShipment, RejectsAGeometricRampFromNothing) {
    TargetShipmentArguments ramp = geometricPlan(6.0);
    ramp.currentShipments = 0.0;
    EXPECT_EQ(targetShipment(5000000.0, 0.05, ramp), Error::InvalidArgument);
    ramp.period = 0.0;
    EXPECT_EQ(targetShipment(5000000.0, 0.05, ramp), Error::InvalidArgument);
    EXPECT_EQ(targetShipment(5000000.0, 0.0, ramp), Error::InvalidArgument);
}

// Today's share of 1E-300 of 1E308 underflows as a share; the plan, worked
// in amounts, does not: 5E306^(1/2) x 1E-300^(1/2) = sqrt(5) x 1000.
TEST(TargetShipment, RampsGeometricallyFromATodaysShareTooSmallForADouble) {
    TargetShipmentArguments ramp = geometricPlan(6.0);
    ramp.currentShipments = 1e-300;
    EXPECT_TRUE(isNear(targetShipment(1e308, 0.05, ramp), std::sqrt(5.0) * 1000.0,
                       1e-12 * std::sqrt(5.0) * 1000.0));
}

// A turnover of 1E-310 makes today's share of 1 overflow; the plan holds today's
// shipments, which fit.
TEST(TargetShipment, HoldsTodaysShipmentsWhenTheirShareIsTooLargeForADouble) {
    TargetShipmentArguments ramp = plan(6.0);
    ramp.currentShipments = 1.0;
    EXPECT_TRUE(isNumber(targetShipment(1e-310, 0.05, ramp), 1.0));
}

TEST(TargetShipment, OfAPlanForZeroTurnoverIsDivisionByZero) {
    EXPECT_EQ(targetShipment(0.0, 0.05, plan(6.0)), Error::DivisionByZero);
}

TEST(TargetShipment, WithoutAPlanZeroTurnoverNeedsNoShipments) {
    EXPECT_TRUE(isNumber(targetShipment(0.0, 0.05, {}), 0.0));
}

TEST(TargetShipment, ValidatesGrowthAndShapeEvenWithoutAPlan) {
    TargetShipmentArguments ramp;
    ramp.growth = 0.5;
    ramp.ramp = 1.0;
    EXPECT_TRUE(isNumber(targetShipment(5000000.0, 0.05, ramp), 250000.0));
    ramp.growth = -1.0;
    EXPECT_EQ(targetShipment(5000000.0, 0.05, ramp), Error::InvalidArgument);
    ramp.growth = 0.0;
    ramp.ramp = 2.0;
    EXPECT_EQ(targetShipment(5000000.0, 0.05, ramp), Error::InvalidArgument);
}

TEST(TargetShipment, RejectsATargetShareOutsideZeroToOne) {
    for (const double target : {-0.01, 1.01, nan, inf}) {
        EXPECT_EQ(targetShipment(5000000.0, target, {}), Error::InvalidArgument) << target;
    }
    EXPECT_TRUE(isNumber(targetShipment(5000000.0, 1.0, {}), 5000000.0));
}

TEST(TargetShipment, RejectsNegativeOrNonFiniteTurnover) {
    for (const double turnover : {-1.0, nan, inf}) {
        EXPECT_EQ(targetShipment(turnover, 0.05, {}), Error::InvalidArgument) << turnover;
        EXPECT_EQ(targetShipment(turnover, 0.05, plan(6.0)), Error::InvalidArgument) << turnover;
    }
}

TEST(TargetShipment, RejectsNegativeOrNonFiniteShipments) {
    for (const double shipments : {-1.0, nan, inf}) {
        TargetShipmentArguments ramp = plan(6.0);
        ramp.currentShipments = shipments;
        EXPECT_EQ(targetShipment(5000000.0, 0.05, ramp), Error::InvalidArgument) << shipments;
    }
}

TEST(TargetShipment, RejectsGrowthAtOrBelowMinusOne) {
    for (const double growth : {-1.0, -2.0, nan, inf}) {
        TargetShipmentArguments ramp = plan(6.0);
        ramp.growth = growth;
        EXPECT_EQ(targetShipment(5000000.0, 0.05, ramp), Error::InvalidArgument) << growth;
    }
}

TEST(TargetShipment, RejectsPeriodsThatAreNotAWholeNumberOfAtLeastOne) {
    for (const double periods : {0.0, -12.0, 12.5, nan, inf}) {
        TargetShipmentArguments ramp = plan(6.0);
        ramp.periods = periods;
        EXPECT_EQ(targetShipment(5000000.0, 0.05, ramp), Error::InvalidArgument) << periods;
    }
}

TEST(TargetShipment, RejectsAPeriodThatIsNotAWholeNumberOfAtLeastZero) {
    for (const double period : {-1.0, 6.5, nan, inf}) {
        EXPECT_EQ(targetShipment(5000000.0, 0.05, plan(period)), Error::InvalidArgument) << period;
    }
}

TEST(TargetShipment, AcceptsPeriodsWithRoundingNoise) {
    TargetShipmentArguments ramp = plan(6.0 * (1.0 + 1e-13));
    ramp.periods = 12.0 * (1.0 - 1e-13);
    EXPECT_TRUE(isNumber(targetShipment(5000000.0, 0.05, ramp), 140000.0));
}

TEST(TargetShipment, RejectsAnUnknownRamp) {
    for (const double shape : {-1.0, 2.0, 0.5, nan, inf}) {
        TargetShipmentArguments ramp = plan(6.0);
        ramp.ramp = shape;
        EXPECT_EQ(targetShipment(5000000.0, 0.05, ramp), Error::InvalidArgument) << shape;
    }
}

TEST(TargetShipment, RejectsAPartialPlan) {
    TargetShipmentArguments withoutPeriods = plan(6.0);
    withoutPeriods.periods.reset();
    EXPECT_EQ(targetShipment(5000000.0, 0.05, withoutPeriods), Error::InvalidArgument);
    TargetShipmentArguments withoutShipments = plan(6.0);
    withoutShipments.currentShipments.reset();
    EXPECT_EQ(targetShipment(5000000.0, 0.05, withoutShipments), Error::InvalidArgument);
    TargetShipmentArguments onlyShipments;
    onlyShipments.currentShipments = 30000.0;
    EXPECT_EQ(targetShipment(5000000.0, 0.05, onlyShipments), Error::InvalidArgument);
}

TEST(TargetShipment, RejectsAPlanThatOverflows) {
    TargetShipmentArguments ramp = plan(6000.0);
    ramp.growth = 1.0;
    EXPECT_EQ(targetShipment(5000000.0, 0.05, ramp), Error::InvalidArgument);
    ramp.currentShipments = 1e308;
    ramp.period = 2.0;
    EXPECT_EQ(targetShipment(1e308, 0.05, ramp), Error::InvalidArgument);
}

// docs/DECISIONS.md: a result that fits is given even when a step on the way
// would not.
TEST(TargetShipment, APlanOfNothingStaysNothingHoweverFastTheClientGrows) {
    TargetShipmentArguments ramp{.currentShipments = 0.0, .periods = 2.0, .period = 2.0};
    ramp.growth = 1e300;
    EXPECT_TRUE(isNumber(targetShipment(13700000.0, 0.0, ramp), 0.0));
}

TEST(TargetShipment, GivesAGrownPlanThatFitsThoughItsGrowthFactorAloneWouldOverflow) {
    // 1E-300 shipped, doubling for 1200 periods: 2^1200 overflows, but
    // 1E-300 x 2^1200 is about 1.72E61.
    TargetShipmentArguments ramp = plan(1200.0);
    ramp.currentShipments = 1e-300;
    ramp.periods = 1.0;
    ramp.growth = 1.0;
    EXPECT_TRUE(isNear(targetShipment(2e-300, 0.5, ramp),
                       1e-300 * std::pow(2.0, 600.0) * std::pow(2.0, 600.0), 1e-12 * 1.72e61));
}

TEST(TargetShipment, GivesAShrunkPlanThatFitsThoughItsDeclineFactorAloneWouldUnderflow) {
    // Halving for 1100 periods: 2^-1100 underflows, but 1E300 x 2^-1100 fits.
    TargetShipmentArguments ramp = plan(1100.0);
    ramp.currentShipments = 1e300;
    ramp.periods = 1.0;
    ramp.growth = -0.5;
    const double expected = 1e300 * std::pow(0.5, 550.0) * std::pow(0.5, 550.0);
    EXPECT_TRUE(isNear(targetShipment(1e308, 0.0, ramp), expected, 1e-12 * expected));
}

TEST(TargetShipment, TakesPeriodsBeyondEveryIntegerType) {
    TargetShipmentArguments ramp = plan(6.0);
    ramp.periods = 1e308;
    EXPECT_TRUE(isNumber(targetShipment(5000000.0, 0.05, ramp), 30000.0 + 220000.0 * 6e-308));
}

} // namespace
} // namespace walletshare::test
