#include "workbook_set.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>

#include "sheet_filling.hpp"
#include "stopwatch.hpp"
#include "text_table.hpp"
#include "walletshare/office/spreadsheet.hpp"

namespace walletshare::bench {

std::string Workbook::title() const {
    return std::to_string(rows) + " rows (" + std::string(formulas->label) + ") " +
           std::string(formulas->description);
}

std::vector<Workbook> makeWorkbooks(BenchOffice& office, const std::filesystem::path& folder,
                                    const std::vector<std::size_t>& rowCounts,
                                    const std::vector<const FormulaSet*>& sets, std::ostream& out) {
    std::filesystem::create_directories(folder);
    std::vector<Workbook> workbooks;
    TextTable table({"workbook", "formula cells", "fill s", "store s", ".ods MB"});
    for (const std::size_t rows : rowCounts) {
        for (const auto* const formulas : sets) {
            const Workbook workbook{
                rows, formulas,
                folder / (std::to_string(rows) + "-" + std::string(formulas->label) + ".ods")};
            auto spreadsheet = office::Spreadsheet::create(office.office().desktop());
            const double fill = secondsOf([&] { fillClients(spreadsheet, *formulas, rows); });
            // Storing computes every formula once, so the file carries values
            // as a saved workbook does.
            const double store = secondsOf([&] { spreadsheet.store(workbook.file); });
            spreadsheet.close();
            const auto megabytes =
                static_cast<double>(std::filesystem::file_size(workbook.file)) / 1e6;
            table.add({workbook.title(), std::to_string(workbook.formulaCells()), fixed(fill, 2),
                       fixed(store, 2), fixed(megabytes, 2)});
            workbooks.push_back(workbook);
        }
    }
    table.print(out);
    return workbooks;
}

const Workbook& find(const std::vector<Workbook>& workbooks, std::size_t rows,
                     const FormulaSet& formulas) {
    const auto found = std::ranges::find_if(workbooks, [&](const Workbook& workbook) {
        return workbook.rows == rows && workbook.formulas == &formulas;
    });
    if (found == workbooks.end()) {
        throw std::logic_error("no workbook of " + std::to_string(rows) + " rows (" +
                               std::string(formulas.label) + ")");
    }
    return *found;
}

} // namespace walletshare::bench
