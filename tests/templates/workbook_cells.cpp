#include "workbook_cells.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/chart2/XChartDocument.hpp>
#include <com/sun/star/chart2/XCoordinateSystemContainer.hpp>
#include <com/sun/star/chart2/XTitled.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/document/XEmbeddedObjectSupplier.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XCellAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSheetAnnotationsSupplier.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/CellContentType.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XTableChartsSupplier.hpp>
#include <com/sun/star/text/XSimpleText.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

#include "formula_texts.hpp"
#include "sheet_cells.hpp"
#include "walletshare/uno/text.hpp"

namespace walletshare::template_test {

namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

// The cells as the tests name them: by their position.
template <typename Visit>
void forEachCell(const Reference<css::sheet::XSpreadsheet>& sheet, sal_Int16 flags, Visit visit) {
    templates::forEachCell(sheet, flags, [&](const auto& cell, auto column, auto row) {
        visit(cell, CellPosition{column, row});
    });
}

std::string titleOf(const Reference<css::chart2::XTitled>& titled) {
    if (!titled.is() || !titled->getTitleObject().is()) {
        return {};
    }
    rtl::OUString whole;
    for (const auto& part : titled->getTitleObject()->getText()) {
        whole += part->getString();
    }
    return uno::utf8Of(whole);
}

} // namespace

Reference<css::sheet::XSpreadsheet>
sheetAt(const Reference<css::sheet::XSpreadsheetDocument>& document, int index) {
    const Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    return {sheets->getByIndex(index), UNO_QUERY_THROW};
}

std::map<CellPosition, std::string> formulas(const Reference<css::sheet::XSpreadsheet>& sheet) {
    std::map<CellPosition, std::string> found;
    forEachCell(sheet, css::sheet::CellFlags::FORMULA, [&](const auto& cell, const auto& at) {
        found.emplace(at, uno::utf8Of(cell->getFormula()));
    });
    return found;
}

std::map<CellPosition, std::string> texts(const Reference<css::sheet::XSpreadsheet>& sheet) {
    std::map<CellPosition, std::string> found;
    forEachCell(sheet, css::sheet::CellFlags::STRING, [&](const auto& cell, const auto& at) {
        found.emplace(at,
                      uno::utf8Of(Reference<css::text::XText>(cell, UNO_QUERY_THROW)->getString()));
    });
    return found;
}

std::map<CellPosition, std::string> formulaTexts(const Reference<css::sheet::XSpreadsheet>& sheet) {
    std::map<CellPosition, std::string> found;
    forEachCell(sheet, css::sheet::CellFlags::FORMULA, [&](const auto& cell, const auto& at) {
        const Reference<css::beans::XPropertySet> properties(cell, UNO_QUERY_THROW);
        sal_Int32 result = 0;
        properties->getPropertyValue("FormulaResultType2") >>= result;
        if (result == css::table::CellContentType_TEXT) {
            found.emplace(
                at, uno::utf8Of(Reference<css::text::XText>(cell, UNO_QUERY_THROW)->getString()));
        }
    });
    return found;
}

std::map<CellPosition, CellFormat>
formats(const Reference<css::sheet::XSpreadsheetDocument>& document,
        const Reference<css::sheet::XSpreadsheet>& sheet) {
    const auto numberFormats =
        Reference<css::util::XNumberFormatsSupplier>(document, UNO_QUERY_THROW)->getNumberFormats();
    const auto cursor = sheet->createCursor();
    Reference<css::sheet::XUsedAreaCursor>(cursor, UNO_QUERY_THROW)->gotoEndOfUsedArea(sal_False);
    const auto end =
        Reference<css::sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)->getRangeAddress();
    std::map<CellPosition, CellFormat> found;
    for (sal_Int32 row = 0; row <= end.EndRow; ++row) {
        for (sal_Int32 column = 0; column <= end.EndColumn; ++column) {
            const Reference<css::beans::XPropertySet> cell(sheet->getCellByPosition(column, row),
                                                           UNO_QUERY_THROW);
            CellFormat format;
            rtl::OUString style;
            cell->getPropertyValue("CellStyle") >>= style;
            format.style = uno::utf8Of(style);
            sal_Int32 key = 0;
            cell->getPropertyValue("NumberFormat") >>= key;
            const auto numberFormat = numberFormats->getByKey(key);
            sal_Int16 category = 0;
            numberFormat->getPropertyValue("Type") >>= category;
            format.category = category;
            numberFormat->getPropertyValue("Locale") >>= format.locale;
            rtl::OUString code;
            numberFormat->getPropertyValue("FormatString") >>= code;
            format.code = uno::utf8Of(code);
            found.emplace(CellPosition{column, row}, format);
        }
    }
    return found;
}

std::vector<std::string> chartTitles(const Reference<css::sheet::XSpreadsheet>& sheet) {
    std::vector<std::string> titles;
    const auto charts =
        Reference<css::table::XTableChartsSupplier>(sheet, UNO_QUERY_THROW)->getCharts();
    for (const auto& name : charts->getElementNames()) {
        const Reference<css::document::XEmbeddedObjectSupplier> object(charts->getByName(name),
                                                                       UNO_QUERY_THROW);
        const Reference<css::chart2::XChartDocument> chart(object->getEmbeddedObject(),
                                                           UNO_QUERY_THROW);
        titles.push_back(titleOf({chart, UNO_QUERY}));
        const Reference<css::chart2::XCoordinateSystemContainer> systems(chart->getFirstDiagram(),
                                                                         UNO_QUERY_THROW);
        for (const auto& system : systems->getCoordinateSystems()) {
            for (sal_Int32 dimension = 0; dimension < system->getDimension(); ++dimension) {
                for (sal_Int32 index = 0;
                     index <= system->getMaximumAxisIndexByDimension(dimension); ++index) {
                    titles.push_back(
                        titleOf({system->getAxisByDimension(dimension, index), UNO_QUERY}));
                }
            }
        }
    }
    return titles;
}

std::vector<std::string> comments(const Reference<css::sheet::XSpreadsheet>& sheet) {
    std::vector<std::string> found;
    const Reference<css::container::XIndexAccess> all(
        Reference<css::sheet::XSheetAnnotationsSupplier>(sheet, UNO_QUERY_THROW)->getAnnotations(),
        UNO_QUERY_THROW);
    found.reserve(static_cast<std::size_t>(all->getCount()));
    for (sal_Int32 index = 0; index < all->getCount(); ++index) {
        found.push_back(
            uno::utf8Of(Reference<css::text::XSimpleText>(all->getByIndex(index), UNO_QUERY_THROW)
                            ->getString()));
    }
    return found;
}

std::vector<std::string> formatTexts(const std::string& code) {
    std::vector<std::string> found;
    templates::rewritten(
        code,
        [&](const std::string& text) {
            found.push_back(text);
            return text;
        },
        [](const std::string& rest) { return rest; });
    return found;
}

} // namespace walletshare::template_test
