#include "walletshare/catalog.hpp"

#include <algorithm>
#include <array>

namespace walletshare::catalog {

namespace {

// Financial is Calc's own category for planning money figures; the Function
// Wizard lists every Walletshare function there.
constexpr std::string_view financial = "Financial";

constexpr std::array<FunctionInfo, 8> table{{
    {"share", financial, 2, 2},
    {"wallet", financial, 4, 1},
    {"loyaltyTier", financial, 3, 1},
    {"tierName", financial, 2, 1},
    {"turnoverEstimate", financial, 4, 2},
    {"turnoverCheck", financial, 3, 2},
    {"targetShipment", financial, 7, 2},
    {"rankShare", financial, 2, 2},
}};

} // namespace

std::span<const FunctionInfo> functions() {
    return table;
}

const FunctionInfo* find(std::string_view programmaticName) {
    const auto* found = std::find_if(table.begin(), table.end(), [&](const FunctionInfo& info) {
        return info.programmaticName == programmaticName;
    });
    return found == table.end() ? nullptr : &*found;
}

const LanguageTexts& texts(Language language) {
    return language == Language::Russian ? russian : english;
}

const FunctionText* text(std::string_view programmaticName, Language language) {
    const auto functionTexts = texts(language).functions;
    const auto found =
        std::find_if(functionTexts.begin(), functionTexts.end(), [&](const FunctionText& text) {
            return text.programmaticName == programmaticName;
        });
    return found == functionTexts.end() ? nullptr : &*found;
}

} // namespace walletshare::catalog
