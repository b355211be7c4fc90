#include "sheet_texts.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/chart2/XChartDocument.hpp>
#include <com/sun/star/chart2/XCoordinateSystemContainer.hpp>
#include <com/sun/star/chart2/XFormattedString.hpp>
#include <com/sun/star/chart2/XTitle.hpp>
#include <com/sun/star/chart2/XTitled.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/document/XEmbeddedObjectSupplier.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XArrayFormulaRange.hpp>
#include <com/sun/star/sheet/XCellAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSheetAnnotation.hpp>
#include <com/sun/star/sheet/XSheetAnnotationsSupplier.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XTableChart.hpp>
#include <com/sun/star/table/XTableChartsSupplier.hpp>
#include <com/sun/star/text/XSimpleText.hpp>
#include <com/sun/star/text/XText.hpp>

#include "formula_texts.hpp"
#include "russian_locale.hpp"
#include "sheet_cells.hpp"
#include "walletshare/uno/text.hpp"

namespace walletshare::templates {

namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

void translateTextCells(const Reference<css::sheet::XSpreadsheet>& sheet,
                        const std::string& sheetName, TextTranslator& translator) {
    forEachCell(sheet, css::sheet::CellFlags::STRING, [&](const auto& cell, auto column, auto row) {
        const Reference<css::text::XText> text(cell, UNO_QUERY_THROW);
        const auto english = uno::utf8Of(text->getString());
        const auto russian = translator.translated(cellName(sheetName, column, row), english);
        if (russian != english) {
            text->setString(uno::ouStringOf(russian));
        }
    });
}

std::string russianFormula(const std::string& formula, const std::string& place,
                           TextTranslator& translator) {
    const auto texts = rewritten(
        formula, [&](const std::string& text) { return translator.translated(place, text); },
        [](const std::string& rest) { return rest; });
    return withTierNameLanguage(texts, tierNameLanguage);
}

// An array formula is rewritten over its whole range, once, from its first
// cell; the API gives it as {=...} in every cell of the range.
void translateArrayFormula(const Reference<css::sheet::XSpreadsheet>& sheet,
                           const std::string& place, sal_Int32 column, sal_Int32 row,
                           TextTranslator& translator) {
    const Reference<css::sheet::XSheetCellRange> cell(
        sheet->getCellRangeByPosition(column, row, column, row), UNO_QUERY_THROW);
    const Reference<css::sheet::XSheetCellCursor> array = sheet->createCursorByRange(cell);
    array->collapseToCurrentArray();
    const auto range =
        Reference<css::sheet::XCellRangeAddressable>(array, UNO_QUERY_THROW)->getRangeAddress();
    if (range.StartColumn != column || range.StartRow != row) {
        return;
    }
    const Reference<css::sheet::XArrayFormulaRange> formula(array, UNO_QUERY_THROW);
    const auto english = uno::utf8Of(formula->getArrayFormula());
    const auto russian = russianFormula(english, place, translator);
    if (russian != english) {
        formula->setArrayFormula(uno::ouStringOf(russian));
    }
}

void translateFormulas(const Reference<css::sheet::XSpreadsheet>& sheet,
                       const std::string& sheetName, TextTranslator& translator) {
    forEachCell(sheet, css::sheet::CellFlags::FORMULA,
                [&](const auto& cell, auto column, auto row) {
                    const auto place = cellName(sheetName, column, row);
                    const auto english = uno::utf8Of(cell->getFormula());
                    if (english.starts_with('{')) {
                        translateArrayFormula(sheet, place, column, row, translator);
                        return;
                    }
                    const auto russian = russianFormula(english, place, translator);
                    if (russian != english) {
                        cell->setFormula(uno::ouStringOf(russian));
                    }
                });
}

void translateComments(const Reference<css::sheet::XSpreadsheet>& sheet,
                       const std::string& sheetName, TextTranslator& translator) {
    const Reference<css::sheet::XSheetAnnotationsSupplier> supplier(sheet, UNO_QUERY_THROW);
    const Reference<css::container::XIndexAccess> comments(supplier->getAnnotations(),
                                                           UNO_QUERY_THROW);
    for (sal_Int32 index = 0; index < comments->getCount(); ++index) {
        const Reference<css::sheet::XSheetAnnotation> comment(comments->getByIndex(index),
                                                              UNO_QUERY_THROW);
        const auto position = comment->getPosition();
        const Reference<css::text::XSimpleText> text(comment, UNO_QUERY_THROW);
        const auto english = uno::utf8Of(text->getString());
        const auto russian = translator.translated(
            "comment in " + cellName(sheetName, position.Column, position.Row), english);
        if (russian != english) {
            text->setString(uno::ouStringOf(russian));
        }
    }
}

// Text boxes and other shapes with text; charts are read as charts, and a
// comment's caption is its comment's.
void translateShapes(const Reference<css::container::XIndexAccess>& shapes,
                     const std::string& sheetName, TextTranslator& translator) {
    for (sal_Int32 index = 0; index < shapes->getCount(); ++index) {
        const Reference<css::lang::XServiceInfo> shape(shapes->getByIndex(index), UNO_QUERY_THROW);
        const Reference<css::text::XText> text(shape, UNO_QUERY);
        if (shape->supportsService("com.sun.star.drawing.OLE2Shape") == sal_True ||
            shape->supportsService("com.sun.star.drawing.CaptionShape") == sal_True || !text.is()) {
            continue;
        }
        const auto english = uno::utf8Of(text->getString());
        const auto russian = translator.translated(
            "shape " + std::to_string(index + 1) + " on sheet " + sheetName, english);
        if (russian != english) {
            text->setString(uno::ouStringOf(russian));
        }
    }
}

void translateTitle(const Reference<css::chart2::XTitled>& titled, const std::string& place,
                    TextTranslator& translator) {
    if (!titled.is() || !titled->getTitleObject().is()) {
        return;
    }
    const auto title = titled->getTitleObject();
    auto parts = title->getText();
    if (parts.getLength() == 0) {
        return;
    }
    rtl::OUString whole;
    for (const auto& part : std::as_const(parts)) {
        whole += part->getString();
    }
    const auto english = uno::utf8Of(whole);
    const auto russian = translator.translated(place, english);
    if (russian != english) {
        // In the first part's format.
        const auto first = parts[0];
        first->setString(uno::ouStringOf(russian));
        title->setText({&first, 1});
    }
}

// An axis's own number format; one linked to its source follows the cells.
void switchAxisFormat(const Reference<css::beans::XPropertySet>& axis, RussianFormats& formats) {
    sal_Int32 key = 0;
    if (axis.is() && (axis->getPropertyValue("NumberFormat") >>= key)) {
        if (const auto russian = formats.of(key); russian != key) {
            axis->setPropertyValue("NumberFormat", css::uno::Any(russian));
        }
    }
}

void translateCharts(const Reference<css::sheet::XSpreadsheet>& sheet, const std::string& sheetName,
                     TextTranslator& translator) {
    const Reference<css::table::XTableChartsSupplier> supplier(sheet, UNO_QUERY_THROW);
    const auto charts = supplier->getCharts();
    for (const auto& name : charts->getElementNames()) {
        const auto place = "chart '" + uno::utf8Of(name) + "' on sheet " + sheetName;
        const Reference<css::document::XEmbeddedObjectSupplier> object(charts->getByName(name),
                                                                       UNO_QUERY_THROW);
        const Reference<css::chart2::XChartDocument> chart(object->getEmbeddedObject(),
                                                           UNO_QUERY_THROW);
        translateTitle({chart, UNO_QUERY}, place + ", title", translator);
        RussianFormats formats({chart, UNO_QUERY_THROW}, translator);
        const auto diagram = chart->getFirstDiagram();
        translateTitle({diagram, UNO_QUERY}, place + ", subtitle", translator);
        const Reference<css::chart2::XCoordinateSystemContainer> systems(diagram, UNO_QUERY);
        if (!systems.is()) {
            continue;
        }
        for (const auto& system : systems->getCoordinateSystems()) {
            for (sal_Int32 dimension = 0; dimension < system->getDimension(); ++dimension) {
                for (sal_Int32 index = 0;
                     index <= system->getMaximumAxisIndexByDimension(dimension); ++index) {
                    const auto axis = system->getAxisByDimension(dimension, index);
                    translateTitle({axis, UNO_QUERY}, place + ", axis title", translator);
                    switchAxisFormat({axis, UNO_QUERY}, formats);
                }
            }
        }
        // No removal of the English formats here: a chart in Calc shares the
        // sheet's formats, and the cells are converted after it
        // (switchToRussian removes them once).
    }
}

} // namespace

void translateSheet(const Reference<css::sheet::XSpreadsheet>& sheet,
                    const Reference<css::container::XIndexAccess>& shapes,
                    const std::string& sheetName, TextTranslator& translator) {
    translateTextCells(sheet, sheetName, translator);
    translateFormulas(sheet, sheetName, translator);
    translateComments(sheet, sheetName, translator);
    translateShapes(shapes, sheetName, translator);
    translateCharts(sheet, sheetName, translator);
}

} // namespace walletshare::templates
