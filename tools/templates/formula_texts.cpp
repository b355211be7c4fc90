#include "formula_texts.hpp"

#include <cctype>
#include <cstddef>
#include <vector>

namespace walletshare::templates {

namespace {

constexpr std::string_view tierName = "TIERNAME(";

bool isNamePart(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '.';
}

bool equalIgnoringCase(std::string_view text, std::string_view upper) {
    if (text.size() != upper.size()) {
        return false;
    }
    for (std::size_t at = 0; at < text.size(); ++at) {
        if (std::toupper(static_cast<unsigned char>(text[at])) != upper[at]) {
            return false;
        }
    }
    return true;
}

// Where the TIERNAME( at `at` starts a call: the whole name, or its last
// part after the add-in's programmatic prefix (ORG.WALLETSHARE....TIERNAME).
bool tierNameCallAt(std::string_view formula, std::size_t at) {
    if (!equalIgnoringCase(formula.substr(at, tierName.size()), tierName)) {
        return false;
    }
    return at == 0 || formula[at - 1] == '.' || !isNamePart(formula[at - 1]);
}

} // namespace

std::string rewritten(std::string_view formula, const Rewrite& quoted, const Rewrite& unquoted) {
    std::string result;
    std::size_t at = 0;
    while (at < formula.size()) {
        const auto quote = formula.find('"', at);
        result += unquoted(std::string(formula.substr(at, quote - at)));
        if (quote == std::string_view::npos) {
            break;
        }
        std::string text;
        std::size_t end = quote + 1;
        for (; end < formula.size(); ++end) {
            if (formula[end] == '"') {
                if (end + 1 < formula.size() && formula[end + 1] == '"') {
                    text += '"';
                    ++end;
                    continue;
                }
                break;
            }
            text += formula[end];
        }
        result += '"';
        for (const char c : quoted(text)) {
            result += c == '"' ? std::string("\"\"") : std::string(1, c);
        }
        result += '"';
        at = end + 1;
    }
    return result;
}

std::string withTierNameLanguage(std::string_view formula, std::string_view language) {
    // The closing parenthesis of each call, and whether the call gave any
    // argument after its first; innermost calls close first.
    struct Call {
        int separators = 0;
        bool tierName = false;
    };
    std::vector<Call> open;
    std::vector<std::size_t> insertBefore;
    bool inText = false;
    for (std::size_t at = 0; at < formula.size(); ++at) {
        const char c = formula[at];
        if (c == '"') {
            inText = !inText;
        } else if (inText) {
            continue;
        } else if (c == '(') {
            const bool tierNameCall =
                at + 1 >= tierName.size() && tierNameCallAt(formula, at + 1 - tierName.size());
            open.push_back({0, tierNameCall});
        } else if (c == ')' && !open.empty()) {
            if (open.back().tierName && open.back().separators == 0) {
                insertBefore.push_back(at);
            }
            open.pop_back();
        } else if (c == ';' && !open.empty()) {
            ++open.back().separators;
        }
    }
    std::string result;
    std::size_t copied = 0;
    for (const auto at : insertBefore) {
        result += formula.substr(copied, at - copied);
        result += ";\"";
        result += language;
        result += '"';
        copied = at;
    }
    result += formula.substr(copied);
    return result;
}

bool callsTierName(std::string_view formula) {
    for (std::size_t at = 0; at < formula.size(); ++at) {
        if (tierNameCallAt(formula, at)) {
            return true;
        }
    }
    return false;
}

} // namespace walletshare::templates
