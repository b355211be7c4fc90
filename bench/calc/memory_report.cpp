#include "memory_report.hpp"

#include <optional>
#include <string>

#include "text_table.hpp"
#include "walletshare/office/spreadsheet.hpp"

namespace walletshare::bench {

namespace {

std::optional<double> mebibytes(std::optional<double> bytes) {
    if (!bytes) {
        return std::nullopt;
    }
    return *bytes / (1024.0 * 1024.0);
}

} // namespace

void reportMemory(BenchOffice& office, const Workbook& workbook, int recalculations,
                  std::ostream& out) {
    auto spreadsheet = office::Spreadsheet::open(office.office().desktop(), workbook.file);
    TextTable table({"after", "VmRSS MiB"});
    table.add({"opening", fixed(mebibytes(office.residentBytes()), 1)});
    std::optional<double> first;
    std::optional<double> last;
    for (int run = 1; run <= recalculations; ++run) {
        spreadsheet.calculateAll();
        last = mebibytes(office.residentBytes());
        if (run == 1) {
            first = last;
        }
        table.add({"recalculation " + std::to_string(run), fixed(last, 1)});
    }
    table.print(out);
    if (first && last) {
        out << "  growth after the first recalculation: " << fixed(*last - *first, 1)
            << " MiB over " << recalculations - 1 << " more ("
            << fixed((*last - *first) / static_cast<double>(std::max(1, recalculations - 1)), 2)
            << " MiB each)\n";
    }
}

} // namespace walletshare::bench
