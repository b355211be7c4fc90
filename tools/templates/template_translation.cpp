#include "template_translation.hpp"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/drawing/XDrawPagesSupplier.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>

#include "column_widths.hpp"
#include "odf_view_settings.hpp"
#include "russian_locale.hpp"
#include "sheet_texts.hpp"
#include "text_translator.hpp"
#include "walletshare/office/spreadsheet.hpp"
#include "walletshare/uno/text.hpp"

namespace walletshare::templates {

namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

// What File > Properties shows.
void translateProperties(const Reference<css::sheet::XSpreadsheetDocument>& document,
                         TextTranslator& translator) {
    const auto properties =
        Reference<css::document::XDocumentPropertiesSupplier>(document, UNO_QUERY_THROW)
            ->getDocumentProperties();
    properties->setTitle(uno::ouStringOf(
        translator.translated("document title", uno::utf8Of(properties->getTitle()))));
    properties->setSubject(uno::ouStringOf(
        translator.translated("document subject", uno::utf8Of(properties->getSubject()))));
    properties->setDescription(uno::ouStringOf(
        translator.translated("document description", uno::utf8Of(properties->getDescription()))));
}

// Last, so that the messages name the English sheets. Calc rewrites every
// formula, chart range and conditional format that refers to a renamed sheet.
void renameSheets(const Reference<css::sheet::XSpreadsheetDocument>& document,
                  TextTranslator& translator) {
    const Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    for (sal_Int32 index = 0; index < sheets->getCount(); ++index) {
        const Reference<css::container::XNamed> sheet(sheets->getByIndex(index), UNO_QUERY_THROW);
        const auto english = uno::utf8Of(sheet->getName());
        const auto russian = translator.translated("name of sheet " + english, english);
        if (russian != english) {
            sheet->setName(uno::ouStringOf(russian));
        }
    }
}

// Calc stores no view settings for a workbook it loaded without a window, so
// the English template's frozen panes are written into the Russian one
// afterwards, under the sheets' Russian names.
void keepFrozenPanes(const std::filesystem::path& english, const std::filesystem::path& output,
                     TextTranslator& translator) {
    const auto settings = recalc::odfViewSettings(english);
    if (!settings) {
        return;
    }
    auto panes = recalc::frozenPanesOf(*xmlDocGetRootElement(settings.get()));
    for (auto& sheet : panes) {
        sheet.sheet = translator.translated("name of sheet " + sheet.sheet, sheet.sheet);
    }
    recalc::freezeOdfPanes(output, panes);
}

} // namespace

std::vector<std::string> translateTemplate(const Reference<css::frame::XDesktop2>& desktop,
                                           const std::filesystem::path& english,
                                           const std::filesystem::path& output,
                                           const TranslationTable& table) {
    auto workbook = office::Spreadsheet::open(desktop, english);
    const auto& document = workbook.document();
    const auto englishWidths = widthsNeeded(document);
    TextTranslator translator(table);
    const Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    const auto drawPages =
        Reference<css::drawing::XDrawPagesSupplier>(document, UNO_QUERY_THROW)->getDrawPages();
    for (sal_Int32 index = 0; index < sheets->getCount(); ++index) {
        const Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(index), UNO_QUERY_THROW);
        const auto name = Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName();
        translateSheet(sheet, {drawPages->getByIndex(index), UNO_QUERY_THROW}, uno::utf8Of(name),
                       translator);
    }
    translateProperties(document, translator);
    switchToRussian(document, translator);
    widenColumns(document, englishWidths, widthsNeeded(document));
    renameSheets(document, translator);
    if (!translator.untranslated().empty()) {
        return translator.untranslated();
    }
    // The stored values are the Russian ones (the verdicts, the tier names).
    workbook.calculateAll();
    workbook.store(output);
    keepFrozenPanes(english, output, translator);
    return {};
}

} // namespace walletshare::templates
