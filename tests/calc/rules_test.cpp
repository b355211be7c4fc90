// Rules of the contract beyond its example rows, seen through Calc.
#include <vector>

#include "calc_office.hpp"
#include "expected_value.hpp"

namespace walletshare::calc_test {
namespace {

using namespace office::calc_error;

// Built when the suite is instantiated, not during static initialisation.
std::vector<FormulaRow> ruleRows() {
    return {
        // SHARE: net returns and too low a turnover are shown as they are.
        {"=SHARE(-30;100)", -0.3},
        {"=SHARE(200;100)", 2.0},
        // WALLET
        {"=WALLET(5000000;0.08;1)", invalidArgument}, // a margin of 100%
        {"=WALLET(5000000;0.08;1;TRUE())", 200000.0}, // a markup of 100%
        {"=WALLET(5000000;1.5)", invalidArgument},
        {"=WALLET(5000000;0.08;-0.1;TRUE())", invalidArgument},
        {"=WALLET(-1)", invalidArgument},
        // LOYALTYTIER
        {"=LOYALTYTIER(0.03;{0.1;0.02})", invalidArgument},              // not ascending
        {"=LOYALTYTIER(0.03;{0.5;1.5})", invalidArgument},               // outside [0; 1]
        {R"(=LOYALTYTIER(0.03;{0.02;0.1};{"C";"B"}))", invalidArgument}, // one label short
        {"=LOYALTYTIER(-0.1)", 0.0},
        {"=LOYALTYTIER(1)", 4.0},
        // TIERNAME
        {"=TIERNAME(5)", invalidArgument},
        {"=TIERNAME(2.5)", invalidArgument},
        {R"(=TIERNAME(1;"de"))", invalidArgument},
        // TURNOVER_ESTIMATE
        {"=TURNOVER_ESTIMATE({1;2};{3})", invalidArgument}, // unequal sizes
        {"=TURNOVER_ESTIMATE({6;400;35};{900000;12000;150000};;2)", 5400000.0},
        {"=TURNOVER_ESTIMATE({6;400;35};{900000;12000;150000};;3)", 4800000.0},
        {"=TURNOVER_ESTIMATE({6;400;35};{900000;12000;150000};;4)", invalidArgument},
        {"=TURNOVER_ESTIMATE({-6};{900000})", invalidArgument},
        {"=TURNOVER_ESTIMATE(Z1:Z2;Z3:Z4)", notAvailable},
        {"=TURNOVER_ESTIMATE(Z1:Z2;Z3:Z4;1000)", 1000.0},
        // TURNOVER_CHECK
        {"=TURNOVER_CHECK(4000000;5250000;0.2)", -1.0},
        {"=TURNOVER_CHECK(5000000;0)", invalidArgument},
        {"=TURNOVER_CHECK(5000000;5250000;1)", invalidArgument},
        {"=TURNOVER_CHECK(-1;5250000)", invalidArgument},
        // TARGET_SHIPMENT
        {"=TARGET_SHIPMENT(5000000;0.05;30000)", invalidArgument}, // only part of the ramp
        {"=TARGET_SHIPMENT(5000000;1.1)", invalidArgument},
        {"=TARGET_SHIPMENT(-5000000;0.05)", invalidArgument},
        {"=TARGET_SHIPMENT(5000000;0.05;30000;12.5;6)", invalidArgument},
        {"=TARGET_SHIPMENT(5000000;0.05;30000;12;-1)", invalidArgument},
        {"=TARGET_SHIPMENT(5000000;0.05;30000;12;6;-1)", invalidArgument},
        {"=TARGET_SHIPMENT(5000000;0.05;0;12;6;;1)", invalidArgument}, // geometric from 0
        {"=TARGET_SHIPMENT(5000000;0.05;30000;12;6;;2)", invalidArgument},
        {"=TARGET_SHIPMENT(5000000;0.05;30000;12;0)", 30000.0},
        // A plan of nothing stays nothing, however the client grows.
        {"=TARGET_SHIPMENT(13700000;0;0;2;2;1E300)", 0.0},
        // 2^1200 alone overflows; 1E-300 x 2^1200 fits.
        {"=TARGET_SHIPMENT(2E-300;0.5;1E-300;1;1200;1)", 1.7218479456385751e61},
        // RANKSHARE
        {"=RANKSHARE(2;3.5)", invalidArgument},
        {"=RANKSHARE(0;3)", invalidArgument},
        {"=RANKSHARE(4;3)", invalidArgument},
        {"=RANKSHARE(1.5;3)", 0.41666666666666667}, // (1 - 1.5/4) x 2/3
    };
}

class ContractRule : public CalcTest, public ::testing::WithParamInterface<FormulaRow> {};

TEST_P(ContractRule, ShowsTheContractResult) {
    EXPECT_TRUE(shows(compute(GetParam().formula), GetParam().expected)) << GetParam().formula;
}

INSTANTIATE_TEST_SUITE_P(BeyondTheExamples, ContractRule, ::testing::ValuesIn(ruleRows()));

} // namespace
} // namespace walletshare::calc_test
