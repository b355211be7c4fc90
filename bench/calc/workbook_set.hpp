// The benchmark's client workbooks, each stored as .ods by the office: every
// formula set asked for at every row count.
#pragma once

#include <cstddef>
#include <filesystem>
#include <ostream>
#include <vector>

#include "bench_office.hpp"
#include "workbook_layout.hpp"

namespace walletshare::bench {

struct Workbook {
    std::size_t rows = 0;
    const FormulaSet* formulas = nullptr;
    std::filesystem::path file;

    [[nodiscard]] std::size_t formulaCells() const { return rows * formulaColumns; }
    // "100000 rows (a) Walletshare functions", as the report names it.
    [[nodiscard]] std::string title() const;
};

// Creates and stores them in `folder`, saying on `out` how long each took.
std::vector<Workbook> makeWorkbooks(BenchOffice& office, const std::filesystem::path& folder,
                                    const std::vector<std::size_t>& rowCounts,
                                    const std::vector<const FormulaSet*>& sets, std::ostream& out);

// The workbook of that size and formula set; the list must hold it.
const Workbook& find(const std::vector<Workbook>& workbooks, std::size_t rows,
                     const FormulaSet& formulas);

} // namespace walletshare::bench
