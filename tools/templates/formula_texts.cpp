#include "formula_texts.hpp"

#include <cctype>
#include <cstddef>

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
    std::string result;
    bool inText = false;
    for (std::size_t at = 0; at < formula.size(); ++at) {
        if (formula[at] == '"') {
            inText = !inText;
        }
        if (inText || !tierNameCallAt(formula, at)) {
            result += formula[at];
            continue;
        }
        // Copies the call up to its closing parenthesis, counting the
        // separators at its own level.
        result += formula.substr(at, tierName.size());
        std::size_t end = at + tierName.size();
        int depth = 0;
        int separators = 0;
        bool quoted = false;
        for (; end < formula.size(); ++end) {
            const char c = formula[end];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                ++depth;
            } else if (!quoted && c == ')') {
                if (depth == 0) {
                    break;
                }
                --depth;
            } else if (!quoted && depth == 0 && c == ';') {
                ++separators;
            }
        }
        // The argument itself may call TIERNAME.
        result += withTierNameLanguage(formula.substr(at + tierName.size(),
                                                      end - at - tierName.size()),
                                       language);
        if (separators == 0) {
            result += ";\"";
            result += language;
            result += '"';
        }
        if (end < formula.size()) {
            result += ')';
        }
        at = end;
    }
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
