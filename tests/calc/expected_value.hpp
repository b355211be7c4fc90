// What a test expects a cell to show, and the comparison: numbers to a
// relative 1e-9 (so 0 must be exactly 0), texts and error codes exactly.
#pragma once

#include <ostream>
#include <string>
#include <variant>

#include <gtest/gtest.h>

#include "walletshare/office/cell_value.hpp"

namespace walletshare::calc_test {

using Expected = std::variant<double, std::string, office::CalcError>;

::testing::AssertionResult shows(const office::CellValue& actual, const Expected& expected);

std::string describe(const Expected& expected);

// One row of a table of cases: a formula typed into a cell and what the cell
// must then show.
struct FormulaRow {
    const char* formula;
    Expected expected;

    // gtest looks for this name.
    friend void PrintTo( // NOLINT(readability-identifier-naming)
        const FormulaRow& row, std::ostream* out) {
        *out << row.formula << " -> " << describe(row.expected);
    }
};

} // namespace walletshare::calc_test
