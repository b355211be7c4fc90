// Range arguments as Calc hands them to an add-in: rows of anys, a number as
// a double, an empty cell of a range as an empty string.
#pragma once

#include <cstddef>

#include "calc_arguments.hpp"

namespace walletshare::bench {

// A column of `rows` cells (rows of one), the shape of B2:B100001; every
// seventh cell is empty, starting with the seventh.
addin::CalcRange columnRange(std::size_t rows, double scale);

// One row of `columns` cells, the shape of B2:M2, with the same gaps.
addin::CalcRange rowRange(std::size_t columns, double scale);

// A column of `rows` cells that all hold `value`, without gaps.
addin::CalcRange uniformColumn(std::size_t rows, double value);

// A range of one cell, what Calc passes for a scalar argument.
addin::CalcRange singleCell(double value);

} // namespace walletshare::bench
