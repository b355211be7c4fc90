#include "column_widths.hpp"

#include <algorithm>
#include <sstream>
#include <string>
#include <string_view>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XCellAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeMovement.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/util/XMergeable.hpp>

#include "walletshare/uno/text.hpp"

namespace walletshare::templates {

namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

constexpr std::string_view scratchName = "walletshare-measure";

std::string longestWord(const std::string& text) {
    std::istringstream words(text);
    std::string longest;
    for (std::string word; words >> word;) {
        if (word.size() > longest.size()) {
            longest = word;
        }
    }
    return longest;
}

// The scratch sheet's A1 takes each cell's format and shown text in turn;
// its column's optimal width is what the cell needs.
class Ruler {
public:
    explicit Ruler(const Reference<css::sheet::XSpreadsheetDocument>& document)
        : sheets_(document->getSheets()) {
        const Reference<css::container::XIndexAccess> all(sheets_, UNO_QUERY_THROW);
        sheets_->insertNewByName(uno::ouStringOf(scratchName),
                                 static_cast<sal_Int16>(all->getCount()));
        sheets_->getByName(uno::ouStringOf(scratchName)) >>= scratch_;
        const Reference<css::sheet::XCellRangeAddressable> sheetAddress(scratch_, UNO_QUERY_THROW);
        scratchSheet_ = sheetAddress->getRangeAddress().Sheet;
        const Reference<css::table::XColumnRowRange> columns(scratch_, UNO_QUERY_THROW);
        column_.set(columns->getColumns()->getByIndex(0), UNO_QUERY_THROW);
    }
    ~Ruler() {
        try {
            sheets_->removeByName(uno::ouStringOf(scratchName));
        } catch (const css::uno::Exception&) {
            // The document is being closed with the error that ended the run.
        }
    }
    Ruler(const Ruler&) = delete;
    Ruler& operator=(const Ruler&) = delete;
    Ruler(Ruler&&) = delete;
    Ruler& operator=(Ruler&&) = delete;

    int widthOf(const Reference<css::table::XCell>& cell, const css::table::CellAddress& at) {
        const Reference<css::sheet::XCellRangeMovement> movement(scratch_, UNO_QUERY_THROW);
        movement->copyRange({scratchSheet_, 0, 0},
                            {at.Sheet, at.Column, at.Row, at.Column, at.Row});
        const Reference<css::beans::XPropertySet> properties(cell, UNO_QUERY_THROW);
        bool wrapped = false;
        properties->getPropertyValue("IsTextWrapped") >>= wrapped;
        auto shown = uno::utf8Of(Reference<css::text::XText>(cell, UNO_QUERY_THROW)->getString());
        if (wrapped) {
            shown = longestWord(shown);
        }
        const auto measured = scratch_->getCellByPosition(0, 0);
        Reference<css::beans::XPropertySet>(measured, UNO_QUERY_THROW)
            ->setPropertyValue("IsTextWrapped", css::uno::Any(false));
        Reference<css::text::XText>(measured, UNO_QUERY_THROW)->setString(uno::ouStringOf(shown));
        column_->setPropertyValue("OptimalWidth", css::uno::Any(true));
        sal_Int32 width = 0;
        column_->getPropertyValue("Width") >>= width;
        return width;
    }

private:
    Reference<css::sheet::XSpreadsheets> sheets_;
    Reference<css::sheet::XSpreadsheet> scratch_;
    sal_Int16 scratchSheet_ = 0;
    Reference<css::beans::XPropertySet> column_;
};

} // namespace

CellWidths widthsNeeded(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    const Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    const auto count = sheets->getCount();
    CellWidths widths(static_cast<std::size_t>(count));
    Ruler ruler(document);
    for (sal_Int32 index = 0; index < count; ++index) {
        const Reference<css::sheet::XCellRangesQuery> query(sheets->getByIndex(index),
                                                            UNO_QUERY_THROW);
        const Reference<css::container::XEnumerationAccess> cells(
            query
                ->queryContentCells(css::sheet::CellFlags::VALUE | css::sheet::CellFlags::STRING |
                                    css::sheet::CellFlags::FORMULA |
                                    css::sheet::CellFlags::DATETIME)
                ->getCells(),
            UNO_QUERY_THROW);
        const auto enumeration = cells->createEnumeration();
        while (enumeration->hasMoreElements() == sal_True) {
            const Reference<css::table::XCell> cell(enumeration->nextElement(), UNO_QUERY_THROW);
            // A merged cell spans columns that its text may use.
            const Reference<css::util::XMergeable> merged(cell, UNO_QUERY);
            if (merged.is() && merged->getIsMerged() == sal_True) {
                continue;
            }
            const auto at =
                Reference<css::sheet::XCellAddressable>(cell, UNO_QUERY_THROW)->getCellAddress();
            widths[static_cast<std::size_t>(index)].emplace(std::pair{at.Column, at.Row},
                                                            ruler.widthOf(cell, at));
        }
    }
    return widths;
}

void widenColumns(const Reference<css::sheet::XSpreadsheetDocument>& document,
                  const CellWidths& english, const CellWidths& russian) {
    const Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    for (std::size_t index = 0; index < english.size() && index < russian.size(); ++index) {
        const Reference<css::table::XColumnRowRange> sheet(
            sheets->getByIndex(static_cast<sal_Int32>(index)), UNO_QUERY_THROW);
        const auto columns = sheet->getColumns();
        std::map<int, int> needed;
        for (const auto& [cell, englishWidth] : english[index]) {
            const Reference<css::beans::XPropertySet> column(columns->getByIndex(cell.first),
                                                             UNO_QUERY_THROW);
            sal_Int32 width = 0;
            column->getPropertyValue("Width") >>= width;
            const auto russianWidth = russian[index].find(cell);
            if (englishWidth <= width && russianWidth != russian[index].end() &&
                russianWidth->second > width) {
                needed[cell.first] = std::max(needed[cell.first], russianWidth->second);
            }
        }
        for (const auto& [column, width] : needed) {
            Reference<css::beans::XPropertySet>(columns->getByIndex(column), UNO_QUERY_THROW)
                ->setPropertyValue("Width", css::uno::Any(static_cast<sal_Int32>(width)));
        }
    }
}

} // namespace walletshare::templates
