#include "walletshare/catalog.hpp"

#include <algorithm>

#include "walletshare/texts/english.hpp"
#include "walletshare/texts/russian.hpp"

namespace walletshare::catalog {

namespace {

constexpr LanguageTexts english{translation::english::functions, translation::english::tierNames};
constexpr LanguageTexts russian{translation::russian::functions, translation::russian::tierNames};

} // namespace

const LanguageTexts& texts(Language language) {
    return language == Language::Russian ? russian : english;
}

const FunctionText* text(std::string_view programmaticName, Language language) {
    const auto functionTexts = texts(language).functions;
    const auto found =
        std::ranges::find(functionTexts, programmaticName, &FunctionText::programmaticName);
    return found == functionTexts.end() ? nullptr : &*found;
}

} // namespace walletshare::catalog
