// How Calc hands arguments to the add-in: ranges with gaps and text, inline
// arrays, optional arguments left out or left empty, missing arguments, text
// where a number belongs, single empty cells, and the programmatic name that
// documents store.
#include <array>
#include <utility>

#include "calc_office.hpp"
#include "expected_value.hpp"

namespace walletshare::calc_test {
namespace {

using namespace office::calc_error;

using ArgumentForms = CalcTest;

TEST_F(ArgumentForms, ProgrammaticNameAsStoredInDocumentsWorks) {
    EXPECT_TRUE(shows(compute("=ORG.WALLETSHARE.SHAREOFWALLET.SHARE(30000;5000000)"), 0.006));
}

TEST_F(ArgumentForms, RangeSkipsEmptyAndTextCells) {
    sheet().setNumber("B1", 10);
    sheet().setText("B3", "x");
    sheet().setNumber("B4", 20);
    EXPECT_TRUE(shows(compute("=SHARE(B1:B4;300)"), 0.1));
}

TEST_F(ArgumentForms, NumberLikeTextCellInRangeIsSkipped) {
    sheet().setNumber("B1", 10);
    sheet().setText("B2", "1000");
    EXPECT_TRUE(shows(compute("=SHARE(B1:B2;100)"), 0.1));
}

TEST_F(ArgumentForms, TurnoverEstimateSkipsAPairWithATextDriver) {
    sheet().setNumber("B1", 6);
    sheet().setText("B2", "n/a");
    sheet().setNumber("B3", 35);
    sheet().setNumber("C1", 900000);
    sheet().setNumber("C2", 12000);
    sheet().setNumber("C3", 150000);
    // The median of the two usable pairs, 5400000 and 5250000.
    EXPECT_TRUE(shows(compute("=TURNOVER_ESTIMATE(B1:B3;C1:C3)"), 5325000.0));
}

TEST_F(ArgumentForms, TurnoverEstimateSkipsAPairWithAnEmptyRate) {
    sheet().setNumber("B1", 6);
    sheet().setNumber("B2", 400);
    sheet().setNumber("C1", 900000);
    EXPECT_TRUE(shows(compute("=TURNOVER_ESTIMATE(B1:B2;C1:C2)"), 5400000.0));
}

TEST_F(ArgumentForms, LoyaltyTierThresholdsRangeWithAGap) {
    sheet().setNumber("B1", 0.01);
    sheet().setNumber("B3", 0.05);
    sheet().setNumber("B4", 0.1);
    sheet().setNumber("B5", 0.5);
    EXPECT_TRUE(shows(compute("=LOYALTYTIER(0.07;B1:B5)"), 2.0));
}

TEST_F(ArgumentForms, LabelsFromARangeAreReturnedAsText) {
    const std::array<std::pair<const char*, const char*>, 5> labels{
        {{"C1", "none"}, {"C2", "top-up"}, {"C3", "target"}, {"C4", "club"}, {"C5", "primary"}}};
    for (const auto& [cell, label] : labels) {
        sheet().setText(cell, label);
    }
    EXPECT_TRUE(shows(compute("=LOYALTYTIER(0.07;;C1:C5)"), std::string("target")));
}

TEST_F(ArgumentForms, InlineArraysAreRanges) {
    EXPECT_TRUE(shows(compute("=SHARE({10;20};{100;200})"), 0.1));
    // Two rows of two.
    EXPECT_TRUE(shows(compute("=SHARE({10;20|30;40};1000)"), 0.1));
}

TEST_F(ArgumentForms, OptionalArgumentsLeftOutTakeTheirDefaults) {
    EXPECT_TRUE(shows(compute("=WALLET(5000000)"), 5000000.0));
    EXPECT_TRUE(shows(compute("=TURNOVER_CHECK(4000000;5250000)"), 0.0));
}

TEST_F(ArgumentForms, OptionalArgumentsLeftEmptyTakeTheirDefaults) {
    EXPECT_TRUE(shows(compute("=TARGET_SHIPMENT(5000000;0.05;30000;12;6;;1)"), 86602.540378443865));
    EXPECT_TRUE(shows(compute("=WALLET(5000000;;0.25)"), 3750000.0));
}

TEST_F(ArgumentForms, MissingRequiredArgumentIsErr504FromCalc) {
    EXPECT_TRUE(shows(compute("=RANKSHARE(1)"), parameterExpected));
    EXPECT_TRUE(shows(compute("=SHARE(1)"), parameterExpected));
}

TEST_F(ArgumentForms, TooManyArgumentsIsErr504FromCalc) {
    EXPECT_TRUE(shows(compute("=RANKSHARE(1;3;5)"), parameterExpected));
}

TEST_F(ArgumentForms, TextInAScalarArgumentIsValueError) {
    EXPECT_TRUE(shows(compute(R"(=WALLET(5000000;"abc"))"), noValue));
    EXPECT_TRUE(shows(compute(R"(=LOYALTYTIER("x"))"), noValue));
}

TEST_F(ArgumentForms, TextCellInAScalarArgumentIsValueError) {
    sheet().setText("B1", "abc");
    EXPECT_TRUE(shows(compute("=RANKSHARE(B1;3)"), noValue));
    EXPECT_TRUE(shows(compute("=TARGET_SHIPMENT(5000000;0.05;B1;12;6)"), noValue));
}

TEST_F(ArgumentForms, SingleEmptyCellIsZero) {
    // Z99 is empty: 0 shipments, not "no data".
    EXPECT_TRUE(shows(compute("=SHARE(Z99;100)"), 0.0));
    // An empty cell is not a left-out argument: a category share of 0.
    EXPECT_TRUE(shows(compute("=WALLET(5000000;Z99)"), invalidArgument));
    // Today's shipments 0: the linear ramp starts from a share of 0.
    EXPECT_TRUE(shows(compute("=TARGET_SHIPMENT(5000000;0.05;Z99;12;6)"), 125000.0));
}

TEST_F(ArgumentForms, ShipmentsWithNoNumbersAreZero) {
    sheet().setText("B1", "x");
    EXPECT_TRUE(shows(compute("=SHARE(B1;100)"), 0.0));
    EXPECT_TRUE(shows(compute("=SHARE(Z1:Z5;100)"), 0.0));
}

TEST_F(ArgumentForms, TierNameInRussian) {
    EXPECT_TRUE(shows(compute(R"(=TIERNAME(3;"ru"))"), std::string("Клуб основных поставщиков")));
}

TEST_F(ArgumentForms, BooleanCellsAreNumbers) {
    sheet().setFormula("B1", "=TRUE()");
    EXPECT_TRUE(shows(compute("=WALLET(5000000;0.08;0.25;B1)"), 320000.0));
}

// A whole column is 1,048,576 cells; the first and the last row both count.
TEST_F(ArgumentForms, WholeColumnRanges) {
    sheet().setNumber("D1", 10000);
    sheet().setNumber("D1048576", 20000);
    sheet().setNumber("E1", 6);
    sheet().setNumber("F1", 900000);
    EXPECT_TRUE(shows(compute("=SHARE(D:D;600000)"), 0.05));
    EXPECT_TRUE(shows(compute("=SHARE(1;Z:Z)"), notAvailable));
    EXPECT_TRUE(shows(compute("=TURNOVER_ESTIMATE(E:E;F:F)"), 5400000.0));
    EXPECT_TRUE(shows(compute("=LOYALTYTIER(0.07;G:G)"), notAvailable));
}

} // namespace
} // namespace walletshare::calc_test
