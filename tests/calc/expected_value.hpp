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

} // namespace walletshare::calc_test
