#include "translation_table.hpp"

#include <algorithm>
#include <fstream>
#include <stdexcept>

namespace walletshare::templates {

namespace {

std::string unescaped(std::string_view text) {
    std::string result;
    for (std::size_t at = 0; at < text.size(); ++at) {
        if (text[at] == '\\' && at + 1 < text.size() && text[at + 1] == 'n') {
            result += '\n';
            ++at;
        } else {
            result += text[at];
        }
    }
    return result;
}

} // namespace

TranslationTable TranslationTable::read(const std::filesystem::path& file) {
    std::ifstream input(file, std::ios::binary);
    if (!input) {
        throw std::runtime_error("cannot read the translation table " + file.string());
    }
    TranslationTable table;
    table.file_ = file;
    std::string line;
    for (int number = 1; std::getline(input, line); ++number) {
        // "file:line: what is wrong: 'the line'"
        const auto fault = [&](const std::string& what) {
            std::string message = file.string();
            message += ":";
            message += std::to_string(number);
            message += ": ";
            message += what;
            return std::runtime_error(message);
        };
        if (!line.empty() && line.back() == '\r') {
            line.pop_back();
        }
        const auto tab = line.find('\t');
        if (tab == std::string::npos || line.find('\t', tab + 1) != std::string::npos) {
            throw fault("a line is English, one tab, Russian: '" + line + "'");
        }
        auto english = unescaped(std::string_view(line).substr(0, tab));
        auto russian = unescaped(std::string_view(line).substr(tab + 1));
        if (english.empty() || russian.empty()) {
            throw fault("a side of the line is empty: '" + line + "'");
        }
        const auto [known, added] = table.russian_.emplace(english, russian);
        if (!added && known->second != russian) {
            throw fault("'" + english + "' is already translated as '" + known->second + "'");
        }
        table.russianTexts_.insert(std::move(russian));
    }
    return table;
}

std::optional<std::string> TranslationTable::russianOf(std::string_view english) const {
    if (const auto line = russian_.find(english); line != russian_.end()) {
        return line->second;
    }
    return std::nullopt;
}

bool TranslationTable::isRussianLine(std::string_view text) const {
    return russianTexts_.contains(text);
}

bool needsTranslation(std::string_view text) {
    return std::ranges::any_of(
        text, [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); });
}

} // namespace walletshare::templates
