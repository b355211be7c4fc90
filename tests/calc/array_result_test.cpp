// TURNOVER_PEERS's column of estimates as Calc shows it: an array formula
// over the client rows, an error in one row kept to its cell, and the same
// estimates from one formula per row copied down.
#include <array>
#include <string>

#include "calc_office.hpp"
#include "expected_value.hpp"

namespace walletshare::calc_test {
namespace {

using namespace office::calc_error;

class ArrayResult : public CalcTest {
protected:
    // The contract's peers in A2:C7 (turnover; outlets; selling area).
    void SetUp() override {
        CalcTest::SetUp();
        if (HasFatalFailure()) {
            return;
        }
        constexpr std::array<std::array<double, 3>, 6> peers{{{5200000, 6, 400},
                                                              {2100000, 2, 180},
                                                              {9800000, 12, 700},
                                                              {1500000, 1, 150},
                                                              {7400000, 8, 620},
                                                              {3300000, 3, 260}}};
        int row = 2;
        for (const auto& [turnover, outlets, area] : peers) {
            const std::string number = std::to_string(row++);
            sheet().setNumber("A" + number, turnover);
            sheet().setNumber("B" + number, outlets);
            sheet().setNumber("C" + number, area);
        }
    }

    // Clients' drivers in E2:F6: one good, one negative, one with an
    // empty area, one with 0 outlets, one good.
    static void writeClients() {
        sheet().setNumber("E2", 6);
        sheet().setNumber("F2", 400);
        sheet().setNumber("E3", -4);
        sheet().setNumber("F3", 300);
        sheet().setNumber("E4", 4);
        sheet().setNumber("E5", 0);
        sheet().setNumber("F5", 300);
        sheet().setNumber("E6", 4);
        sheet().setNumber("F6", 300);
    }
};

TEST_F(ArrayResult, AnErrorInAClientRowStaysInItsCell) {
    writeClients();
    sheet().setLocalArrayFormula("H2:H6", "=TURNOVER_PEERS(A2:A7;B2:C7;E2:F6)");
    sheet().calculateAll();
    EXPECT_TRUE(shows(sheet().value("H2"), 5256887.3914953712));
    EXPECT_TRUE(shows(sheet().value("H3"), invalidArgument));
    EXPECT_TRUE(shows(sheet().value("H4"), notAvailable));
    EXPECT_TRUE(shows(sheet().value("H5"), notAvailable));
    EXPECT_TRUE(shows(sheet().value("H6"), 3800459.1609645556));
}

TEST_F(ArrayResult, OneFormulaPerRowCopiedDownGivesTheSameEstimates) {
    writeClients();
    sheet().setLocalArrayFormula("H2:H6", "=TURNOVER_PEERS(A2:A7;B2:C7;E2:F6)");
    for (int row = 2; row <= 6; ++row) {
        const std::string client = std::to_string(row);
        std::string formula = "=TURNOVER_PEERS($A$2:$A$7;$B$2:$C$7;E";
        formula += client;
        formula += ":F";
        formula += client;
        formula += ")";
        sheet().setLocalFormula("I" + client, formula);
    }
    sheet().calculateAll();
    for (int row = 2; row <= 6; ++row) {
        const std::string client = std::to_string(row);
        EXPECT_EQ(sheet().value("I" + client), sheet().value("H" + client)) << "row " << row;
    }
}

TEST_F(ArrayResult, AnErrorOfTheFitFillsEveryCellOfTheArray) {
    writeClients();
    // Five peers' drivers for six peers' turnover.
    sheet().setLocalArrayFormula("H2:H6", "=TURNOVER_PEERS(A2:A7;B2:C6;E2:F6)");
    sheet().calculateAll();
    for (const char* cell : {"H2", "H4", "H6"}) {
        EXPECT_TRUE(shows(sheet().value(cell), invalidArgument)) << cell;
    }
}

TEST_F(ArrayResult, RowsOfTheArrayBeyondTheClientsAreNotAvailable) {
    sheet().setNumber("E2", 6);
    sheet().setNumber("F2", 400);
    sheet().setNumber("E3", 4);
    sheet().setNumber("F3", 300);
    sheet().setLocalArrayFormula("H2:H4", "=TURNOVER_PEERS(A2:A7;B2:C7;E2:F3)");
    sheet().calculateAll();
    EXPECT_TRUE(shows(sheet().value("H3"), 3800459.1609645556));
    EXPECT_TRUE(shows(sheet().value("H4"), notAvailable));
}

} // namespace
} // namespace walletshare::calc_test
