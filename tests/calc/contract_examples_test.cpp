// Every example row of the contract (shared/SPEC.md), typed into a Calc cell.
#include <string>
#include <vector>

#include "calc_office.hpp"
#include "expected_value.hpp"

namespace walletshare::calc_test {
namespace {

using namespace office::calc_error;

// Built when the suite is instantiated, not during static initialisation.
std::vector<FormulaRow> exampleRows() {
    return {
        // SHARE
        {"=SHARE(30000;5000000)", 0.006},
        {"=SHARE(B2:M2;60000000)", 0.006}, // B2:M2 hold 30000 each
        {"=SHARE(30000;0)", divisionByZero},
        {"=SHARE(30000;-5)", invalidArgument},
        {"=SHARE(30000;Z1:Z5)", notAvailable}, // Z1:Z5 empty
        {"=SHARE(30000;Z99)", divisionByZero}, // a single empty cell is 0
        // WALLET
        {"=WALLET(5000000;0.08;0.25)", 300000.0},
        {"=WALLET(5000000;0.08;0.25;TRUE())", 320000.0},
        {"=SHARE(30000;WALLET(5000000;0.08;0.25))", 0.1},
        // LOYALTYTIER
        {"=LOYALTYTIER(0.006)", 0.0},
        {"=LOYALTYTIER(0.01)", 1.0},
        {"=LOYALTYTIER(0.3-0.2)", 3.0},
        {"=LOYALTYTIER(0.5)", 4.0},
        {"=LOYALTYTIER(1.2)", invalidArgument},
        {"=LOYALTYTIER(0.03;{0.02;0.1})", 1.0},
        {R"(=LOYALTYTIER(0.03;{0.02;0.1};{"C";"B";"A"}))", std::string("B")},
        // TIERNAME: the default tier names of the contract, in both languages
        {R"(=TIERNAME(0;"en"))", std::string("Indifference")},
        {R"(=TIERNAME(1;"en"))", std::string("Top-up supplier")},
        {R"(=TIERNAME(2;"en"))", std::string("Target zone")},
        {R"(=TIERNAME(3;"en"))", std::string("Main supplier club")},
        {R"(=TIERNAME(4;"en"))", std::string("Primary supplier")},
        {R"(=TIERNAME(0;"ru"))", std::string("Безразличие")},
        {R"(=TIERNAME(1;"ru"))", std::string("Добор")},
        {R"(=TIERNAME(2;"ru"))", std::string("Целевая зона")},
        {R"(=TIERNAME(3;"ru"))", std::string("Клуб основных поставщиков")},
        {R"(=TIERNAME(4;"ru"))", std::string("Основной поставщик")},
        // TURNOVER_ESTIMATE
        {"=TURNOVER_ESTIMATE({6;400;35};{900000;12000;150000})", 5250000.0},
        {"=TURNOVER_ESTIMATE({6;400;35};{900000;12000;150000};;1)", 5150000.0},
        {"=TURNOVER_ESTIMATE({6;400;35};{900000;12000;150000};2000000)", 5250000.0},
        {"=TURNOVER_ESTIMATE({6;400;35};{900000;12000;150000};6000000)", 6000000.0},
        // TURNOVER_CHECK
        {"=TURNOVER_CHECK(2000000;5250000)", -1.0},
        {"=TURNOVER_CHECK(5000000;5250000)", 0.0},
        {"=TURNOVER_CHECK(8000000;5250000)", 1.0},
        // TARGET_SHIPMENT
        {"=TARGET_SHIPMENT(5000000;0.05)", 250000.0},
        {"=TARGET_SHIPMENT(5000000;0.1)", 500000.0},
        {"=TARGET_SHIPMENT(5000000;0.05;30000;12;6)", 140000.0},
        {"=TARGET_SHIPMENT(5000000;0.05;30000;12;12)", 250000.0},
        {"=TARGET_SHIPMENT(5000000;0.05;30000;12;13)", 250000.0},
        // 5000000 x 0.006 x (0.05 / 0.006)^(6/12)
        {"=TARGET_SHIPMENT(5000000;0.05;30000;12;6;;1)", 86602.540378443865},
        // 5000000 x 0.05 x 1.01^12
        {"=TARGET_SHIPMENT(5000000;0.05;30000;12;12;0.01)", 281706.25753299246},
        {"=TARGET_SHIPMENT(5000000;0.05;400000;12;6)", 400000.0},
        // RANKSHARE
        {"=RANKSHARE(1;3)", 0.5},
        {"=RANKSHARE(3;10)", 0.14545454545454545}, // (1 - 3/11) x 2/10
        {"=RANKSHARE(1;1)", 1.0},
    };
}

class ContractExample : public CalcTest, public ::testing::WithParamInterface<FormulaRow> {
protected:
    // The cells that the examples speak of: 30000 in each of B2:M2; Z1:Z5
    // and Z99 stay empty.
    void SetUp() override {
        CalcTest::SetUp();
        if (HasFatalFailure()) {
            return;
        }
        for (char column = 'B'; column <= 'M'; ++column) {
            sheet().setNumber(std::string(1, column) + "2", 30000);
        }
    }
};

TEST_P(ContractExample, ShowsTheContractResult) {
    EXPECT_TRUE(shows(compute(GetParam().formula), GetParam().expected)) << GetParam().formula;
}

INSTANTIATE_TEST_SUITE_P(SpecTable, ContractExample, ::testing::ValuesIn(exampleRows()));

} // namespace
} // namespace walletshare::calc_test
