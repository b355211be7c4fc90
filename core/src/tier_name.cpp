#include <algorithm>
#include <cctype>

#include "walletshare/catalog.hpp"
#include "walletshare/checks.hpp"
#include "walletshare/functions.hpp"

namespace walletshare {

namespace {

// The language part of a tag such as "ru-RU" or "en_GB".
std::string_view primarySubtag(std::string_view code) {
    return code.substr(0, code.find_first_of("-_"));
}

bool equalsIgnoringCase(std::string_view text, std::string_view lowerCase) {
    return std::ranges::equal(text, lowerCase, [](char letter, char lower) {
        return std::tolower(static_cast<unsigned char>(letter)) == lower;
    });
}

} // namespace

Result<Language> languageFromCode(std::string_view code) {
    const std::string_view language = primarySubtag(code);
    if (equalsIgnoringCase(language, "en")) {
        return Language::English;
    }
    if (equalsIgnoringCase(language, "ru")) {
        return Language::Russian;
    }
    return Error::InvalidArgument;
}

Language interfaceLanguage(std::string_view localeLanguage) {
    return equalsIgnoringCase(primarySubtag(localeLanguage), "ru") ? Language::Russian
                                                                   : Language::English;
}

Result<std::string_view> tierName(double tier, Language language) {
    const auto& names = catalog::texts(language).tierNames;
    const auto index = wholeNumber(tier, between(0.0, static_cast<double>(names.size() - 1)));
    if (!index.ok()) {
        return index.error();
    }
    return names.at(static_cast<std::size_t>(index.value()));
}

} // namespace walletshare
