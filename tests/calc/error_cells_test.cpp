// Error cells as arguments. A single error cell propagates unchanged. An
// error cell inside a range of several cells is a limit of Calc 7.4: Calc
// cannot pack the range for the add-in (ScRangeToSequence::FillMixedArray
// fails) and answers Err:504 itself, without calling the add-in.
#include "calc_office.hpp"
#include "expected_value.hpp"

namespace walletshare::calc_test {
namespace {

using namespace office::calc_error;

using ErrorCells = CalcTest;

TEST_F(ErrorCells, SingleErrorCellPropagatesUnchanged) {
    sheet().setFormula("X1", "=1/0");
    sheet().setFormula("X2", "=NA()");
    EXPECT_TRUE(shows(compute("=SHARE(X1;5)"), divisionByZero));
    EXPECT_TRUE(shows(compute("=TARGET_SHIPMENT(X2;0.05)"), notAvailable));
    EXPECT_TRUE(shows(compute("=SHARE(30000;X2)"), notAvailable));
    EXPECT_TRUE(shows(compute("=WALLET(5000000;X1)"), divisionByZero));
}

TEST_F(ErrorCells, Calc74AnswersErr504ForAnErrorCellInsideARange) {
    sheet().setNumber("X1", 1);
    sheet().setFormula("X2", "=1/0");
    sheet().setNumber("X3", 2);
    EXPECT_TRUE(shows(compute("=SHARE(X1:X3;10)"), parameterExpected));
    EXPECT_TRUE(shows(compute("=LOYALTYTIER(0.5;X1:X3)"), parameterExpected));
    EXPECT_TRUE(office().alive());
    EXPECT_TRUE(shows(compute("=SHARE(X1;10)"), 0.1));
}

} // namespace
} // namespace walletshare::calc_test
