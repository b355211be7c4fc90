// The document's language and every number format in ru-RU: decimal comma,
// a space between thousands, Russian month names, and the texts inside the
// format codes ("Plan M"0) in Russian.
#pragma once

#include <map>

#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/util/XNumberFormats.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

#include "text_translator.hpp"

namespace walletshare::templates {

inline css::lang::Locale russianLocale() {
    return {"ru", "RU", ""};
}

// Each format key of a document (or of a chart in it) to its ru-RU twin,
// each converted once from its own locale.
class RussianFormats {
public:
    RussianFormats(const css::uno::Reference<css::util::XNumberFormatsSupplier>& document,
                   TextTranslator& translator);

    sal_Int32 of(sal_Int32 key);
    // Removes the user-defined formats that were converted, so that the
    // document no longer carries English ones that no cell uses.
    void removeConverted();

private:
    // A format's literal text keeps its spaces around the words ("0 under"):
    // the table holds the words.
    std::string literalOf(const std::string& place, const std::string& text);

    css::uno::Reference<css::util::XNumberFormats> formats_;
    TextTranslator& translator_;
    std::map<sal_Int32, sal_Int32> russian_;
};

// The default language of the cells (CharLocale) and of the document
// (dc:language), the cell styles' and the cells' languages, and their number
// formats, each converted from its own locale.
void switchToRussian(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                     TextTranslator& translator);

} // namespace walletshare::templates
