#include <algorithm>
#include <cctype>

#include "walletshare/catalog.hpp"
#include "walletshare/checks.hpp"
#include "walletshare/functions.hpp"

namespace walletshare {

namespace {

// The language part of a tag such as "ru-RU" or "en_GB".
std::string_view primarySubtag(std::string_view tag) {
    return tag.substr(0, tag.find_first_of("-_"));
}

bool equalsIgnoringCase(std::string_view text, std::string_view lowerCase) {
    return std::ranges::equal(text, lowerCase, [](char letter, char lower) {
        return std::tolower(static_cast<unsigned char>(letter)) == lower;
    });
}

} // namespace

std::optional<Language> languageOfTag(std::string_view tag) {
    const std::string_view language = primarySubtag(tag);
    if (equalsIgnoringCase(language, "en")) {
        return Language::English;
    }
    if (equalsIgnoringCase(language, "ru")) {
        return Language::Russian;
    }
    return std::nullopt;
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
