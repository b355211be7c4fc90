// Looks up each text of a template in the table and keeps, for the error
// message, every text that has no line: the generator fails naming them all,
// so a new English text cannot slip into the Russian template untranslated.
#pragma once

#include <string>
#include <vector>

#include <sal/types.h>

#include "translation_table.hpp"

namespace walletshare::templates {

class TextTranslator {
public:
    explicit TextTranslator(const TranslationTable& table) : table_(table) {}

    // The Russian line of `text`; the text itself when it needs none, or when
    // it has none (noted with `place`, such as "Portfolio.A1").
    std::string translated(const std::string& place, const std::string& text);

    // "Portfolio.A1: 'Client'", one per text without a line.
    [[nodiscard]] const std::vector<std::string>& untranslated() const { return untranslated_; }

private:
    const TranslationTable& table_;
    std::vector<std::string> untranslated_;
};

// A cell's name as Calc writes it: Portfolio.B3.
std::string cellName(const std::string& sheet, sal_Int32 column, sal_Int32 row);

} // namespace walletshare::templates
