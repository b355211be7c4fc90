// The examples of the contract (shared/SPEC.md), as data: the function
// reference in docs/ shows them and the Calc tests type every one of them.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <variant>

#include "walletshare/functions.hpp"

namespace walletshare::reference {

// What the cells that an example refers to hold.
enum class ExampleCells {
    None,
    ShipmentsInB2ToM2, // 30000 in each of B2:M2
    EmptyZ1ToZ5,
    EmptyZ99,
    PeersAndClients, // TURNOVER_PEERS's peers in A2:C7 and H2:I5, clients in E2:F3
};

// A number that a cell of an example holds.
struct ExampleCell {
    std::string_view address;
    double number;
};

// What the cells of an example hold; the cells not listed are empty.
std::span<const ExampleCell> numbersOf(ExampleCells cells);

// The results of an array formula, one per row.
using ExampleColumn = std::span<const double>;

using ExampleResult = std::variant<double, std::string_view, Error, ExampleColumn>;

struct Example {
    std::string_view programmaticName;
    // As an English user types it, with the contract's separators.
    std::string_view formula;
    ExampleResult result;
    ExampleCells cells = ExampleCells::None;
};

std::span<const Example> examples();

// The formula as a user of the language types it: the display names of our
// functions and of TRUE in that language, and its decimal separator.
std::string localFormula(std::string_view formula, Language language);

// The result as the cell shows it: numbers to at most six decimals, with "..."
// when digits were cut, and errors under Calc's name for them; a column as
// its rows' results one after the other.
std::string shownResult(const ExampleResult& result, Language language);

} // namespace walletshare::reference
