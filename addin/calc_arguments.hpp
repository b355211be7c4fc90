// Calc's arguments as core inputs. Calc passes a required range as a
// CalcRange and an optional argument as any, void when it was left out.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include <boost/container/small_vector.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Sequence.hxx>

#include "calc_range.hpp"
#include "walletshare/cells.hpp"
#include "walletshare/result.hpp"

namespace walletshare::addin {

// The cells of one range argument. Most are a single cell or a row of
// months: up to 16 are held inline, so that a call costs no allocation.
// Its implicit move is declared noexcept though boost's is not; moving
// optional<double> cells cannot throw.
class CellList // NOLINT(bugprone-exception-escape)
    : public boost::container::small_vector<Cell, 16> {
public:
    using small_vector::small_vector;

    // What the core reads; boost's iterators are not C++20 contiguous ones.
    operator Cells() const { return {data(), size()}; } // NOLINT(google-explicit-constructor)
};

// The numbers of a range in reading order; empty and text cells are gaps.
CellList cellsOf(const CalcRange& range);

// A range whose rows matter, with its number of columns. Its implicit move
// cannot throw, as CellList's cannot.
struct CellTable { // NOLINT(bugprone-exception-escape)
    CellList cells;
    std::size_t columns = 0;

    operator Table() const { return {cells, columns}; } // NOLINT(google-explicit-constructor)
};

// Rows of unequal length, which Calc never passes, give a table of no
// columns, which no function accepts.
CellTable tableOf(const CalcRange& range);

// An optional range: nullopt when left out; a single value is a range of one.
std::optional<CellList> optionalCellsOf(const css::uno::Any& argument);

// An optional number: nullopt when left out. Text that is not a number, or a
// range of more than one cell, is #VALUE!.
Result<Optional> optionalNumberOf(const css::uno::Any& argument);

// An optional text (a language code): nullopt when left out. A number is not
// a text and is returned as an empty one, which no rule accepts.
Result<std::optional<std::string>> optionalTextOf(const css::uno::Any& argument);

// The non-empty cells of an optional labels argument, text or number, as
// they are to be shown; nullopt when left out.
std::optional<std::vector<css::uno::Any>> labelsOf(const css::uno::Any& argument);

} // namespace walletshare::addin
