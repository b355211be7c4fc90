#include "walletshare/reference/texts.hpp"

#include <algorithm>

#include "walletshare/texts/english.hpp"
#include "walletshare/texts/russian.hpp"

namespace walletshare::reference {

const catalog::ReferenceTexts& texts(Language language) {
    return language == Language::Russian ? translation::russian::reference
                                         : translation::english::reference;
}

std::span<const catalog::ErrorText> errors(std::string_view programmaticName, Language language) {
    const auto functions = texts(language).functionErrors;
    const auto found =
        std::ranges::find(functions, programmaticName, &catalog::FunctionErrors::programmaticName);
    return found == functions.end() ? std::span<const catalog::ErrorText>{} : found->errors;
}

} // namespace walletshare::reference
