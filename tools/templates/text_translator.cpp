#include "text_translator.hpp"

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
    std::string letters;
    for (auto number = column + 1; number > 0; number = (number - 1) / 26) {
        letters.insert(letters.begin(), static_cast<char>('A' + (number - 1) % 26));
    }
    return sheet + "." + letters + std::to_string(row + 1);
}

} // namespace walletshare::templates
