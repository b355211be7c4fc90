#include "russian_locale.hpp"

#include <com/sun/star/beans/PropertyState.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertyState.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/sheet/XUniqueCellFormatRangesSupplier.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>

#include "formula_texts.hpp"
#include "walletshare/uno/text.hpp"

namespace walletshare::templates {

namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

bool isRussian(const css::lang::Locale& locale) {
    const auto russian = russianLocale();
    return locale.Language == russian.Language && locale.Country == russian.Country;
}

} // namespace

RussianFormats::RussianFormats(const Reference<css::util::XNumberFormatsSupplier>& document,
                               TextTranslator& translator)
    : formats_(document->getNumberFormats()), translator_(translator) {
}

sal_Int32 RussianFormats::of(sal_Int32 key) {
    if (const auto known = russian_.find(key); known != russian_.end()) {
        return known->second;
    }
    const auto format = formats_->getByKey(key);
    css::lang::Locale locale;
    format->getPropertyValue("Locale") >>= locale;
    rtl::OUString code;
    format->getPropertyValue("FormatString") >>= code;
    auto russian = key;
    if (!isRussian(locale)) {
        if (locale.Language.isEmpty()) {
            locale = css::lang::Locale("en", "US", "");
        }
        const auto place = "number format " + uno::utf8Of(code);
        const auto translated = rewritten(
            uno::utf8Of(code), [&](const std::string& text) { return literalOf(place, text); },
            [](const std::string& rest) { return rest; });
        russian = formats_->addNewConverted(uno::ouStringOf(translated), locale, russianLocale());
    }
    russian_.emplace(key, russian);
    return russian;
}

void RussianFormats::removeConverted() {
    for (const auto& [english, russian] : russian_) {
        bool userDefined = false;
        formats_->getByKey(english)->getPropertyValue("UserDefined") >>= userDefined;
        if (english != russian && userDefined) {
            formats_->removeByKey(english);
        }
    }
}

std::string RussianFormats::literalOf(const std::string& place, const std::string& text) {
    const auto first = text.find_first_not_of(' ');
    if (first == std::string::npos) {
        return text;
    }
    const auto last = text.find_last_not_of(' ');
    return text.substr(0, first) +
           translator_.translated(place, text.substr(first, last - first + 1)) +
           text.substr(last + 1);
}

namespace {

// Sets the style's own format and language to Russian; an inherited one
// follows its parent.
void switchStyle(const Reference<css::beans::XPropertySet>& style, RussianFormats& formats) {
    const Reference<css::beans::XPropertyState> state(style, UNO_QUERY_THROW);
    if (state->getPropertyState("NumberFormat") == css::beans::PropertyState_DIRECT_VALUE) {
        sal_Int32 key = 0;
        style->getPropertyValue("NumberFormat") >>= key;
        if (const auto russian = formats.of(key); russian != key) {
            style->setPropertyValue("NumberFormat", css::uno::Any(russian));
        }
    }
    if (state->getPropertyState("CharLocale") == css::beans::PropertyState_DIRECT_VALUE) {
        style->setPropertyValue("CharLocale", css::uno::Any(russianLocale()));
    }
}

void switchCellStyles(const Reference<css::sheet::XSpreadsheetDocument>& document,
                      RussianFormats& formats) {
    const Reference<css::style::XStyleFamiliesSupplier> families(document, UNO_QUERY_THROW);
    const Reference<css::container::XNameAccess> styles(
        families->getStyleFamilies()->getByName("CellStyles"), UNO_QUERY_THROW);
    for (const auto& name : styles->getElementNames()) {
        switchStyle(Reference<css::beans::XPropertySet>(styles->getByName(name), UNO_QUERY_THROW),
                    formats);
    }
}

// The cells' own formats and languages, in ranges of cells formatted alike.
void switchCells(const Reference<css::sheet::XSpreadsheetDocument>& document,
                 RussianFormats& formats) {
    const Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    for (sal_Int32 index = 0; index < sheets->getCount(); ++index) {
        const Reference<css::sheet::XUniqueCellFormatRangesSupplier> supplier(
            sheets->getByIndex(index), UNO_QUERY_THROW);
        const auto alike = supplier->getUniqueCellFormatRanges();
        for (sal_Int32 range = 0; range < alike->getCount(); ++range) {
            const Reference<css::beans::XPropertySet> cells(alike->getByIndex(range),
                                                            UNO_QUERY_THROW);
            sal_Int32 key = 0;
            cells->getPropertyValue("NumberFormat") >>= key;
            if (const auto russian = formats.of(key); russian != key) {
                cells->setPropertyValue("NumberFormat", css::uno::Any(russian));
            }
            css::lang::Locale locale;
            cells->getPropertyValue("CharLocale") >>= locale;
            if (!isRussian(locale)) {
                cells->setPropertyValue("CharLocale", css::uno::Any(russianLocale()));
            }
        }
    }
}

} // namespace

void switchToRussian(const Reference<css::sheet::XSpreadsheetDocument>& document,
                     TextTranslator& translator) {
    const Reference<css::beans::XPropertySet> settings(document, UNO_QUERY_THROW);
    settings->setPropertyValue("CharLocale", css::uno::Any(russianLocale()));
    Reference<css::document::XDocumentPropertiesSupplier>(document, UNO_QUERY_THROW)
        ->getDocumentProperties()
        ->setLanguage(russianLocale());
    RussianFormats formats({document, UNO_QUERY_THROW}, translator);
    switchCellStyles(document, formats);
    switchCells(document, formats);
    formats.removeConverted();
}

} // namespace walletshare::templates
