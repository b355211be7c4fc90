#include "sheet_filling.hpp"

#include <algorithm>

#include <com/sun/star/sheet/FillDirection.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeFormula.hpp>
#include <com/sun/star/sheet/XCellSeries.hpp>

#include "sheet_blocks.hpp"
#include "walletshare/uno/text.hpp"

namespace walletshare::bench {

namespace {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;

// Rows per call: large enough that the bridge's round trips do not count,
// small enough that no single message grows to hundreds of megabytes.
constexpr std::size_t rowsPerBlock = 10000;

// A gap is an empty text, which setDataArray leaves an empty cell; an empty
// any would become #N/A there.
Any anyOf(const DataCell& cell) {
    return cell ? Any(*cell) : Any(rtl::OUString());
}

void fillHeadings(const Reference<css::table::XCellRange>& sheet, const FormulaSet& formulas) {
    std::vector<Any> row;
    for (const auto& heading : headings(formulas)) {
        row.emplace_back(uno::ouStringOf(heading));
    }
    const Reference<css::sheet::XCellRangeData> cells(block(sheet, 0, row.size(), 0, 1),
                                                      UNO_QUERY_THROW);
    const auto headingRow = sequenceOf(row);
    cells->setDataArray(Sequence<Sequence<Any>>(&headingRow, 1));
}

void fillData(const Reference<css::table::XCellRange>& sheet, std::size_t top, std::size_t rows,
              std::size_t firstClient) {
    Sequence<Sequence<Any>> data(static_cast<sal_Int32>(rows));
    auto* dataRow = data.getArray();
    for (std::size_t i = 0; i < rows; ++i) {
        std::vector<Any> values;
        for (const auto& cell : clientData(firstClient + i)) {
            values.push_back(anyOf(cell));
        }
        dataRow[i] = sequenceOf(values);
    }
    const Reference<css::sheet::XCellRangeData> cells(block(sheet, 0, dataColumns, top, rows),
                                                      UNO_QUERY_THROW);
    cells->setDataArray(data);
}

// The first client's formulas go in with setFormulaArray, and fillAuto copies
// them down as dragging the fill handle does. setFormulaArray over all rows
// would be quadratic: Calc sets its cells one at a time, and each new cell
// joins the formula group of the cells above it and starts the listening of
// the whole group again (5,000 rows took 10 s, 100,000 would take an hour),
// while a fill creates the group in one go.
void fillFormulas(const Reference<css::table::XCellRange>& sheet, const FormulaSet& formulas,
                  std::size_t clients) {
    std::vector<rtl::OUString> texts;
    for (const auto& formula : clientFormulas(formulas, headingRows + 1)) {
        texts.push_back(uno::ouStringOf(formula));
    }
    const auto firstRow = sequenceOf(texts);
    const Reference<css::sheet::XCellRangeFormula> first(
        block(sheet, dataColumns, formulaColumns, headingRows, 1), UNO_QUERY_THROW);
    first->setFormulaArray(Sequence<Sequence<rtl::OUString>>(&firstRow, 1));
    if (clients > 1) {
        const Reference<css::sheet::XCellSeries> all(
            block(sheet, dataColumns, formulaColumns, headingRows, clients), UNO_QUERY_THROW);
        all->fillAuto(css::sheet::FillDirection_TO_BOTTOM, 1);
    }
}

} // namespace

void fillClients(const office::Spreadsheet& spreadsheet, const FormulaSet& formulas,
                 std::size_t clients, std::size_t firstClient) {
    const auto sheet = firstSheet(spreadsheet);
    const Reference<css::sheet::XCalculatable> calculatable(spreadsheet.document(),
                                                            UNO_QUERY_THROW);
    calculatable->enableAutomaticCalculation(sal_False);
    fillHeadings(sheet, formulas);
    for (std::size_t done = 0; done < clients; done += rowsPerBlock) {
        const std::size_t rows = std::min(rowsPerBlock, clients - done);
        fillData(sheet, headingRows + done, rows, firstClient + done);
    }
    fillFormulas(sheet, formulas, clients);
    calculatable->enableAutomaticCalculation(sal_True);
}

} // namespace walletshare::bench
