// What a range argument holds once it leaves the spreadsheet: numbers with gaps.
// A gap is a cell that SUM would skip (empty or text).
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

#include "walletshare/result.hpp"

namespace walletshare {

using Cell = std::optional<double>;
using Cells = std::span<const Cell>;

// A range argument whose rows matter (one peer or one client per row): its
// cells in reading order, columns to a row.
struct Table {
    Cells cells;
    std::size_t columns = 0;

    [[nodiscard]] std::size_t rows() const { return columns == 0 ? 0 : cells.size() / columns; }
    [[nodiscard]] Cells row(std::size_t index) const {
        return cells.subspan(index * columns, columns);
    }
};

// A scalar argument that may be left out: nullopt takes the function's default.
using Optional = std::optional<double>;

// Sum of the numbers in a range and how many there were.
struct Total {
    double sum = 0.0;
    std::size_t count = 0;
};

Total total(Cells cells);

// Whether any number in the range is below zero.
bool hasNegative(Cells cells);

// Text given where a number is expected: a plain number ("12", "-0.5", "1e6")
// converts, anything else is #VALUE!.
Result<double> numberFromText(std::string_view text);

} // namespace walletshare
