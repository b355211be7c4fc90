#include "text_translator.hpp"

#include "cell_name.hpp"

namespace walletshare::templates {

std::string TextTranslator::translated(const std::string& place, const std::string& text) {
    if (!needsTranslation(text)) {
        return text;
    }
    if (auto russian = table_.russianOf(text)) {
        return *russian;
    }
    untranslated_.push_back(place + ": '" + text + "'");
    return text;
}

std::string cellName(const std::string& sheet, sal_Int32 column, sal_Int32 row) {
    return sheet + "." + cellName(static_cast<int>(column), static_cast<int>(row));
}

} // namespace walletshare::templates
