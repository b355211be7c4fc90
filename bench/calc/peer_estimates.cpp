#include "peer_estimates.hpp"

#include <array>
#include <cmath>
#include <cstddef>
#include <limits>
#include <random>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <com/sun/star/sheet/FillDirection.hpp>
#include <com/sun/star/sheet/XArrayFormulaRange.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellSeries.hpp>

#include "recalc_timing.hpp"
#include "sheet_blocks.hpp"
#include "text_table.hpp"
#include "walletshare/uno/text.hpp"

namespace walletshare::bench {

namespace {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;

constexpr std::size_t peerCount = 2000;
constexpr std::size_t clientCount = 10000;
constexpr std::size_t perRowClients = 1000;
constexpr std::size_t driverCount = 3;

// Peers in A2:D2001 (turnover, then three drivers), clients' drivers from
// F2, estimates from J2.
constexpr std::size_t clientColumn = 5;
constexpr std::size_t estimateColumn = 9;
constexpr std::string_view peers = "$A$2:$A$2001;$B$2:$D$2001";

enum class Way { ArrayFormula, BuiltIn, PerRow };

struct WayOfEstimating {
    Way way;
    const char* label;
    const char* file;
    std::size_t clients;
};

constexpr auto ways = std::to_array<WayOfEstimating>({
    {Way::ArrayFormula, "TURNOVER_PEERS, one array formula", "peers-array.ods", clientCount},
    {Way::BuiltIn, "EXP(TREND(LN(...))), one array formula", "peers-built-in.ods", clientCount},
    {Way::PerRow, "TURNOVER_PEERS, one formula per row", "peers-per-row.ods", perRowClients},
});

// Rows of drivers spanning four orders of magnitude; with turnover in front
// for peers, from a power law with noise.
Sequence<Sequence<Any>> rowsOf(std::size_t count, bool withTurnover, unsigned seed) {
    std::mt19937_64 random(seed);
    std::uniform_real_distribution<double> exponent(0.0, 4.0);
    std::normal_distribution<double> noise(0.0, 0.3);
    Sequence<Sequence<Any>> rows(static_cast<sal_Int32>(count));
    for (auto* row = rows.getArray(); row != rows.getArray() + rows.getLength(); ++row) {
        std::vector<Any> cells;
        double logTurnover = 12.0 + noise(random);
        for (std::size_t driver = 0; driver < driverCount; ++driver) {
            const double value = std::round(std::pow(10.0, exponent(random)));
            cells.emplace_back(value);
            logTurnover += 0.4 * std::log(value);
        }
        if (withTurnover) {
            cells.insert(cells.begin(), Any(std::round(std::exp(logTurnover))));
        }
        *row = sequenceOf(cells);
    }
    return rows;
}

void fill(const Reference<css::table::XCellRange>& sheet, std::size_t column,
          const Sequence<Sequence<Any>>& rows) {
    const Reference<css::sheet::XCellRangeData> cells(
        block(sheet, column, static_cast<std::size_t>(rows[0].getLength()), 1,
              static_cast<std::size_t>(rows.getLength())),
        UNO_QUERY_THROW);
    cells->setDataArray(rows);
}

std::string clientRange(std::size_t clients) {
    return "F2:H" + std::to_string(clients + 1);
}

void enterEstimates(const Reference<css::table::XCellRange>& sheet, const WayOfEstimating& way) {
    const auto estimates = block(sheet, estimateColumn, 1, 1, way.clients);
    switch (way.way) {
    case Way::ArrayFormula: {
        const Reference<css::sheet::XArrayFormulaRange> array(estimates, UNO_QUERY_THROW);
        array->setArrayFormula(uno::ouStringOf("=TURNOVER_PEERS(" + std::string(peers) + ";" +
                                               clientRange(way.clients) + ")"));
        return;
    }
    case Way::BuiltIn: {
        const Reference<css::sheet::XArrayFormulaRange> array(estimates, UNO_QUERY_THROW);
        array->setArrayFormula(uno::ouStringOf("=EXP(TREND(LN($A$2:$A$2001);LN($B$2:$D$2001);LN(" +
                                               clientRange(way.clients) + ")))"));
        return;
    }
    case Way::PerRow: {
        block(sheet, estimateColumn, 1, 1, 1)
            ->getCellByPosition(0, 0)
            ->setFormula(uno::ouStringOf("=TURNOVER_PEERS(" + std::string(peers) + ";F2:H2)"));
        const Reference<css::sheet::XCellSeries> column(estimates, UNO_QUERY_THROW);
        column->fillAuto(css::sheet::FillDirection_TO_BOTTOM, 1);
        return;
    }
    }
}

std::filesystem::path makeWorkbook(BenchOffice& office, const std::filesystem::path& folder,
                                   const WayOfEstimating& way) {
    auto spreadsheet = office::Spreadsheet::create(office.office().desktop());
    const auto sheet = firstSheet(spreadsheet);
    fill(sheet, 0, rowsOf(peerCount, true, 1));
    fill(sheet, clientColumn, rowsOf(way.clients, false, 2));
    enterEstimates(sheet, way);
    auto file = folder / way.file;
    spreadsheet.store(file);
    return file;
}

// The estimates of the first `count` clients as the workbook shows them.
std::vector<double> estimatesIn(const office::Spreadsheet& spreadsheet, std::size_t count) {
    const Reference<css::sheet::XCellRangeData> cells(
        block(firstSheet(spreadsheet), estimateColumn, 1, 1, count), UNO_QUERY_THROW);
    std::vector<double> estimates;
    for (const auto& row : cells->getDataArray()) {
        double value = std::nan("");
        row[0] >>= value;
        estimates.push_back(value);
    }
    return estimates;
}

// Ours over the built-in's is exp(the median residual) for every client,
// since both fit the same least squares: the spread of that ratio over the
// clients measures how far the two fits differ.
double ratioSpread(const std::vector<double>& ours, const std::vector<double>& builtIn) {
    double lowest = std::numeric_limits<double>::infinity();
    double highest = -lowest;
    for (std::size_t client = 0; client < ours.size(); ++client) {
        const double ratio = ours[client] / builtIn[client];
        lowest = std::fmin(lowest, ratio);
        highest = std::fmax(highest, ratio);
    }
    return highest / lowest - 1.0;
}

} // namespace

void reportPeerEstimates(BenchOffice& office, const std::filesystem::path& folder, int repetitions,
                         std::ostream& out) {
    std::filesystem::create_directories(folder);
    std::vector<std::filesystem::path> files;
    files.reserve(ways.size());
    for (const auto& way : ways) {
        files.push_back(makeWorkbook(office, folder, way));
    }
    std::vector<std::vector<double>> shown(ways.size());
    const auto measurements = recalculations(
        office, files, repetitions, [&](std::size_t index, const office::Spreadsheet& spreadsheet) {
            shown.at(index) = estimatesIn(spreadsheet, perRowClients);
        });
    TextTable table({"way", "clients", "best s", "us/client"});
    for (std::size_t index = 0; index < ways.size(); ++index) {
        const WayOfEstimating& way = ways.at(index);
        const double seconds = measurements.at(index).seconds;
        table.add({way.label, std::to_string(way.clients), fixed(seconds, 4),
                   fixed(seconds * 1e6 / static_cast<double>(way.clients), 2)});
    }
    table.print(out);
    const double arraySeconds = measurements.at(0).seconds;
    out << "  one TURNOVER_PEERS array formula against the built-in's: "
        << times(arraySeconds / measurements.at(1).seconds) << " (target: at most 1.5x)\n"
        << "  per row, copied down: " << fixed(measurements.at(2).seconds * 1e3, 1)
        << " ms for 1,000 rows, "
        << times(measurements.at(2).seconds / static_cast<double>(perRowClients) /
                 (arraySeconds / static_cast<double>(clientCount)))
        << " the array formula's cost per client\n"
        << "  check: TURNOVER_PEERS / built-in varies by " << ratioSpread(shown.at(0), shown.at(1))
        << " (relative) over the first 1,000 clients; per row against the array formula by "
        << ratioSpread(shown.at(2), shown.at(0)) << '\n';
}

} // namespace walletshare::bench
