// The client workbooks of the benchmark: one row per client with three
// months of shipments (the second with gaps), turnover, category share,
// margin and the manager's turnover figure, then five formula columns. What
// the formula columns hold is a formula set; every set computes over the same
// rows, so that their times compare per formula cell.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace walletshare::bench {

// Data columns A:G and formula columns H:L; row 1 holds the headings.
inline constexpr std::size_t dataColumns = 7;
inline constexpr std::size_t formulaColumns = 5;
inline constexpr std::size_t headingRows = 1;

// The formulas of the five formula columns, "#" standing for the row.
struct FormulaSet {
    // "a", "b", "c" for the three variants, the function's name for a
    // one-function set: in file names and in the report.
    std::string_view label;
    std::string_view description;
    std::array<std::string_view, formulaColumns> headings;
    std::array<std::string_view, formulaColumns> patterns;
};

enum class Variant {
    // SHARE, WALLET, LOYALTYTIER, TARGET_SHIPMENT (a linear ramp),
    // TURNOVER_CHECK.
    Walletshare,
    // The same arithmetic in Calc's built-in formulas.
    BuiltIn,
    // QUOTIENT, a function of LibreOffice's own C++ Analysis add-in, which
    // Calc calls through the same UNO add-in path as ours.
    AnalysisAddIn,
};

inline constexpr std::array<Variant, 3> variants{Variant::Walletshare, Variant::BuiltIn,
                                                 Variant::AnalysisAddIn};

const FormulaSet& formulaSetOf(Variant variant);

// Each Walletshare function alone in all five formula columns, to weigh each
// one's call against QUOTIENT's; and SERIESSUM, an Analysis add-in function
// that takes a range, as our SHARE, WALLET and TURNOVER_ESTIMATE do.
const std::vector<FormulaSet>& oneFunctionSets();

// One cell of the data columns: a number, or nothing (a gap).
using DataCell = std::optional<double>;

// The headings of every column, data then formulas.
std::vector<std::string> headings(const FormulaSet& formulas);

// The data of client `client` (0-based), columns A:G. The same client always
// has the same data, so that variants and repeated workbooks compare.
std::vector<DataCell> clientData(std::size_t client);

// The formulas of the client in sheet row `row` (1-based), columns H:L, in
// Calc's API syntax.
std::vector<std::string> clientFormulas(const FormulaSet& formulas, std::size_t row);

} // namespace walletshare::bench
