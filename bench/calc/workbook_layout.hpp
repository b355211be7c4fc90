// The client workbooks of the benchmark: one row per client with three
// months of shipments (the second with gaps), turnover, category share,
// margin and the manager's turnover figure, then five formula columns. Each
// variant computes the same rows with other formulas, so that their times
// compare per formula cell.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace walletshare::bench {

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

// "a", "b", "c", as the report names them.
std::string_view letterOf(Variant variant);
std::string_view nameOf(Variant variant);

// Data columns A:G and formula columns H:L; row 1 holds the headings.
inline constexpr std::size_t dataColumns = 7;
inline constexpr std::size_t formulaColumns = 5;
inline constexpr std::size_t headingRows = 1;

// One cell of the data columns: a number, or nothing (a gap).
using DataCell = std::optional<double>;

// The headings of every column, data then formulas.
std::vector<std::string> headings(Variant variant);

// The data of client `client` (0-based), columns A:G. The same client always
// has the same data, so that variants and repeated workbooks compare.
std::vector<DataCell> clientData(std::size_t client);

// The formulas of the client in sheet row `row` (1-based), columns H:L, in
// Calc's API syntax.
std::vector<std::string> clientFormulas(Variant variant, std::size_t row);

} // namespace walletshare::bench
